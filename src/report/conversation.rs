//! A conversation's own page: its scores at the top, then the whole thread in order
//! (customer and agent set apart, internal notes marked, quoted mail folded, times in the
//! business time zone), with every sentence that earned or lost points marked where it
//! stands and a note beside it: the rule, the behaviour and the articles' advice.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use unicode_normalization::UnicodeNormalization as _;

use super::doc::{Block, Cell, MessageView, Note, Part, Side, row};
use super::mask::mask_with_names;
use super::slug::slug;
use super::tables::{Conv, Ev, Msg, Tables};
use crate::results::{advice, evidence_label, with_overall};

/// The page's file stem under reports/ (or coaching/): `conversations/<slug>`.
pub fn stem(conversation_id: &str) -> String {
    format!("conversations/{}", slug(conversation_id))
}

/// Where `sentence` stands in `text` (byte range), also when the scorer read the text
/// normalised (NFKC, CRLF → LF, runs of spaces squeezed): each character of `text` is
/// normalised on its own and the match is mapped back to the characters it came from.
pub fn locate(text: &str, sentence: &str) -> Option<Range<usize>> {
    if sentence.trim().is_empty() {
        return None;
    }
    if let Some(i) = text.find(sentence) {
        return Some(i..i + sentence.len());
    }
    // (normalised start, normalised end, original start, original end) per character.
    let mut norm = String::with_capacity(text.len());
    let mut spans: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut prev_space = false;
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        let start_n = norm.len();
        match c {
            '\r' if chars.peek().is_some_and(|&(_, n)| n == '\n') => {}
            '\r' => {
                norm.push('\n');
                prev_space = false;
            }
            ' ' | '\t' | '\u{3000}' => {
                if !prev_space {
                    norm.push(' ');
                }
                prev_space = true;
            }
            _ => {
                norm.extend(c.to_string().nfkc());
                prev_space = false;
            }
        }
        spans.push((start_n, norm.len(), i, end));
    }
    let a = norm.find(sentence)?;
    let b = a + sentence.len();
    let first = spans.iter().find(|s| s.1 > a)?;
    let last = spans.iter().rev().find(|s| s.0 < b)?;
    (first.2 < last.3).then_some(first.2..last.3)
}

/// The sentence an excerpt was cut from: the excerpt without the 【】 the scorer put
/// around the matched words (tried at every 【, as the sentence may hold its own).
fn sentence_candidates(excerpt: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in excerpt.match_indices('【') {
        if let Some(j) = excerpt[i..].find('】').map(|j| i + j) {
            out.push(format!(
                "{}{}{}",
                &excerpt[..i],
                &excerpt[i + '【'.len_utf8()..j],
                &excerpt[j + '】'.len_utf8()..]
            ));
        }
    }
    // Several steps summarised as "【1. first step】 … (3 steps)": the first step.
    let more: Vec<String> = out
        .iter()
        .filter_map(|c| c.split_once(" … ").map(|(a, _)| a.to_string()))
        .collect();
    out.extend(more);
    out.push(excerpt.to_string());
    out
}

fn fmt_score(v: Option<f64>) -> String {
    v.map_or("—".to_string(), |x| format!("{x:.0}"))
}

pub fn duration(s: Option<f64>) -> String {
    match s {
        None => "—".into(),
        Some(s) if s < 60.0 => format!("{s:.0}秒"),
        Some(s) if s < 3600.0 => format!("{:.0}分", s / 60.0),
        Some(s) if s < 86400.0 => format!("{:.1}時間", s / 3600.0),
        Some(s) => format!("{:.1}日", s / 86400.0),
    }
}

