//! Mail threading: Message-ID / In-Reply-To / References first (every id a message
//! names joins its thread, so two replies to a missing message still meet), then a
//! normalised-subject fallback for replies that carry no reference headers
//! ("Re:", "RE:", "Fwd:", 「返信:」「転送:」 and list tags like "[notmuch]" removed).
//! A thread's conversation id is the Message-ID of its earliest message.

use std::collections::{BTreeMap, HashMap};

use super::ParsedMail;
use crate::ingest::link::Chains;
use crate::ingest::sha256_hex;
use crate::schema::{Channel, Message};

const PREFIXES: &[&str] = &[
    "re:",
    "re：",
    "fwd:",
    "fw:",
    "fwd：",
    "fw：",
    "aw:",
    "sv:",
    "返信:",
    "返信：",
    "転送:",
    "転送：",
    "答复:",
    "回复:",
];

/// Strips reply/forward prefixes and list tags; returns the core subject and whether a
/// reply/forward prefix was present.
pub fn normalize_subject(subject: &str) -> (String, bool) {
    let mut s = subject.trim().to_string();
    let mut was_reply = false;
    loop {
        let lower = s.to_lowercase();
        if let Some(p) = PREFIXES.iter().find(|p| lower.starts_with(*p)) {
            s = s[p.len()..].trim_start().to_string();
            was_reply = true;
            continue;
        }
        // "Re[2]:" / "RE(3):"
        if (lower.starts_with("re[") || lower.starts_with("re("))
            && let Some(end) = s.find([':', '：'])
            && end <= 8
        {
            s = s[end..]
                .trim_start_matches([':', '：'])
                .trim_start()
                .to_string();
            was_reply = true;
            continue;
        }
        if s.starts_with('[')
            && let Some(end) = s.find(']')
        {
            s = s[end + 1..].trim_start().to_string();
            continue;
        }
        break;
    }
    let squeezed = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    (squeezed, was_reply)
}

/// Threads mails into canonical messages.
pub fn thread(mut mails: Vec<ParsedMail>) -> Vec<Message> {
    // Deterministic order: by time, then where the mail was found.
    mails.sort_by(|a, b| {
        (a.timestamp_ms, &a.source_file, a.source_line).cmp(&(
            b.timestamp_ms,
            &b.source_file,
            b.source_line,
        ))
    });
    let ids: Vec<String> = mails
        .iter()
        .map(|m| {
            m.message_id.clone().unwrap_or_else(|| {
                let key = format!(
                    "{}\u{0}{}\u{0}{}",
                    crate::ingest::file_name(&m.source_file),
                    m.source_line,
                    m.timestamp_ms
                );
                format!("{}@otai.invalid", &sha256_hex(key.as_bytes())[..16])
            })
        })
        .collect();
    let mut chains = Chains::default();
    let nodes: Vec<usize> = ids.iter().map(|id| chains.id(id)).collect();
    for (m, &node) in mails.iter().zip(&nodes) {
        for p in &m.parents {
            let other = chains.id(p);
            chains.union(node, other);
        }
    }
    // Subject fallback: a reply without references joins the earliest thread with the
    // same core subject that started before it.
    let mut by_subject: BTreeMap<String, usize> = BTreeMap::new();
    for (m, &node) in mails.iter().zip(&nodes) {
        let Some(subject) = m.subject.as_deref() else {
            continue;
        };
        let (core, was_reply) = normalize_subject(subject);
        if core.is_empty() {
            continue;
        }
        match by_subject.get(&core) {
            Some(&first) if m.parents.is_empty() && was_reply => chains.union(first, node),
            Some(_) => {}
            None => {
                by_subject.insert(core, node);
            }
        }
    }
    let mut names: HashMap<usize, String> = HashMap::new();
    for (i, &node) in nodes.iter().enumerate() {
        let root = chains.find(node);
        names.entry(root).or_insert_with(|| ids[i].clone());
    }
    // The same Message-ID delivered twice (cross-posted, or filed in two folders) is
    // kept as two deliveries of one thread; the second gets a suffixed id.
    let mut seen: HashMap<String, usize> = HashMap::new();
    mails
        .into_iter()
        .zip(nodes)
        .zip(ids)
        .map(|((m, node), id)| {
            let n = seen.entry(id.clone()).or_insert(0);
            *n += 1;
            let id = if *n == 1 { id } else { format!("{id}#{n}") };
            let root = chains.find(node);
            Message {
                conversation_id: names[&root].clone(),
                message_id: id,
                timestamp_ms: m.timestamp_ms,
                utc_offset_s: m.offset_s,
                role: m.role,
                author_id: m.from_address,
                author_name: m.from_name,
                channel: Channel::Email,
                text: m.text,
                internal: false,
                subject: m.subject,
                quoted_text: m.quoted,
                source_file: m.source_file,
                source_line: m.source_line,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subject_normalization() {
        assert_eq!(
            normalize_subject("Re: RE: Fwd: ログイン"),
            ("ログイン".into(), true)
        );
        assert_eq!(
            normalize_subject("返信: 転送: 請求書"),
            ("請求書".into(), true)
        );
        assert_eq!(
            normalize_subject("[notmuch] [PATCH] Fix  it"),
            ("fix it".into(), false)
        );
        assert_eq!(normalize_subject("Re[2]: 件名"), ("件名".into(), true));
    }
}
