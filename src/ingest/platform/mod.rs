//! Helpdesk and chat platform exports: Zendesk, Intercom, Freshdesk, Help Scout,
//! Chatwoot, Slack, Microsoft Teams and LINE, each read by its own file here and
//! recognised by content ([`detect`]), with no column mapping.
//!
//! This file dispatches ([`read`]) and holds what the readers share: the JSON key
//! scanner that recognises a platform from a file's first bytes, HTML → text (through
//! `html2text`, paragraphs and list items kept as lines, then quoted replies and
//! signatures moved to `quoted_text` as for mail), times (epoch seconds or ISO 8601),
//! and [`Out`], which turns each platform record into a message, a reject or an
//! ignored event, so that per file `read = accepted + rejected + ignored + duplicates`.
//!
//! Ids are stable and distinct across platforms: every conversation id starts with the
//! platform's name (`zendesk-2`, `intercom-147`, `slack-general-1516454537.000093`,
//! `line-<file stem>`); message ids are the platform's own where it has them. Line
//! numbers of JSON records are their 1-based position in the file (LINE: the real line).

pub mod chatwoot;
pub mod freshdesk;
pub mod helpscout;
pub mod intercom;
pub mod line;
pub mod slack;
pub mod teams;
pub mod zendesk;

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::record::{Partial, truncate_for_message};
use super::time::{self, Instant};
use super::{FileRead, RecordError, Settings};
use crate::schema::{Channel, Message, Role};

/// A platform whose export otai reads natively.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Platform {
    Zendesk,
    Intercom,
    Freshdesk,
    HelpScout,
    Chatwoot,
    Slack,
    Teams,
    Line,
}

impl Platform {
    pub const ALL: [Platform; 8] = [
        Platform::Zendesk,
        Platform::Intercom,
        Platform::Freshdesk,
        Platform::HelpScout,
        Platform::Chatwoot,
        Platform::Slack,
        Platform::Teams,
        Platform::Line,
    ];

    /// The name in run.json and `--format`.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Zendesk => "zendesk",
            Platform::Intercom => "intercom",
            Platform::Freshdesk => "freshdesk",
            Platform::HelpScout => "helpscout",
            Platform::Chatwoot => "chatwoot",
            Platform::Slack => "slack",
            Platform::Teams => "teams",
            Platform::Line => "line",
        }
    }

    /// The name in messages for people.
    pub fn label(self) -> &'static str {
        match self {
            Platform::Zendesk => "Zendesk",
            Platform::Intercom => "Intercom",
            Platform::Freshdesk => "Freshdesk",
            Platform::HelpScout => "Help Scout",
            Platform::Chatwoot => "Chatwoot",
            Platform::Slack => "Slack",
            Platform::Teams => "Teams",
            Platform::Line => "LINE",
        }
    }
}

/// How Slack messages outside threads are grouped (`[slack] conversation`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SlackConversation {
    /// Each message outside a thread is its own conversation.
    #[default]
    Thread,
    /// Messages outside threads form one conversation per channel and day file.
    Day,
}

/// What the platform readers take from otai.toml (`[slack]`, `[teams]`, `[line]`,
/// `[zendesk]`).
#[derive(Debug, Clone, Default)]
pub struct PlatformSettings {
    /// Slack user ids, names or display names of agents.
    pub slack_agents: Vec<String>,
    /// Slack user groups (id, handle or name in the export's usergroups.json) of agents.
    pub slack_agent_groups: Vec<String>,
    pub slack_conversation: SlackConversation,
    /// Teams user ids or display names of agents.
    pub teams_agents: Vec<String>,
    /// LINE display names of the official account (the agent side).
    pub line_agents: Vec<String>,
    /// A Zendesk users file (`{"users": [{"id", "role"}]}`), for authors' roles.
    pub zendesk_users: Option<PathBuf>,
}

