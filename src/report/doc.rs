//! A tiny document model rendered twice: Markdown for people who diff and print, and one
//! self-contained HTML file (inline CSS and SVG). All text is escaped at render time, so
//! a customer message `<script>alert(1)</script>` shows as text in both.

/// One block of a report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(u8, String),
    Para(String),
    /// Header cells, then rows; a cell may link to a sibling document.
    Table(Vec<String>, Vec<Vec<Cell>>),
    List(Vec<String>),
    /// Links to sibling documents: (text, path without extension); Markdown links the
    /// `.md`, HTML the `.html`. Paths come from `slug` only, never from input text.
    Links(Vec<(String, String)>),
    /// An SVG chart produced by `chart` (trusted markup: built from escaped text only),
    /// with a caption and the PNG file name written beside the report.
    Chart {
        caption: String,
        svg: String,
        png: Option<String>,
    },
    /// One message of a conversation page, with the sentences that earned or lost points
    /// marked in place and their notes beside it.
    Message(MessageView),
}

/// A table cell: text, and optionally a link (a path without extension, from `slug`
/// only; Markdown links the `.md`, HTML the `.html`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cell {
    pub text: String,
    pub link: Option<String>,
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell { text, link: None }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::from(text.to_string())
    }
}

impl Cell {
    pub fn link(text: impl Into<String>, stem: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            link: Some(stem.into()),
        }
    }
}

/// A row of plain cells.
pub fn row<S: Into<Cell>>(cells: impl IntoIterator<Item = S>) -> Vec<Cell> {
    cells.into_iter().map(Into::into).collect()
}

/// Who wrote a message, for its look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Customer,
    Agent,
    Other,
}

/// A piece of a message's text: plain, or a sentence that earned (`good`) or lost
/// (`bad`) points, with the numbers of its notes.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(String),
    Mark {
        text: String,
        polarity: String,
        notes: Vec<usize>,
    },
}

/// A note on evidence: its number on the page, the rule, the behaviour, good or bad,
/// and what the source articles advise.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub number: usize,
    pub rule_id: String,
    pub behaviour: String,
    pub polarity: String,
    pub advice: String,
    /// Set when the sentence could not be placed in the text (shown in the note).
    pub excerpt: Option<String>,
}

impl Note {
    fn sign(&self) -> &'static str {
        match self.polarity.as_str() {
            "bad" => "減点",
            "signal" => "お客様のサイン",
            _ => "加点",
        }
    }

    fn class(&self) -> &'static str {
        polarity_class(&self.polarity)
    }

    fn title(&self) -> String {
        let mut t = format!(
            "[{}] {} {}({})",
            self.number,
            self.rule_id,
            self.behaviour,
            self.sign()
        );
        if !self.advice.is_empty() {
            t.push_str(": ");
            t.push_str(&self.advice);
        }
        t
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MessageView {
    /// The element id (a slug).
    pub anchor: String,
    pub who: String,
    pub side: Side,
    pub time: String,
    pub internal: bool,
    pub subject: Option<String>,
    pub parts: Vec<Part>,
    /// Quoted mail, shown folded.
    pub quoted: Option<String>,
    pub notes: Vec<Note>,
}

/// HTML-escapes text (the five XML specials).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Markdown-escapes text for a table cell or paragraph: HTML specials become entities
/// (Markdown renderers pass raw HTML through), pipes and line breaks are neutralised.
pub fn md(s: &str) -> String {
    esc(s)
        .replace('|', "\\|")
        .replace(['\r', '\n'], " ")
        .replace('`', "\\`")
        .replace('*', "\\*")
        .replace('_', "\\_")
}

pub fn render_markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Heading(level, text) => {
                out.push_str(&"#".repeat(*level as usize));
                out.push(' ');
                out.push_str(&md(text));
                out.push_str("\n\n");
            }
            Block::Para(text) => {
                out.push_str(&md(text));
                out.push_str("\n\n");
            }
            Block::Table(header, rows) => {
                out.push_str(&format!(
                    "| {} |\n",
                    header.iter().map(|h| md(h)).collect::<Vec<_>>().join(" | ")
                ));
                out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
                for r in rows {
                    out.push_str(&format!(
                        "| {} |\n",
                        r.iter().map(md_cell).collect::<Vec<_>>().join(" | ")
                    ));
                }
                out.push('\n');
            }
            Block::List(items) => {
                for i in items {
                    out.push_str(&format!("- {}\n", md(i)));
                }
                out.push('\n');
            }
            Block::Links(links) => {
                for (text, stem) in links {
                    out.push_str(&format!("- [{}]({stem}.md)\n", md(text)));
                }
                out.push('\n');
            }
            Block::Chart { caption, png, .. } => match png {
                Some(p) => out.push_str(&format!("![{}]({})\n\n", md(caption), p)),
                None => out.push_str(&format!("*{}*\n\n", md(caption))),
            },
            Block::Message(m) => markdown_message(m, &mut out),
        }
    }
    out
}

