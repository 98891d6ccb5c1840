//! Input format detection: from the file name first, then from the first bytes.
//! Platform exports (Zendesk, Intercom, …) are told by their keys
//! ([`super::platform::detect`]), whatever the file is called.

use std::path::Path;

use super::platform::{self, Platform};

/// An input format `otai analyze` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Jsonl,
    Json,
    Csv,
    Mbox,
    Maildir,
    Eml,
    /// A helpdesk or chat platform's export.
    Platform(Platform),
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Mbox => "mbox",
            Format::Maildir => "maildir",
            Format::Eml => "eml",
            Format::Platform(p) => p.as_str(),
        }
    }
}

/// Metadata files of a Slack export (and a Zendesk users file): read by the platform
/// readers beside them, never as messages.
pub const EXPORT_METADATA: &[&str] = &[
    "users.json",
    "channels.json",
    "groups.json",
    "dms.json",
    "mpims.json",
    "usergroups.json",
    "integration_logs.json",
    "canvases.json",
    "org_users.json",
];

/// Files in an input folder that are documentation, configuration or export metadata,
/// not exports. A `.txt` is skipped unless it is a LINE chat history, a `.zip` unless it
/// is a Slack export.
pub fn is_not_data(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension(path).as_deref() {
        Some("txt") if platform::is_line_history(path) => return false,
        Some("zip") if platform::slack::is_export_zip(path) => return false,
        _ => {}
    }
    if name == "otai.toml"
        || EXPORT_METADATA.contains(&name.as_str())
        || ["readme", "license", "copying", "changelog"]
            .iter()
            .any(|w| name.contains(w))
    {
        return true;
    }
    matches!(
        extension(path).as_deref(),
        Some("md" | "toml" | "sql" | "txt" | "pdf" | "png" | "jpg" | "svg" | "html" | "gz" | "zip")
    )
}

fn extension(path: &Path) -> Option<String> {
    path.extension().map(|e| e.to_string_lossy().to_lowercase())
}

/// Detects the format of one file, or `None` when nothing fits.
pub fn detect(path: &Path, bytes: &[u8]) -> Option<Format> {
    match extension(path).as_deref() {
        Some("jsonl" | "ndjson") => return Some(Format::Jsonl),
        Some("json") => return Some(sniff_json(bytes).unwrap_or(Format::Json)),
        // A Slack export, zipped (a zip's other uses are not exports).
        Some("zip") => {
            return bytes
                .starts_with(b"PK\x03\x04")
                .then_some(Format::Platform(Platform::Slack));
        }
        // A LINE chat history; another .txt given by name is told by its content.
        Some("txt") if bytes.starts_with(b"[LINE]") || bytes.starts_with(b"\xef\xbb\xbf[LINE]") => {
            return Some(Format::Platform(Platform::Line));
        }
        Some("csv" | "tsv") => return Some(Format::Csv),
        Some("mbox" | "mbx") => return Some(Format::Mbox),
        Some("eml" | "msg") => return Some(Format::Eml),
        _ => {}
    }
    let in_maildir = path
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == "cur" || n == "new");
    let head = &bytes[..bytes.len().min(4096)];
    if head.contains(&0) {
        return None;
    }
    if head.starts_with(b"From ") {
        return Some(Format::Mbox);
    }
    if looks_like_mail_headers(head) {
        return Some(if in_maildir {
            Format::Maildir
        } else {
            Format::Eml
        });
    }
    sniff_json(bytes)
}

fn sniff_json(bytes: &[u8]) -> Option<Format> {
    let text = std::str::from_utf8(&bytes[..bytes.len().min(1 << 16)])
        .ok()
        .or_else(|| {
            // A cut in the middle of a UTF-8 sequence at the sniff boundary is fine.
            let cut = &bytes[..bytes.len().min(1 << 16)];
            std::str::from_utf8(&cut[..cut.len().saturating_sub(3)]).ok()
        })?;
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if let Some(p) = platform::detect(t.as_bytes()) {
        return Some(Format::Platform(p));
    }
    if t.starts_with('[') {
        return Some(Format::Json);
    }
    if t.starts_with('{') {
        // One object per line → JSONL; one object spread over lines → JSON.
        let first_line = t.lines().next().unwrap_or("");
        return Some(
            if serde_json::from_str::<serde_json::Value>(first_line).is_ok() {
                Format::Jsonl
            } else {
                Format::Json
            },
        );
    }
    None
}

/// True when the text starts with RFC 5322 header lines ("Name: value").
fn looks_like_mail_headers(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let mut headers = 0;
    let mut known = false;
    for line in text.lines().take(40) {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((name, _)) = line.split_once(':') else {
            return false;
        };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_graphic()) {
            return false;
        }
        headers += 1;
        let lower = name.to_ascii_lowercase();
        known |= matches!(
            lower.as_str(),
            "from"
                | "to"
                | "subject"
                | "date"
                | "message-id"
                | "received"
                | "return-path"
                | "mime-version"
        );
    }
    headers >= 2 && known
}

/// A message for a file whose format could not be told.
pub fn undetected_reason(bytes: &[u8]) -> String {
    if bytes[..bytes.len().min(4096)].contains(&0) {
        "binary data, not a chat or mail export; remove it from the input folder".into()
    } else {
        "could not tell the format from the name or content; name it .jsonl/.json/.csv/.mbox/.eml or pass --format".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_name_and_content() {
        let p = Path::new;
        assert_eq!(detect(p("a.jsonl"), b"{}"), Some(Format::Jsonl));
        assert_eq!(detect(p("a.tsv"), b"x"), Some(Format::Csv));
        assert_eq!(
            detect(p("a"), b"From x@y Mon Mar  2 10:00:00 2026\n"),
            Some(Format::Mbox)
        );
        assert_eq!(
            detect(p("box/cur/1:2,"), b"From: a@b\nTo: c@d\n\nhi"),
            Some(Format::Maildir)
        );
        assert_eq!(
            detect(p("msg1"), b"Subject: x\nFrom: a@b\n\nhi"),
            Some(Format::Eml)
        );
        assert_eq!(
            detect(p("x"), b"{\"a\":1}\n{\"a\":2}\n"),
            Some(Format::Jsonl)
        );
        assert_eq!(
            detect(p("x"), b"{\n \"messages\": []\n}"),
            Some(Format::Json)
        );
        assert_eq!(detect(p("x"), b"\x00\x01garbage"), None);
        assert_eq!(detect(p("x"), b"hello world"), None);
        assert!(is_not_data(p("sample/README.md")));
        assert!(is_not_data(p("sample/otai.toml")));
        assert!(is_not_data(p("fixtures/MIT-LICENSE")));
        assert!(is_not_data(p("corpora/COPYING.notmuch")));
        assert!(is_not_data(p("slack/users.json")));
        assert!(is_not_data(p("notes.txt")));
        assert_eq!(
            detect(p("x.json"), br#"{"audits": [{"events": []}]}"#),
            Some(Format::Platform(Platform::Zendesk))
        );
        assert_eq!(
            detect(p("chat.txt"), "[LINE] 山田とのトーク履歴\n".as_bytes()),
            Some(Format::Platform(Platform::Line))
        );
        assert_eq!(detect(p("notes.txt"), b"hello"), None);
        assert_eq!(
            detect(p("saved-mail.txt"), b"Subject: x\nFrom: a@b\n\nhi"),
            Some(Format::Eml)
        );
    }
}