/// Reads one platform file. `path` is where the file is (readers look for the files
/// that belong beside it: Slack's users.json, Zendesk's ticket); `file` is its name in
/// outputs.
pub fn read(
    platform: Platform,
    path: &Path,
    file: &str,
    bytes: &[u8],
    settings: &Settings,
) -> FileRead {
    let mut out = Out::new(platform, file, settings);
    match platform {
        Platform::Line => line::read(&mut out, path, bytes),
        Platform::Slack if bytes.starts_with(b"PK\x03\x04") => slack::read_zip(&mut out, bytes),
        _ => match parse_json(bytes) {
            Ok(value) => read_value(platform, &mut out, path, &value),
            Err((line, reason)) => {
                out.reject(line, None, format!("{} export: {reason}", platform.label()));
            }
        },
    }
    out.finish()
}

fn read_value(platform: Platform, out: &mut Out<'_>, path: &Path, value: &Value) {
    match platform {
        Platform::Zendesk => zendesk::read(out, path, value),
        Platform::Intercom => intercom::read(out, value),
        Platform::Freshdesk => freshdesk::read(out, value),
        Platform::HelpScout => helpscout::read(out, path, value),
        Platform::Chatwoot => chatwoot::read(out, value),
        Platform::Slack => slack::read(out, path, value),
        Platform::Teams => teams::read(out, value),
        // A text file, read from its bytes.
        Platform::Line => {}
    }
}

/// The JSON of a file, or the line where it breaks and why.
fn parse_json(bytes: &[u8]) -> Result<Value, (u64, String)> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes)
        .map_err(|_| (0, "not valid UTF-8; JSON must be UTF-8".to_string()))?;
    serde_json::from_str(text).map_err(|e| {
        (
            e.line() as u64,
            format!("invalid JSON ({e}); is the export truncated? Export the file again; the whole file was skipped"),
        )
    })
}

/// One file's records as they are read: messages, rejects and ignored events, counted.
pub struct Out<'a> {
    pub platform: Platform,
    pub file: &'a str,
    pub settings: &'a Settings,
    read: FileRead,
    seq: u64,
}

/// One message as a platform reader found it; [`Out::push`] makes it a [`Message`].
#[derive(Debug, Clone)]
pub struct Msg {
    pub conversation: String,
    pub id: String,
    pub time: Instant,
    pub role: Role,
    pub author_id: Option<String>,
    pub author_name: Option<String>,
    pub channel: Channel,
    pub text: String,
    pub quoted: Option<String>,
    pub internal: bool,
    pub subject: Option<String>,
    pub line: u64,
}

impl<'a> Out<'a> {
    pub fn new(platform: Platform, file: &'a str, settings: &'a Settings) -> Out<'a> {
        Out {
            platform,
            file,
            settings,
            read: FileRead::default(),
            seq: 0,
        }
    }

    /// A record that becomes a message (or a reject when its text is over the limit).
    pub fn push(&mut self, m: Msg) {
        if m.text.len() > self.settings.max_message_bytes {
            let reason = format!(
                "message text is {} bytes, over the limit of {} bytes; raise `[input] max_message_bytes` in otai.toml if this is real",
                m.text.len(),
                self.settings.max_message_bytes
            );
            self.reject(m.line, Some(m.id), reason);
            return;
        }
        if !self.settings.time_window.contains(m.time.utc_ms) {
            let reason = self.settings.time_window.reason(m.time.utc_ms);
            self.reject(m.line, Some(m.id), reason);
            return;
        }
        self.read.read += 1;
        self.read.partials.push(Partial {
            message: Message {
                conversation_id: m.conversation,
                message_id: m.id,
                timestamp_ms: m.time.utc_ms,
                utc_offset_s: m.time.offset_s,
                role: m.role,
                author_id: m.author_id,
                author_name: m.author_name,
                channel: m.channel,
                text: m.text,
                internal: m.internal,
                subject: m.subject,
                quoted_text: m.quoted,
                source_file: self.file.into(),
                source_line: m.line,
            },
            conversation_known: true,
            reply_to: None,
        });
    }

    /// A record that cannot be used: `reason` names the platform, the field and the fix.
    pub fn reject(&mut self, line: u64, id: Option<String>, reason: String) {
        self.read.read += 1;
        self.read.rejects.push(RecordError {
            file: self.file.to_string(),
            line,
            record_id: id,
            reason,
        });
    }

    /// A record that is an event, not a message (a Slack channel join, an Intercom
    /// assignment without text): counted in run.json's `ignored`.
    pub fn ignore(&mut self) {
        self.read.read += 1;
        self.read.ignored += 1;
    }

    pub fn finish(self) -> FileRead {
        self.read
    }

    /// A part of the file (a zip entry) not read, and why: listed in run.json's
    /// `skipped` as `FILE:ENTRY` (not a record: `read` does not count it).
    pub fn skip(&mut self, entry: &str, reason: String) {
        self.read.skipped.push(super::Skipped {
            path: format!("{}:{entry}", self.file),
            reason: reason.into(),
        });
    }

    /// The next record's number in the file (1-based): the `line` of JSON records.
    pub fn next_record(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    /// "<Platform> <what> <id>: <problem>" for rejects.
    /// A record rejected with the reason [`Out::why`] gives (`id` is both the record id
    /// and the one the reason names).
    pub fn refuse(&mut self, line: u64, what: &str, id: Option<String>, problem: &str) {
        let why = self.why(what, id.as_deref(), problem);
        self.reject(line, id, why);
    }

    pub fn why(&self, what: &str, id: Option<&str>, problem: &str) -> String {
        match id {
            Some(id) => format!(
                "{} {what} {}: {problem}",
                self.platform.label(),
                truncate_for_message(id)
            ),
            None => format!("{} {what}: {problem}", self.platform.label()),
        }
    }
}