fn md_cell(c: &Cell) -> String {
    match &c.link {
        Some(stem) => format!("[{}]({stem}.md)", md(&c.text)),
        None => md(&c.text),
    }
}

/// Markdown-escapes text keeping its line breaks (as hard breaks).
fn md_lines(s: &str) -> String {
    s.lines().map(md).collect::<Vec<_>>().join("  \n")
}

fn markdown_message(m: &MessageView, out: &mut String) {
    let mut head = format!("**{}** · {}", md(&m.who), md(&m.time));
    if m.internal {
        head.push_str(" · 【社内メモ(お客様には見えません)】");
    }
    out.push_str(&format!("#### {head}\n\n"));
    if let Some(subject) = &m.subject {
        out.push_str(&format!("件名: {}\n\n", md(subject)));
    }
    let mut body = String::new();
    for p in &m.parts {
        match p {
            Part::Text(t) => body.push_str(&md_lines(t)),
            Part::Mark { text, notes, .. } => {
                let refs: String = notes.iter().map(|n| format!("[{n}]")).collect();
                body.push_str(&format!("**{}**{refs}", md_lines(text)));
            }
        }
    }
    if !body.trim().is_empty() {
        out.push_str(&body);
        out.push_str("\n\n");
    }
    if let Some(q) = &m.quoted {
        out.push_str(&format!("> (引用 {} 行・折りたたみ)\n", q.lines().count()));
        for l in q.lines() {
            out.push_str(&format!("> {}\n", md(l)));
        }
        out.push('\n');
    }
    for n in &m.notes {
        let mut line = format!("- {}", md(&n.title()));
        if let Some(e) = &n.excerpt {
            line.push_str(&format!(" — 「{}」", md(e)));
        }
        out.push_str(&line);
        out.push('\n');
    }
    if !m.notes.is_empty() {
        out.push('\n');
    }
}

const CSS: &str = "body{font-family:'Noto Sans CJK JP','Hiragino Sans','Yu Gothic','Meiryo',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}\
h1{font-size:1.6rem;border-bottom:2px solid #246;padding-bottom:.3rem}h2{font-size:1.25rem;margin-top:2rem;color:#246}\
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #ccd;padding:.25rem .5rem;text-align:left;vertical-align:top}\
th{background:#eef2f7}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#555}\
.msg{border-left:4px solid #ccd;padding:.4rem .8rem;margin:.8rem 0;border-radius:4px}\
.msg.customer{border-color:#e67e22;background:#fff7ef;margin-right:3rem}.msg.agent{border-color:#246;background:#f2f6fb;margin-left:3rem}\
.msg.other{background:#f6f6f6}.msg.internal{border-style:dashed;background:#fffbe3}.msg header{font-size:.85rem;color:#555}\
.who{font-weight:bold;color:#222}.badge{background:#f1c40f;color:#222;border-radius:3px;padding:0 .3rem;margin-left:.4rem}\
.text{white-space:pre-wrap}mark.good{background:#cdeed6}mark.bad{background:#fbd3cd}mark.signal{background:#fdf0b8}sup{color:#555}\
.notes{font-size:.85rem;color:#333;border-top:1px dotted #ccd;margin-top:.4rem}.notes li.good::marker{color:#27ae60}.notes li.bad::marker{color:#c0392b}.notes li.signal::marker{color:#b7950b}\
details.quoted{color:#666;font-size:.85rem}\
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}}";

/// The CSS class of a polarity (a fixed set: nothing from the input reaches a class).
fn polarity_class(polarity: &str) -> &'static str {
    match polarity {
        "bad" => "bad",
        "signal" => "signal",
        _ => "good",
    }
}

