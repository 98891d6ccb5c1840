//! The canonical message schema: column names as constants, the closed value sets
//! (role, channel) and the in-memory [`Message`] record every reader produces.
//!
//! Column names are a contract with users (Parquet/CSV consumers, `queries/*.sql`):
//! change them only together with README.md.

use std::fmt;

pub const CONVERSATION_ID: &str = "conversation_id";
pub const MESSAGE_ID: &str = "message_id";
pub const TIMESTAMP: &str = "timestamp";
pub const UTC_OFFSET_S: &str = "utc_offset_s";
pub const ROLE: &str = "role";
pub const AUTHOR_ID: &str = "author_id";
pub const AUTHOR_NAME: &str = "author_name";
pub const CHANNEL: &str = "channel";
pub const TEXT: &str = "text";
pub const INTERNAL: &str = "internal";
pub const SUBJECT: &str = "subject";
pub const QUOTED_TEXT: &str = "quoted_text";
pub const SOURCE_FILE: &str = "source_file";
pub const SOURCE_LINE: &str = "source_line";
/// Not part of the input schema: `ja` or `en`, decided by [`crate::text::detect_language`].
pub const LANGUAGE: &str = "language";

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Customer,
    Agent,
    Bot,
    System,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::Agent => "agent",
            Role::Bot => "bot",
            Role::System => "system",
        }
    }

    /// Maps the role names that support platforms use onto the four canonical roles.
    /// Case, surrounding space, `-`/`_` and spaces inside are ignored.
    pub fn from_alias(raw: &str) -> Option<Role> {
        let key: String = raw
            .trim()
            .to_lowercase()
            .chars()
            .filter(|c| !matches!(c, '-' | '_' | ' '))
            .collect();
        let role = match key.as_str() {
            "customer" | "client" | "enduser" | "contact" | "visitor" | "requester" | "guest"
            | "consumer" | "inbound" | "顧客" | "お客様" | "お客さま" | "客" | "利用者"
            | "ユーザー" => Role::Customer,
            "agent" | "operator" | "staff" | "support" | "admin" | "user" | "rep"
            | "representative" | "supportagent" | "csr" | "outbound" | "オペレーター"
            | "オペレータ" | "担当者" | "担当" | "サポート" | "スタッフ" | "窓口" | "対応者"
            | "係員" => Role::Agent,
            "bot"
            | "chatbot"
            | "autoreply"
            | "automation"
            | "virtualagent"
            | "ボット"
            | "チャットボット"
            | "自動応答" => Role::Bot,
            "system" | "event" | "action" | "notice" | "システム" => Role::System,
            _ => return None,
        };
        Some(role)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The medium a conversation happened in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    Chat,
    Email,
    Other,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Chat => "chat",
            Channel::Email => "email",
            Channel::Other => "other",
        }
    }

    /// Unknown channel names become `Other` rather than a reject: the channel only
    /// selects SLA targets, and a wrong guess is worse than an honest "other".
    pub fn from_alias(raw: &str) -> Channel {
        match raw.trim().to_lowercase().as_str() {
            "chat" | "livechat" | "live_chat" | "messaging" | "messenger" | "line" | "sms"
            | "whatsapp" | "twitter" | "web" | "widget" | "チャット" => Channel::Chat,
            "email" | "e-mail" | "mail" | "メール" => Channel::Email,
            _ => Channel::Other,
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One canonical message, as every reader produces it.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub conversation_id: String,
    pub message_id: String,
    /// Milliseconds since the Unix epoch, UTC.
    pub timestamp_ms: i64,
    /// The offset the source wrote the time in (or the `--tz` offset for naive times).
    pub utc_offset_s: i32,
    pub role: Role,
    pub author_id: Option<String>,
    pub author_name: Option<String>,
    pub channel: Channel,
    /// What this message newly says (quoted mail and signatures removed).
    pub text: String,
    pub internal: bool,
    pub subject: Option<String>,
    pub quoted_text: Option<String>,
    pub source_file: std::sync::Arc<str>,
    /// 1-based line of the record (CSV/JSONL/JSON/mbox); 1 for a single-message file.
    pub source_line: u64,
}

/// One input record that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RecordError {
    pub file: String,
    /// 1-based line (or message number for mail files); 0 when the whole file failed.
    pub line: u64,
    pub record_id: Option<String>,
    pub reason: String,
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

/// A message for unit tests: its id is the conversation and the time, its source line
/// the time.
#[cfg(test)]
pub(crate) fn test_message(
    conversation: &str,
    ts: i64,
    role: Role,
    author: Option<&str>,
    internal: bool,
) -> Message {
    Message {
        conversation_id: conversation.into(),
        message_id: format!("{conversation}-{ts}"),
        timestamp_ms: ts,
        utc_offset_s: 0,
        role,
        author_id: author.map(str::to_string),
        author_name: None,
        channel: Channel::Chat,
        text: String::new(),
        internal,
        subject: None,
        quoted_text: None,
        source_file: "t.jsonl".into(),
        source_line: ts as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_aliases() {
        for (raw, want) in [
            ("Operator", Some(Role::Agent)),
            ("end_user", Some(Role::Customer)),
            ("End User", Some(Role::Customer)),
            ("オペレーター", Some(Role::Agent)),
            ("visitor", Some(Role::Customer)),
            ("requester", Some(Role::Customer)),
            ("staff", Some(Role::Agent)),
            ("BOT", Some(Role::Bot)),
            ("system", Some(Role::System)),
            ("martian", None),
            ("", None),
        ] {
            assert_eq!(Role::from_alias(raw), want, "{raw}");
        }
    }

    #[test]
    fn channel_aliases() {
        assert_eq!(Channel::from_alias("E-Mail"), Channel::Email);
        assert_eq!(Channel::from_alias("chat"), Channel::Chat);
        assert_eq!(Channel::from_alias("fax"), Channel::Other);
    }
}