/// A string or number field as trimmed text; `None` when missing, null or empty.
pub fn text_of(v: &Value, key: &str) -> Option<String> {
    scalar_text(v.get(key)?)
}

/// A string or number as trimmed text.
pub fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_string())
        }
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The first of `keys` that `v` has as text (camelCase and PascalCase exports alike).
pub fn text_of_any(v: &Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| text_of(v, k))
}

/// The first of `keys` that `v` has with a non-null value.
pub fn get_any<'v>(v: &'v Value, keys: &[&str]) -> Option<&'v Value> {
    keys.iter().find_map(|k| v.get(*k).filter(|x| !x.is_null()))
}

/// A time given as epoch seconds (number or string) or as an ISO 8601 / RFC 3339 text.
pub fn time_of(v: &Value, settings: &Settings) -> Option<Instant> {
    match v {
        Value::Number(n) => n.as_f64().and_then(|x| time::from_epoch(x, settings.tz)),
        Value::String(s) => time::parse(s, settings.tz),
        _ => None,
    }
}

/// A bool field; `None` when missing or null, `Err` when not a bool.
pub fn bool_of(v: &Value, key: &str) -> Result<Option<bool>, String> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(other) => Err(format!(
            "`{key}` is {}, not true or false",
            truncate_for_message(&other.to_string())
        )),
    }
}

/// Plain text from HTML: paragraphs, line breaks and list items become lines, links
/// keep their text, images and markup are dropped, entities decoded. Never panics:
/// HTML the converter refuses falls back to its text with tags removed.
pub fn html_to_text(html: &str) -> String {
    if !html.contains('<') && !html.contains('&') {
        return html.trim().to_string();
    }
    // Markup nested deeper than any real message is read as bare text: the converter
    // walks the tree, and a hostile depth must not exhaust a reader thread's stack.
    if nesting_depth(html) > MAX_HTML_DEPTH {
        return tidy_lines(&strip_tags(html));
    }
    // The converter wraps at `width` columns: wide enough that it never does.
    const WIDTH: usize = 1 << 16;
    let converted = std::panic::catch_unwind(|| {
        html2text::config::with_decorator(TextOnly)
            .link_footnotes(false)
            .raw_mode(true)
            .allow_width_overflow()
            .string_from_read(html.as_bytes(), WIDTH)
    });
    let text = match converted {
        Ok(Ok(t)) => t,
        _ => strip_tags(html),
    };
    tidy_lines(&text)
}

/// Deeper nesting than this is not a message someone wrote.
const MAX_HTML_DEPTH: usize = 512;