fn html_message(m: &MessageView, out: &mut String) {
    let side = match m.side {
        Side::Customer => "customer",
        Side::Agent => "agent",
        Side::Other => "other",
    };
    let internal = if m.internal { " internal" } else { "" };
    out.push_str(&format!(
        "<article class=\"msg {side}{internal}\" id=\"{}\">\n<header><span class=\"who\">{}</span> <span class=\"time\">{}</span>{}</header>\n",
        esc(&m.anchor),
        esc(&m.who),
        esc(&m.time),
        if m.internal {
            " <span class=\"badge\">社内メモ(お客様には見えません)</span>"
        } else {
            ""
        }
    ));
    if let Some(subject) = &m.subject {
        out.push_str(&format!(
            "<p class=\"subject\">件名: {}</p>\n",
            esc(subject)
        ));
    }
    out.push_str("<div class=\"text\">");
    for p in &m.parts {
        match p {
            Part::Text(t) => out.push_str(&esc(t)),
            Part::Mark {
                text,
                polarity,
                notes,
            } => {
                let title: Vec<String> = m
                    .notes
                    .iter()
                    .filter(|n| notes.contains(&n.number))
                    .map(Note::title)
                    .collect();
                let refs: String = notes.iter().map(|n| format!("<sup>[{n}]</sup>")).collect();
                out.push_str(&format!(
                    "<mark class=\"{}\" title=\"{}\">{}</mark>{refs}",
                    polarity_class(polarity),
                    esc(&title.join("\n")),
                    esc(text)
                ));
            }
        }
    }
    out.push_str("</div>\n");
    if let Some(q) = &m.quoted {
        out.push_str(&format!(
            "<details class=\"quoted\"><summary>引用 {} 行(クリックで表示)</summary><div class=\"text\">{}</div></details>\n",
            q.lines().count(),
            esc(q)
        ));
    }
    if !m.notes.is_empty() {
        out.push_str("<aside class=\"notes\"><ul>\n");
        for n in &m.notes {
            let excerpt = n
                .excerpt
                .as_ref()
                .map(|e| format!(" — 「{}」", esc(e)))
                .unwrap_or_default();
            out.push_str(&format!(
                "<li class=\"{}\">{}{excerpt}</li>\n",
                n.class(),
                esc(&n.title())
            ));
        }
        out.push_str("</ul></aside>\n");
    }
    out.push_str("</article>\n");
}

pub fn render_html(title: &str, blocks: &[Block]) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        esc(title)
    );
    for b in blocks {
        match b {
            Block::Heading(level, text) => {
                out.push_str(&format!("<h{level}>{}</h{level}>\n", esc(text)))
            }
            Block::Para(text) => out.push_str(&format!("<p>{}</p>\n", esc(text))),
            Block::Table(header, rows) => {
                out.push_str("<table>\n<thead><tr>");
                for h in header {
                    out.push_str(&format!("<th>{}</th>", esc(h)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for r in rows {
                    out.push_str("<tr>");
                    for c in r {
                        match &c.link {
                            Some(stem) => out.push_str(&format!(
                                "<td><a href=\"{}.html\">{}</a></td>",
                                esc(stem),
                                esc(&c.text)
                            )),
                            None => out.push_str(&format!("<td>{}</td>", esc(&c.text))),
                        }
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
            Block::List(items) => {
                out.push_str("<ul>\n");
                for i in items {
                    out.push_str(&format!("<li>{}</li>\n", esc(i)));
                }
                out.push_str("</ul>\n");
            }
            Block::Links(links) => {
                out.push_str("<ul>\n");
                for (text, stem) in links {
                    out.push_str(&format!(
                        "<li><a href=\"{}.html\">{}</a></li>\n",
                        esc(stem),
                        esc(text)
                    ));
                }
                out.push_str("</ul>\n");
            }
            Block::Chart { caption, svg, .. } => {
                out.push_str(&format!(
                    "<figure class=\"chart\">\n{svg}\n<figcaption>{}</figcaption>\n</figure>\n",
                    esc(caption)
                ));
            }
            Block::Message(m) => html_message(m, &mut out),
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_escaped_everywhere() {
        let evil = "<script>alert(1)</script><img src=x onerror=alert(1)> | ** `x`";
        let blocks = vec![
            Block::Heading(1, evil.into()),
            Block::Para(evil.into()),
            Block::Table(vec![evil.into()], vec![vec![evil.into()]]),
            Block::Message(MessageView {
                anchor: "m-1".into(),
                who: evil.into(),
                side: Side::Customer,
                time: evil.into(),
                internal: true,
                subject: Some(evil.into()),
                parts: vec![
                    Part::Text(evil.into()),
                    Part::Mark {
                        text: evil.into(),
                        polarity: "bad".into(),
                        notes: vec![1],
                    },
                ],
                quoted: Some(evil.into()),
                notes: vec![Note {
                    number: 1,
                    rule_id: evil.into(),
                    behaviour: evil.into(),
                    polarity: "bad".into(),
                    advice: evil.into(),
                    excerpt: Some(evil.into()),
                }],
            }),
            Block::List(vec![evil.into()]),
        ];
        let html = render_html(evil, &blocks);
        assert!(
            !html.contains("<script>") && !html.contains("<img"),
            "{html}"
        );
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        let md = render_markdown(&blocks);
        assert!(!md.contains("<script>") && !md.contains("<img"), "{md}");
        assert!(md.contains("\\|"), "pipes cannot break a table: {md}");
    }
}
