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

impl ParsedMail {
    /// The mail as a message with `message_id`; its conversation is not known yet
    /// (threading decides it).
    pub fn into_message(self, message_id: String) -> crate::schema::Message {
        crate::schema::Message {
            conversation_id: String::new(),
            message_id,
            timestamp_ms: self.timestamp_ms,
            utc_offset_s: self.offset_s,
            role: self.role,
            author_id: self.from_address,
            author_name: self.from_name,
            channel: crate::schema::Channel::Email,
            text: self.text,
            internal: false,
            subject: self.subject,
            quoted_text: self.quoted,
            source_file: self.source_file.into(),
            source_line: self.source_line,
        }
    }
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
    if !settings.time_window.contains(timestamp_ms) {
        return Err(err(
            mail.message_id,
            settings.time_window.reason(timestamp_ms),
        ));
    }
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

/// The largest raw mail read (headers, body and attachments as encoded): 64 times the
/// message limit, 64 MiB by default. A larger one is skipped as it streams past.
pub fn mail_limit(settings: &Settings) -> usize {
    settings.max_message_bytes.saturating_mul(64)
}

fn overlong_mail(file: &str, line: u64, len: u64, settings: &Settings) -> RecordError {
    RecordError {
        file: file.to_string(),
        line,
        record_id: None,
        reason: format!(
            "mail is {len} bytes (attachments included), over the limit of {} bytes (64 × `[input] max_message_bytes`); it was skipped without being read whole; raise max_message_bytes in otai.toml if this is real",
            mail_limit(settings)
        ),
    }
}

/// A single message (`.eml`, or one maildir file).
pub fn read_eml(file: &str, bytes: &[u8], settings: &Settings) -> FileRead {
    let mut out = FileRead {
        read: 1,
        ..FileRead::default()
    };
    if bytes.len() > mail_limit(settings) {
        out.rejects
            .push(overlong_mail(file, 1, bytes.len() as u64, settings));
        return out;
    }
    match parse_one(file, 1, bytes, settings) {
        Ok(m) => out.mails.push(m),
        Err(e) => out.rejects.push(e),
    }
    out
}

/// An mbox held in memory (tests, and the property tests' reader of bytes): the same
/// reader as [`read_mbox_stream`].
pub fn read_mbox(file: &str, bytes: &[u8], settings: &Settings) -> FileRead {
    read_mbox_stream(file, bytes, settings, &mut |_| {}, &mut |_| {})
}

/// Raw mails gathered before they are parsed side by side.
const MBOX_BATCH_BYTES: usize = 8 << 20;
/// Bytes read at most per step of a line: a line without a newline is read in pieces.
const MBOX_PIECE: u64 = 64 << 10;

/// One mail being gathered from an mbox.
struct RawMail {
    /// The line of its `From ` separator.
    line: u64,
    bytes: Vec<u8>,
    /// Bytes seen; past the limit they are counted, not kept.
    len: u64,
    over: bool,
}

/// Reads an mbox as it streams: split at its "From " separator lines (at the start of
/// the file or after a blank line), mboxrd ">From " lines un-escaped, each mail parsed
/// (a batch at a time, side by side) once it is complete. Each mail's line is the line
/// of its separator. Memory is bounded by the largest mail kept ([`mail_limit`]) and a
/// batch, never by the file; `seen` gets every byte (for the file's hash). `take` is
/// offered the parsed mails after every batch; what it leaves stays in the result.
pub fn read_mbox_stream(
    file: &str,
    reader: impl std::io::Read,
    settings: &Settings,
    seen: &mut dyn FnMut(&[u8]),
    take: &mut dyn FnMut(&mut Vec<ParsedMail>),
) -> FileRead {
    use std::io::{BufRead as _, Read as _};
    let limit = mail_limit(settings) as u64;
    let mut reader = std::io::BufReader::with_capacity(MBOX_PIECE as usize, reader);
    let mut out = FileRead::default();
    let mut batch: Vec<RawMail> = Vec::new();
    let mut batch_bytes = 0usize;
    let mut current: Option<RawMail> = None;
    let mut piece = Vec::new();
    let (mut line_no, mut prev_blank, mut at_line_start) = (0u64, true, true);
    loop {
        piece.clear();
        match (&mut reader).take(MBOX_PIECE).read_until(b'\n', &mut piece) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                // The mail being read (`current`) is cut off: it is not parsed; it goes
                // with the rest, in the reject below.
                parse_batch(file, &mut batch, settings, &mut out);
                out.read += 1;
                out.rejects.push(RecordError {
                    file: file.to_string(),
                    line: line_no + 1,
                    record_id: None,
                    reason: format!(
                        "cannot read the rest of the file ({e}); mails from here on are missing"
                    ),
                });
                return out;
            }
        }
        seen(&piece);
        let starts_line = at_line_start;
        at_line_start = piece.ends_with(b"\n");
        if starts_line {
            line_no += 1;
            let content = piece.strip_suffix(b"\n").unwrap_or(&piece);
            let content = content.strip_suffix(b"\r").unwrap_or(content);
            if prev_blank && content.starts_with(b"From ") {
                finish_mail(&mut current, &mut batch, &mut batch_bytes);
                if batch_bytes >= MBOX_BATCH_BYTES {
                    parse_batch(file, &mut batch, settings, &mut out);
                    take(&mut out.mails);
                    batch_bytes = 0;
                }
                current = Some(RawMail {
                    line: line_no,
                    bytes: Vec::new(),
                    len: 0,
                    over: false,
                });
                prev_blank = false;
                continue;
            }
            // A line read in pieces is never blank.
            prev_blank = content.is_empty() && at_line_start;
        } else {
            prev_blank = false;
        }
        let Some(mail) = current.as_mut() else {
            continue;
        };
        // mboxrd: ">From " → "From ", ">>From " → ">From " (at the start of a line).
        let gt = piece.iter().take_while(|&&b| b == b'>').count();
        let unescaped = if starts_line && gt > 0 && piece[gt..].starts_with(b"From ") {
            &piece[1..]
        } else {
            &piece[..]
        };
        mail.len += unescaped.len() as u64;
        if mail.len > limit {
            mail.over = true;
            mail.bytes = Vec::new();
        } else {
            mail.bytes.extend_from_slice(unescaped);
        }
    }
    finish_mail(&mut current, &mut batch, &mut batch_bytes);
    parse_batch(file, &mut batch, settings, &mut out);
    take(&mut out.mails);
    if out.read == 0 {
        return FileRead::reject_whole_file(
            file,
            "no \"From \" separator line found; this is not an mbox (use --format eml for a single message)".into(),
        );
    }
    out
}