/// How deep the tags of `html` nest at most (opening minus closing tags; void and
/// self-closed tags do not count).
fn nesting_depth(html: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        let void = matches!(
            name.as_str(),
            "br" | "img"
                | "hr"
                | "meta"
                | "link"
                | "input"
                | "col"
                | "area"
                | "base"
                | "wbr"
                | "source"
        );
        if tag.starts_with('/') {
            depth = depth.saturating_sub(1);
        } else if !name.is_empty() && !void && !tag.ends_with('/') {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// Trailing spaces off every line, no more than one blank line in a row, trimmed.
fn tidy_lines(text: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n").replace('\u{a0}', " ")
}

/// The last resort for HTML the converter refused: text between tags.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a platform body says: HTML converted when `html`, then quoted earlier mail
/// and signatures moved out as for mail ([`super::mail::quote`]).
pub fn body_text(raw: &str, html: bool) -> (String, Option<String>) {
    let text = if html {
        html_to_text(raw)
    } else {
        raw.trim().to_string()
    };
    let split = super::mail::quote::split(&text);
    (split.text, split.quoted)
}

/// Does `raw` look like HTML (markup or an entity), rather than plain text that
/// merely contains `<` or `&`?
pub fn looks_like_html(raw: &str) -> bool {
    let t = raw.trim_start();
    t.starts_with('<') && t.contains('>')
        || [
            "</", "<br", "<p>", "<div", "&nbsp;", "&amp;", "&lt;", "&gt;", "&quot;", "&#",
        ]
        .iter()
        .any(|m| raw.contains(m))
}

/// An `html2text` decorator that writes text alone: no link brackets or footnotes, no
/// emphasis marks, no image names; quotes keep `> ` (so they move to `quoted_text`),
/// list items keep a marker.
#[derive(Clone, Debug)]
struct TextOnly;

impl html2text::render::TextDecorator for TextOnly {
    type Annotation = ();

    fn decorate_link_start(&mut self, _url: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_link_end(&mut self) -> String {
        String::new()
    }
    fn decorate_em_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_em_end(&self) -> String {
        String::new()
    }
    fn decorate_strong_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strong_end(&self) -> String {
        String::new()
    }
    fn decorate_strikeout_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_strikeout_end(&self) -> String {
        String::new()
    }
    fn decorate_code_start(&self) -> (String, ()) {
        (String::new(), ())
    }
    fn decorate_code_end(&self) -> String {
        String::new()
    }
    fn decorate_preformat_first(&self) {}
    fn decorate_preformat_cont(&self) {}
    fn decorate_image(&mut self, _src: &str, _title: &str) -> (String, ()) {
        (String::new(), ())
    }
    fn header_prefix(&self, _level: usize) -> String {
        String::new()
    }
    fn quote_prefix(&self) -> String {
        "> ".into()
    }
    fn unordered_item_prefix(&self) -> String {
        "- ".into()
    }
    fn ordered_item_prefix(&self, i: i64) -> String {
        format!("{i}. ")
    }
    fn make_subblock_decorator(&self) -> Self {
        TextOnly
    }
}

/// Channel names as helpdesks write them: e-mail, chat-like, anything else `other`.
pub fn channel_of(raw: &str) -> Channel {
    match raw.trim().to_lowercase().as_str() {
        "email" | "e-mail" | "mail" => Channel::Email,
        "chat" | "messaging" | "native_messaging" | "chat_transcript" | "livechat"
        | "live_chat" | "whatsapp" | "line" | "facebook" | "instagram" | "twitter" | "sms"
        | "web_widget" | "conversation" | "messenger" => Channel::Chat,
        _ => Channel::Other,
    }
}

/// A JSON file that sits beside `path` (same folder), parsed; `None` when absent or broken.
pub fn sibling_json(path: &Path, name: &str) -> Option<Value> {
    let p = path.parent()?.join(name);
    if p == path {
        return None;
    }
    read_metadata(&p)
}

/// The largest metadata file (users.json, a ticket beside its comments, a zip entry) read
/// whole: larger ones are not read, so memory never follows a hostile file.
pub const METADATA_MAX_BYTES: u64 = 256 << 20;

/// A metadata JSON file, read whole only under [`METADATA_MAX_BYTES`].
pub fn read_metadata(path: &Path) -> Option<Value> {
    let f = std::fs::File::open(path).ok()?;
    if f.metadata().ok()?.len() > METADATA_MAX_BYTES {
        return None;
    }
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(f, METADATA_MAX_BYTES + 1),
        &mut bytes,
    )
    .ok()?;
    if bytes.len() as u64 > METADATA_MAX_BYTES {
        return None;
    }
    parse_json(&bytes).ok()
}

/// The file name without its extension: conversation ids for exports that hold none.
pub fn file_stem(file: &str) -> String {
    let name = super::file_name(file);
    name.rsplit_once('.').map_or(name, |(s, _)| s).to_string()
}

// ---------------------------------------------------------------------------------
// Detection

/// What the first bytes of a JSON file hold: its keys, with their nesting depth.
struct Scan {
    /// `[` or `{`.
    top: u8,
    keys: Vec<(usize, String)>,
    /// Some `"type": "message"` pair was seen (Slack day files).
    type_message: bool,
    /// The first values of `"type"` keys (Intercom's "conversation").
    type_values: Vec<String>,
}

impl Scan {
    fn has(&self, key: &str) -> bool {
        self.keys.iter().any(|(_, k)| k == key)
    }
    fn has_at(&self, depth: usize, key: &str) -> bool {
        self.keys.iter().any(|(d, k)| *d == depth && k == key)
    }
}

/// Keys of a JSON text (possibly cut short) with their depth: 1 for the top object's
/// keys, 2 for keys of objects inside it, and so on. Strings are tracked with their
/// escapes, so text that merely contains a key name is not taken for one.
fn scan(text: &str) -> Option<Scan> {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    let top = *t.as_bytes().first()?;
    if top != b'[' && top != b'{' {
        return None;
    }
    let b = t.as_bytes();
    let mut keys = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    let mut type_message = false;
    let mut type_values = Vec::new();
    let mut last_key: Option<String> = None;
    while i < b.len() && keys.len() < 20_000 {
        match b[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                let s = t.get(start..j.min(b.len())).unwrap_or("");
                let mut k = j + 1;
                while k < b.len() && b[k].is_ascii_whitespace() {
                    k += 1;
                }
                if k < b.len() && b[k] == b':' {
                    last_key = Some(s.to_string());
                    keys.push((depth, s.to_string()));
                } else {
                    if last_key.as_deref() == Some("type") {
                        type_message |= s == "message";
                        if type_values.len() < 64 {
                            type_values.push(s.to_string());
                        }
                    }
                    last_key = None;
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    Some(Scan {
        top,
        keys,
        type_message,
        type_values,
    })
}

/// The platform whose export `head` (a file's first bytes) is, if any.
pub fn detect(head: &[u8]) -> Option<Platform> {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    if head.starts_with(b"[LINE]") {
        return Some(Platform::Line);
    }
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        // A cut inside a UTF-8 sequence at the end of the head is fine.
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&head[..e.valid_up_to()]).ok()?,
        Err(_) => return None,
    };
    let s = scan(text)?;
    if s.has("conversation_parts")
        || s.has("conversation_message")
        || s.has("source")
            && s.type_values
                .iter()
                .any(|t| t == "conversation" || t == "conversation.list")
    {
        return Some(Platform::Intercom);
    }
    if s.has("_embedded") && s.has("threads") || s.has("threads") && s.has("mailboxId") {
        return Some(Platform::HelpScout);
    }
    if s.has("description_text") || s.has("incoming") && s.has("body_text") {
        return Some(Platform::Freshdesk);
    }
    if s.has_at(1, "audits")
        || s.has_at(1, "comments") && (s.has("plain_body") || s.has("html_body") || s.has("public"))
        || s.has_at(1, "ticket") && s.has("requester_id") && s.has("via")
    {
        return Some(Platform::Zendesk);
    }
    if s.has("message_type") && s.has("content") {
        return Some(Platform::Chatwoot);
    }
    if (s.has("messageType") || s.has("MessageType"))
        && [
            "replyToId",
            "ReplyToId",
            "createdDateTime",
            "CreatedDateTime",
        ]
        .iter()
        .any(|k| s.has(k))
    {
        return Some(Platform::Teams);
    }
    if s.top == b'[' && s.has_at(2, "ts") && s.type_message {
        return Some(Platform::Slack);
    }
    // A Slack export's users.json or channels.json given by name: metadata, read as none.
    if s.top == b'['
        && (s.has_at(2, "profile") && s.has_at(2, "is_bot")
            || s.has_at(2, "members") && s.has_at(2, "purpose"))
    {
        return Some(Platform::Slack);
    }
    None
}

/// Is this a LINE chat history (.txt whose first line starts with `[LINE]`)?
pub fn is_line_history(path: &Path) -> bool {
    use std::io::Read as _;
    let mut head = [0u8; 16];
    let Ok(mut f) = std::fs::File::open(path) else {
        return false;
    };
    let n = f.read(&mut head).unwrap_or(0);
    let head = &head[..n];
    head.strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(head)
        .starts_with(b"[LINE]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_keys_not_by_text() {
        let d = |s: &str| detect(s.as_bytes());
        assert_eq!(
            d(r#"{"type":"conversation","conversation_parts":{}}"#),
            Some(Platform::Intercom)
        );
        assert_eq!(
            d(r#"{"_embedded":{"threads":[]}}"#),
            Some(Platform::HelpScout)
        );
        assert_eq!(
            d(r#"[{"body_text":"x","incoming":true}]"#),
            Some(Platform::Freshdesk)
        );
        assert_eq!(
            d(r#"{"comments":[{"public":true}]}"#),
            Some(Platform::Zendesk)
        );
        assert_eq!(d(r#"{"audits":[]}"#), Some(Platform::Zendesk));
        assert_eq!(
            d(r#"{"payload":[{"content":"x","message_type":0}]}"#),
            Some(Platform::Chatwoot)
        );
        assert_eq!(
            d(r#"[{"Id":"1","MessageType":"message","ReplyToId":null}]"#),
            Some(Platform::Teams)
        );
        assert_eq!(
            d(r#"[{"type":"message","ts":"1.2","text":"x"}]"#),
            Some(Platform::Slack)
        );
        assert_eq!(d("\u{feff}[LINE] 山田とのトーク履歴"), Some(Platform::Line));
        // A key name inside a string value is text, not a key.
        assert_eq!(
            d(r#"{"messages":[{"text":"\"conversation_parts\": 1"}]}"#),
            None
        );
        assert_eq!(
            d(r#"[{"conversation_id":"c","text":"type: message"}]"#),
            None
        );
        // Cut short (a large export's first 64 KiB) still tells.
        assert_eq!(
            d(r#"{"audits":[{"id":1,"events":[{"body":"trunc"#),
            Some(Platform::Zendesk)
        );
        assert_eq!(d("not json"), None);
    }

    #[test]
    fn html_becomes_lines_of_text() {
        let t = html_to_text(
            "<p>Hi Alice,</p>\n\n<p>We noticed <b>you</b> using <a href=\"x\">our Product</a>.</p><ul><li>one</li><li>two</li></ul><p>a<br>b &amp; c</p>",
        );
        assert_eq!(
            t,
            "Hi Alice,\n\nWe noticed you using our Product.\n- one\n- two\n\na\nb & c"
        );
        assert_eq!(html_to_text("plain"), "plain");
        assert_eq!(html_to_text("<systemEventMessage/>"), "");
        let (text, quoted) = body_text(
            "<p>Thanks!</p><blockquote><p>old mail</p></blockquote>",
            true,
        );
        assert_eq!(text, "Thanks!");
        assert_eq!(quoted.as_deref(), Some("> old mail"));
        // Deep nesting and broken markup neither panic nor overflow the stack.
        let deep = "<div>".repeat(200_000) + "x";
        assert_eq!(html_to_text(&deep), "x");
        assert_eq!(html_to_text(&("<b>".repeat(400) + "y")), "y");
        assert_eq!(
            nesting_depth("<p>a<br>b<img src=x/></p><div><span>c</span></div>"),
            2
        );
        assert_eq!(html_to_text("<p>a<b>b</p>c</i>"), "ab\n\nc");
        assert!(looks_like_html("<div>x</div>") && looks_like_html("a&nbsp;b"));
        assert!(!looks_like_html("a < b & c\nnext line") && !looks_like_html("<3"));
    }
}