/// The blocks of one message, its evidence numbered from `next`.
fn message_view(
    m: &Msg,
    evidence: &[&Ev],
    next: &mut usize,
    masked: bool,
    names: &[String],
) -> MessageView {
    let hide = |s: &str| {
        if masked {
            mask_with_names(s, names)
        } else {
            s.to_string()
        }
    };
    let text = hide(&m.text);
    // Each evidence row: a place in the text, or a note without one.
    let mut placed: Vec<(Range<usize>, &Ev, usize)> = Vec::new();
    let mut notes = Vec::new();
    for e in evidence {
        let number = *next;
        *next += 1;
        let excerpt = hide(&e.excerpt);
        let at = sentence_candidates(&excerpt)
            .iter()
            .find_map(|s| locate(&text, s));
        notes.push(Note {
            number,
            rule_id: e.rule_id.clone(),
            behaviour: evidence_label(&e.behaviour).to_string(),
            polarity: if m.role == "customer" {
                "signal".to_string()
            } else {
                e.polarity.to_string()
            },
            // The articles' advice is for agents; a customer's words carry none.
            advice: if m.role == "customer" {
                String::new()
            } else {
                advice(&e.behaviour).to_string()
            },
            excerpt: at.is_none().then(|| excerpt.clone()),
        });
        if let Some(r) = at {
            placed.push((r, e, number));
        }
    }
    // Marks in text order; a sentence marked twice is one mark with both notes, and a
    // mark overlapping an earlier one joins it.
    placed.sort_by_key(|(r, _, n)| (r.start, r.end, *n));
    let mut marks: Vec<(Range<usize>, bool, Vec<usize>)> = Vec::new();
    let signal = m.role == "customer";
    for (r, e, n) in placed {
        let bad = e.polarity == "bad";
        match marks.last_mut() {
            Some(last) if r.start < last.0.end => {
                last.0.end = last.0.end.max(r.end);
                last.1 |= bad;
                last.2.push(n);
            }
            _ => marks.push((r, bad, vec![n])),
        }
    }
    let mut parts = Vec::new();
    let mut at = 0;
    for (r, bad, ns) in marks {
        if r.start > at {
            parts.push(Part::Text(text[at..r.start].to_string()));
        }
        parts.push(Part::Mark {
            text: text[r.clone()].to_string(),
            polarity: if signal {
                "signal"
            } else if bad {
                "bad"
            } else {
                "good"
            }
            .into(),
            notes: ns,
        });
        at = r.end;
    }
    if at < text.len() {
        parts.push(Part::Text(text[at..].to_string()));
    }
    let (side, who) = match m.role.as_str() {
        "customer" => (
            Side::Customer,
            match (&m.author_name, masked) {
                (Some(n), false) => format!("お客様 {n}"),
                _ => "お客様".to_string(),
            },
        ),
        "agent" => (
            Side::Agent,
            format!(
                "担当 {}",
                m.author_name
                    .as_deref()
                    .or(m.author_id.as_deref())
                    .unwrap_or("(不明)")
            ),
        ),
        "bot" => (Side::Other, "ボット".to_string()),
        _ => (Side::Other, "システム".to_string()),
    };
    MessageView {
        anchor: format!("m-{}", slug(&m.message_id)),
        who,
        side,
        time: String::new(),
        internal: m.internal,
        subject: m.subject.as_deref().map(hide),
        parts,
        quoted: m.quoted_text.as_deref().filter(|q| !q.is_empty()).map(hide),
        notes,
    }
}

pub use super::tables::{PAGE_CONTEXT, PAGE_EDGE, PAGE_EVIDENCE_MAX, PAGE_FULL_MAX};

/// Which messages of a thread its page shows (indexes, ascending): see
/// [`super::tables::shown_positions`].
pub fn shown_messages(messages: &[Msg], by_message: &HashMap<&str, Vec<&Ev>>) -> Vec<usize> {
    let ids: Vec<&str> = messages.iter().map(|m| m.message_id.as_str()).collect();
    super::tables::shown_positions(&ids, by_message)
}

/// How to write a conversation's whole thread out: the SQL (the id quoted for SQL) to
/// save in a file and run with `otai query FILE` — no shell quoting, whatever the id holds.
fn full_thread_query(id: &str) -> String {
    format!(
        "次の SQL を thread.sql に保存し、otai query thread.sql --data <出力フォルダ> --format csv --out thread.csv で書き出せます(時刻は UTC): SELECT timestamp, role, author_id, author_name, internal, text FROM messages WHERE conversation_id = '{}' ORDER BY timestamp, message_id",
        id.replace('\'', "''")
    )
}