fn finish_mail(current: &mut Option<RawMail>, batch: &mut Vec<RawMail>, batch_bytes: &mut usize) {
    if let Some(mail) = current.take() {
        *batch_bytes += mail.bytes.len();
        batch.push(mail);
    }
}

/// Parses the gathered mails side by side, in file order.
fn parse_batch(file: &str, batch: &mut Vec<RawMail>, settings: &Settings, out: &mut FileRead) {
    use rayon::prelude::*;
    let parsed: Vec<Result<ParsedMail, RecordError>> = batch
        .par_iter()
        .map(|m| {
            if m.over {
                Err(overlong_mail(file, m.line, m.len, settings))
            } else {
                parse_one(file, m.line, &m.bytes, settings)
            }
        })
        .collect();
    batch.clear();
    for r in parsed {
        out.read += 1;
        match r {
            Ok(m) => out.mails.push(m),
            Err(e) => out.rejects.push(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mbox_split_and_unescape() {
        let data = b"From a@b Mon Mar  2 10:00:00 2026\nFrom: a@b\nDate: Mon, 2 Mar 2026 10:00:00 +0900\nSubject: x\n\n>From here\n>>From there\nbody\n\nFrom c@d Mon Mar  2 11:00:00 2026\nFrom: c@d\nDate: Mon, 2 Mar 2026 11:00:00 +0900\nSubject: y\n\nz\n";
        let r = read_mbox("m", data, &Settings::default());
        assert!(r.rejects.is_empty(), "{:?}", r.rejects);
        let lines: Vec<u64> = r.mails.iter().map(|m| m.source_line).collect();
        assert_eq!(lines, [1, 10]);
        assert!(
            r.mails[0].text.starts_with("From here\n"),
            "{:?}",
            r.mails[0].text
        );
        // Every byte is seen once, whatever the pieces.
        let mut seen = Vec::new();
        let streamed = read_mbox_stream(
            "m",
            &data[..],
            &Settings::default(),
            &mut |b| seen.extend_from_slice(b),
            &mut |_| {},
        );
        assert_eq!(seen, data);
        assert_eq!(streamed.mails.len(), 2);
    }

    /// A mail over the limit is a reject with its line and length; the mails around it
    /// are read; a file of one endless line is read in pieces, never held.
    #[test]
    fn an_overlong_mail_is_skipped_not_held() {
        let settings = Settings {
            max_message_bytes: 16,
            ..Settings::default()
        };
        let big = "x".repeat(5000);
        let data = format!(
            "From a@b Mon Mar  2 10:00:00 2026\nFrom: a@b\nDate: Mon, 2 Mar 2026 10:00:00 +0900\n\nok\n\nFrom c@d Mon Mar  2 10:00:00 2026\nFrom: c@d\n\n{big}\n\nFrom e@f Mon Mar  2 11:00:00 2026\nFrom: e@f\nDate: Mon, 2 Mar 2026 11:00:00 +0900\n\nfine\n"
        );
        let r = read_mbox("m", data.as_bytes(), &settings);
        assert_eq!((r.read, r.mails.len(), r.rejects.len()), (3, 2, 1));
        assert_eq!(r.rejects[0].line, 7);
        assert!(
            r.rejects[0].reason.contains("5013 bytes"),
            "{}",
            r.rejects[0].reason
        );
        let endless = format!("From a@b x\n{}", "y".repeat(300_000));
        let r = read_mbox("m", endless.as_bytes(), &settings);
        assert_eq!((r.read, r.rejects.len()), (1, 1));
        assert!(
            r.rejects[0].reason.contains("300000 bytes"),
            "{}",
            r.rejects[0].reason
        );
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
