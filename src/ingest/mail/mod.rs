//! Mail readers: mbox, maildir and `.eml`. MIME decoding (multipart/alternative →
//! text/plain, HTML-only → text, ISO-2022-JP / Shift_JIS / EUC-JP / UTF-8, RFC 2047
//! headers) is mail-parser's; otai adds splitting mboxes, quoted-reply stripping
//! ([`quote`]), agent detection and threading ([`thread`]).

pub mod quote;
pub mod thread;

use mail_parser::{HeaderValue, MessageParser};

use super::{FileRead, RecordError, Settings};
use crate::schema::Role;

/// One parsed mail, before threading.
#[derive(Debug, Clone)]
pub struct ParsedMail {
    pub message_id: Option<String>,
    /// In-Reply-To and References ids, nearest parent last.
    pub parents: Vec<String>,
    pub subject: Option<String>,
    pub from_address: Option<String>,
    pub from_name: Option<String>,
    pub role: Role,
    pub timestamp_ms: i64,
    pub offset_s: i32,
    pub text: String,
    pub quoted: Option<String>,
    pub source_file: String,
    pub source_line: u64,
}

fn header_ids(value: &HeaderValue<'_>) -> Vec<String> {
    let raw: Vec<String> = match value {
        HeaderValue::Text(t) => vec![t.to_string()],
        HeaderValue::TextList(l) => l.iter().map(|t| t.to_string()).collect(),
        _ => Vec::new(),
    };
    raw.into_iter()
        .flat_map(|s| {
            s.split_whitespace()
                .map(|p| {
                    p.trim_matches(|c| c == '<' || c == '>' || c == ',')
                        .to_string()
                })
                .collect::<Vec<_>>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn is_agent(address: &str, settings: &Settings) -> bool {
    let addr = address.to_lowercase();
    if settings
        .support_addresses
        .iter()
        .any(|a| a.eq_ignore_ascii_case(&addr))
    {
        return true;
    }
    let Some((_, domain)) = addr.rsplit_once('@') else {
        return false;
    };
    settings.agent_domains.iter().any(|d| {
        let d = d.trim_start_matches('@').to_lowercase();
        domain == d || domain.ends_with(&format!(".{d}"))
    })
}

/// What a mail says, decoded; no policy yet (time may be missing, role not decided).
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedMail {
    pub message_id: Option<String>,
    /// References then In-Reply-To ids, nearest parent last.
    pub parents: Vec<String>,
    pub subject: Option<String>,
    pub from_address: Option<String>,
    pub from_name: Option<String>,
    /// `Auto-Submitted` other than "no": an auto-reply.
    pub auto_submitted: bool,
    /// UTC milliseconds and offset: the Date header, else the newest Received date.
    pub date: Option<(i64, i32)>,
    /// The whole decoded text body (text/plain parts; HTML-only mail as text).
    pub body: String,
}

fn instant(d: &mail_parser::DateTime) -> Option<(i64, i32)> {
    let s = (d.tz_hour as i32) * 3600 + (d.tz_minute as i32) * 60;
    let offset = if d.tz_before_gmt { -s } else { s };
    Some((d.to_timestamp().checked_mul(1000)?, offset))
}

/// Decodes one RFC 5322 message (MIME, charsets, RFC 2047 headers).
pub fn decode(raw: &[u8]) -> Result<DecodedMail, String> {
    let msg = MessageParser::default()
        .parse(raw)
        .ok_or_else(|| "not a parseable e-mail message".to_string())?;
    if msg.parts.first().is_none_or(|p| p.headers.is_empty()) {
        return Err("no mail headers found; is this really an e-mail?".into());
    }
    let message_id = msg
        .message_id()
        .map(|s| s.trim_matches(|c| c == '<' || c == '>').to_string())
        .filter(|s| !s.is_empty());
    let date = msg.date().and_then(instant).or_else(|| {
        msg.received()
            .and_then(|r| r.date())
            .as_ref()
            .and_then(instant)
    });
    let from = msg.from().and_then(|a| a.first());
    let mut body = String::new();
    for i in 0..msg.text_body_count() {
        if let Some(t) = msg.body_text(i) {
            if !body.is_empty() {
                body.push('\n');
            }
            body.push_str(&t);
        }
    }
    let mut parents = header_ids(msg.references());
    parents.extend(header_ids(msg.in_reply_to()));
    Ok(DecodedMail {
        message_id,
        parents,
        subject: msg
            .subject()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        from_address: from
            .and_then(|a| a.address())
            .map(|s| s.trim().to_lowercase()),
        from_name: from
            .and_then(|a| a.name())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        auto_submitted: msg
            .header_raw("Auto-Submitted")
            .is_some_and(|v| !v.trim().eq_ignore_ascii_case("no")),
        date,
        body,
    })
}

/// Parses one message and applies otai's policy: a time is required, the role comes
/// from the agent domains, quotes and signatures are split off. `line` is where the
/// message starts in its file.
pub fn parse_one(
    file: &str,
    line: u64,
    raw: &[u8],
    settings: &Settings,
) -> Result<ParsedMail, RecordError> {
    let err = |id: Option<String>, reason: String| RecordError {
        file: file.to_string(),
        line,
        record_id: id,
        reason,
    };
    let mail = decode(raw).map_err(|reason| err(None, reason))?;
    let (timestamp_ms, offset_s) = mail.date.ok_or_else(|| {
        err(
            mail.message_id.clone(),
            "no valid Date header (nor a Received date); the message's time is unknown — export the mail with its headers".into(),
        )
    })?;
    if mail.body.len() > settings.max_message_bytes {
        return Err(err(
            mail.message_id,
            format!(
                "mail body is {} bytes, over the limit of {} bytes; raise `[input] max_message_bytes` in otai.toml if this is real",
                mail.body.len(),
                settings.max_message_bytes
            ),
        ));
    }
    let role = if mail.auto_submitted {
        Role::Bot
    } else if mail
        .from_address
        .as_deref()
        .is_some_and(|a| is_agent(a, settings))
    {
        Role::Agent
    } else {
        Role::Customer
    };
    let split = quote::split(&mail.body);
    Ok(ParsedMail {
        message_id: mail.message_id,
        parents: mail.parents,
        subject: mail.subject,
        from_address: mail.from_address,
        from_name: mail.from_name,
        role,
        timestamp_ms,
        offset_s,
        text: split.text,
        quoted: split.quoted,
        source_file: file.to_string(),
        source_line: line,
    })
}

/// A single message (`.eml`, or one maildir file).
pub fn read_eml(file: &str, bytes: &[u8], settings: &Settings) -> FileRead {
    let mut out = FileRead {
        read: 1,
        ..FileRead::default()
    };
    match parse_one(file, 1, bytes, settings) {
        Ok(m) => out.mails.push(m),
        Err(e) => out.rejects.push(e),
    }
    out
}

/// Splits an mbox at its "From " separator lines (at the start of the file or after
/// a blank line) and un-escapes mboxrd ">From " lines. Each message's line is the
/// line of its separator.
pub fn split_mbox(bytes: &[u8]) -> Vec<(u64, Vec<u8>)> {
    let mut out: Vec<(u64, Vec<u8>)> = Vec::new();
    let mut current: Option<(u64, Vec<u8>)> = None;
    let mut prev_blank = true;
    for (i, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        let content = line.strip_suffix(b"\n").unwrap_or(line);
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        if prev_blank && content.starts_with(b"From ") {
            if let Some(done) = current.take() {
                out.push(done);
            }
            current = Some((i as u64 + 1, Vec::new()));
            prev_blank = false;
            continue;
        }
        prev_blank = content.is_empty();
        let Some((_, buf)) = current.as_mut() else {
            continue;
        };
        // mboxrd: ">From " → "From ", ">>From " → ">From ".
        let unescaped = {
            let gt = content.iter().take_while(|&&b| b == b'>').count();
            if gt > 0 && content[gt..].starts_with(b"From ") {
                &line[1..]
            } else {
                line
            }
        };
        buf.extend_from_slice(unescaped);
    }
    out.extend(current);
    out
}

pub fn read_mbox(file: &str, bytes: &[u8], settings: &Settings) -> FileRead {
    let parts = split_mbox(bytes);
    if parts.is_empty() {
        return FileRead::reject_whole_file(
            file,
            "no \"From \" separator line found; this is not an mbox (use --format eml for a single message)".into(),
        );
    }
    let mut out = FileRead::default();
    for (line, raw) in parts {
        out.read += 1;
        match parse_one(file, line, &raw, settings) {
            Ok(m) => out.mails.push(m),
            Err(e) => out.rejects.push(e),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mbox_split_and_unescape() {
        let data = b"From a@b Mon Mar  2 10:00:00 2026\nSubject: x\n\n>From here\nbody\n\nFrom c@d Mon Mar  2 11:00:00 2026\nSubject: y\n\nz\n";
        let parts = split_mbox(data);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].0, 1);
        assert_eq!(parts[1].0, 7);
        assert!(String::from_utf8_lossy(&parts[0].1).contains("\nFrom here\n"));
    }

    #[test]
    fn iso_2022_jp_mail_decodes() {
        let (body, _, _) =
            encoding_rs::ISO_2022_JP.encode("お世話になっております。\nログインできません。");
        let mut raw = b"From: =?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <yamada@example.jp>\r\nTo: support@example.co.jp\r\nSubject: =?ISO-2022-JP?B?GyRCJW0lMCUkJXMbKEI=?=\r\nDate: Mon, 2 Mar 2026 10:15:00 +0900\r\nMessage-ID: <a1@example.jp>\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\n\r\n".to_vec();
        raw.extend_from_slice(&body);
        let settings = Settings {
            agent_domains: vec!["example.co.jp".into()],
            ..Settings::default()
        };
        let m = parse_one("x.eml", 1, &raw, &settings).unwrap();
        assert_eq!(m.subject.as_deref(), Some("ログイン"));
        assert_eq!(m.from_name.as_deref(), Some("山田"));
        assert_eq!(m.text, "お世話になっております。\nログインできません。");
        assert_eq!(m.role, Role::Customer);
        assert_eq!(m.offset_s, 9 * 3600);
        assert!(is_agent("Support@Help.Example.co.jp", &settings));
        assert!(!is_agent("x@example.co.jp.evil.com", &settings));
    }
}
