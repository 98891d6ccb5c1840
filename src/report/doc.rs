//! A tiny document model rendered twice: Markdown for people who diff and print, and one
//! self-contained HTML file (inline CSS and SVG). All text is escaped at render time, so
//! a customer message `<script>alert(1)</script>` shows as text in both.

/// One block of a report.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(u8, String),
    Para(String),
    /// Header cells, then rows.
    Table(Vec<String>, Vec<Vec<String>>),
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
                        r.iter().map(|c| md(c)).collect::<Vec<_>>().join(" | ")
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
        }
    }
    out
}

const CSS: &str = "body{font-family:'Noto Sans CJK JP','Hiragino Sans','Yu Gothic','Meiryo',sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}\
h1{font-size:1.6rem;border-bottom:2px solid #246;padding-bottom:.3rem}h2{font-size:1.25rem;margin-top:2rem;color:#246}\
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #ccd;padding:.25rem .5rem;text-align:left;vertical-align:top}\
th{background:#eef2f7}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#555}\
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,figure{break-inside:avoid}}";

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
                        out.push_str(&format!("<td>{}</td>", esc(c)));
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