/// The page of conversation `c`. `prefix` leads from the page to reports/ ("../"), for
/// the links back; `masked` hides personal data (coaching exports).
pub fn page(t: &Tables, c: &Conv, prefix: &str, masked: bool) -> Vec<Block> {
    let title = if masked {
        format!("会話 {}(個人情報は伏せ字)", c.id)
    } else {
        format!("会話 {}", c.id)
    };
    let mut b = vec![
        Block::Heading(1, title),
        Block::Para(t.zone_note()),
        Block::Table(
            vec!["項目".into(), "値".into()],
            vec![
                row(["チャネル".to_string(), c.channel.clone()]),
                row(["開始".to_string(), t.local_time(c.started_ms)]),
                row(["週".to_string(), c.week.clone()]),
                row([
                    "主担当".to_string(),
                    c.primary.clone().unwrap_or_else(|| "(なし)".into()),
                ]),
                row(["参加した担当".to_string(), c.agent_ids.join(", ")]),
                row([
                    "初回応答".to_string(),
                    match c.first_response_s {
                        None if c.n_customer > 0.0 => "未応答".into(),
                        v => duration(v),
                    },
                ]),
                row(["最長の待ち時間".to_string(), duration(c.longest_wait_s)]),
                row(["進捗報告".to_string(), c.progress.clone()]),
                row([
                    "困難な会話".to_string(),
                    match (c.difficult, c.turnaround) {
                        (true, true) => "困難 → 好転".into(),
                        (true, false) => "困難(好転せず)".into(),
                        _ => "—".to_string(),
                    },
                ]),
                row([
                    "お客様自身で解決".to_string(),
                    if c.customer_did_it { "はい" } else { "—" }.to_string(),
                ]),
                row([
                    "エスカレーションの恐れ".to_string(),
                    if c.escalation_risk { "あり" } else { "—" }.to_string(),
                ]),
                row([
                    "守れなかった約束".to_string(),
                    format!("{:.0}", c.promises_broken),
                ]),
            ],
        ),
        Block::Heading(2, "スコア".into()),
        Block::Table(
            with_overall()
                .iter()
                .map(|b| b.label_ja.to_string())
                .collect(),
            vec![
                c.scores
                    .iter()
                    .enumerate()
                    .map(|(k, s)| {
                        // Nobody answered: the overall score says so.
                        if k == crate::results::OVERALL_K && c.unanswered() {
                            Cell::from("未応答")
                        } else {
                            Cell::from(fmt_score(*s))
                        }
                    })
                    .collect(),
            ],
        ),
        Block::Heading(2, "やりとり".into()),
    ];
    let evidence: Vec<&Ev> = t
        .evidence
        .iter()
        .filter(|e| e.conversation_id == c.id)
        .collect();
    let empty = Vec::new();
    let messages = t.messages.get(&c.id).unwrap_or(&empty);
    // A long thread: only the messages shown were read (`place` is where each is).
    let long = t.long.get(&c.id);
    // The customers' names, masked in every text of a masked page.
    let names = long.map_or_else(
        || super::tables::customer_names(messages),
        |l| l.names.clone(),
    );
    // Evidence by message, gathered once: a long thread is not searched per message.
    let mut by_message: HashMap<&str, Vec<&Ev>> = HashMap::new();
    for e in &evidence {
        by_message.entry(e.message_id.as_str()).or_default().push(e);
    }
    // (place in the thread, the message), for each message shown.
    let (total, shown): (usize, Vec<(usize, &Msg)>) = match long {
        // Paired by id, so a message read twice (an id repeated in a foreign or edited
        // messages.parquet) cannot shift the rest out of place.
        Some(l) => {
            let by_id: HashMap<&str, &Msg> = messages
                .iter()
                .map(|m| (m.message_id.as_str(), m))
                .collect();
            let shown = l
                .shown
                .iter()
                .filter_map(|(i, id)| by_id.get(id.as_str()).map(|m| (*i, *m)))
                .collect();
            (l.total, shown)
        }
        None => (
            messages.len(),
            shown_messages(messages, &by_message)
                .into_iter()
                .map(|i| (i, &messages[i]))
                .collect(),
        ),
    };
    if shown.len() < total {
        let with_evidence = long.map_or_else(
            || {
                messages
                    .iter()
                    .filter(|m| by_message.contains_key(m.message_id.as_str()))
                    .count()
            },
            |l| l.with_evidence,
        );
        let shown_with = shown
            .iter()
            .filter(|(_, m)| by_message.contains_key(m.message_id.as_str()))
            .count();
        b.push(Block::Para(format!(
            "この会話はメッセージが {} 件と長いため、最初と最後の {PAGE_EDGE} 件、根拠のあるメッセージ(最大 {PAGE_EVIDENCE_MAX} 件、担当者の改善点を優先し会話全体から選択)とその前後 {PAGE_CONTEXT} 件だけを表示しています(表示 {} 件、省略 {} 件。根拠のあるメッセージは {} 件中 {} 件を表示)。全文は messages.parquet にあります。{}",
            total,
            shown.len(),
            total - shown.len(),
            with_evidence,
            shown_with,
            full_thread_query(&c.id)
        )));
    }
    let mut next = 1;
    let mut after_last = 0;
    for &(i, m) in &shown {
        if i > after_last {
            b.push(Block::Para(format!(
                "…(ここで {} 件のメッセージを省略)…",
                i - after_last
            )));
        }
        after_last = i + 1;
        let mine = by_message
            .get(m.message_id.as_str())
            .cloned()
            .unwrap_or_default();
        let mut view = message_view(m, &mine, &mut next, masked, &names);
        view.time = t.local_time(m.timestamp_ms);
        b.push(Block::Message(view));
    }
    // Evidence that names no message of the thread (none expected; shown, not lost).
    let loose: Vec<&Ev> = match long {
        Some(l) => evidence
            .iter()
            .copied()
            .filter(|e| l.loose.contains(&e.message_id))
            .collect(),
        None => {
            let ids: HashSet<&str> = messages.iter().map(|m| m.message_id.as_str()).collect();
            evidence
                .iter()
                .copied()
                .filter(|e| !ids.contains(e.message_id.as_str()))
                .collect()
        }
    };
    if !loose.is_empty() {
        b.push(Block::Heading(2, "メッセージに結びつかない根拠".into()));
        b.push(Block::List(
            loose
                .iter()
                .map(|e| {
                    format!(
                        "{} {}: {}",
                        e.rule_id,
                        evidence_label(&e.behaviour),
                        if masked {
                            mask_with_names(&e.excerpt, &names)
                        } else {
                            e.excerpt.clone()
                        }
                    )
                })
                .collect(),
        ));
    }
    b.push(Block::Heading(2, "関連".into()));
    let mut links = vec![("チーム週次レビュー".to_string(), format!("{prefix}index"))];
    if masked {
        links.clear();
    }
    if let Some(p) = &c.primary {
        let who = format!("{p} の週次レポート");
        if masked {
            links.push((format!("{p} の1on1メモ"), format!("../{}", slug(p))));
        } else {
            links.push((who, format!("{prefix}agents/{}", slug(p))));
        }
    }
    b.push(Block::Links(links));
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_found_where_the_scorer_read_normalised_text() {
        let text = "お待たせしました！\r\nＡＢＣ　の件、確認します。";
        let r = locate(text, "ABC の件、確認します。").unwrap();
        assert_eq!(&text[r], "ＡＢＣ　の件、確認します。");
        let r = locate(text, "お待たせしました!").unwrap();
        assert_eq!(&text[r], "お待たせしました！");
        assert_eq!(locate(text, "ない文"), None);
        assert_eq!(
            sentence_candidates("【必ず】直ります")[0],
            "必ず直ります".to_string()
        );
    }
}
