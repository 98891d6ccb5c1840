//! Key/value records (a JSON object, or a CSV row keyed by its header) → canonical
//! messages. Keys are found by explicit mapping (`[input.columns]` in otai.toml) first,
//! then by the aliases common exports use; role values by `[input.roles]`, then aliases.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::time;
use super::{RecordError, Settings};
use crate::schema::{Channel, Message, Role};

/// The canonical fields a record can carry, plus the reply link used for reply chains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    ConversationId,
    MessageId,
    Timestamp,
    Role,
    AuthorId,
    AuthorName,
    Channel,
    Text,
    Internal,
    Subject,
    ReplyTo,
    /// The agent who wrote an agent's message, in exports that name it in its own column
    /// (`agent_id`, `assignee`, 担当者 …): read only for agent messages, and only where the
    /// record names no author.
    AgentId,
    AgentName,
}

impl Field {
    pub const ALL: [Field; 13] = [
        Field::ConversationId,
        Field::MessageId,
        Field::Timestamp,
        Field::Role,
        Field::AuthorId,
        Field::AuthorName,
        Field::Channel,
        Field::Text,
        Field::Internal,
        Field::Subject,
        Field::ReplyTo,
        Field::AgentId,
        Field::AgentName,
    ];

    /// The name used in `[input.columns]`.
    pub fn config_name(self) -> &'static str {
        match self {
            Field::ConversationId => "conversation_id",
            Field::MessageId => "message_id",
            Field::Timestamp => "timestamp",
            Field::Role => "role",
            Field::AuthorId => "author_id",
            Field::AuthorName => "author_name",
            Field::Channel => "channel",
            Field::Text => "text",
            Field::Internal => "internal",
            Field::Subject => "subject",
            Field::ReplyTo => "reply_to",
            Field::AgentId => "agent_id",
            Field::AgentName => "agent_name",
        }
    }

    pub fn from_config_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.config_name() == name)
    }

    /// Normalised key aliases (see [`normalize_key`]), most specific first.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Field::ConversationId => &[
                "conversationid",
                "conversation",
                "convid",
                "threadid",
                "ticketid",
                "ticket",
                "chatid",
                "sessionid",
                "dialogid",
                "dialogueid",
                "caseid",
                "会話id",
                "問い合わせid",
                "問合せid",
                "チケットid",
                "スレッドid",
                "ticketnumber",
                "ticketno",
                "casenumber",
                "caseno",
                "問い合わせ番号",
                "問合せ番号",
                "お問い合わせ番号",
                "チケット番号",
                "受付番号",
                "案件番号",
            ],
            Field::MessageId => &["messageid", "msgid", "id", "tweetid", "メッセージid"],
            Field::Timestamp => &[
                "timestamp",
                "createdat",
                "time",
                "date",
                "sentat",
                "datetime",
                "ts",
                "postedat",
                "日時",
                "送信日時",
                "時刻",
                "日付",
            ],
            Field::Role => &[
                "role",
                "senderrole",
                "sendertype",
                "authorrole",
                "authortype",
                "speaker",
                "fromrole",
                "participantrole",
                "送信者種別",
                "役割",
                "話者",
                "発言者種別",
            ],
            Field::AuthorId => &[
                "authorid",
                "senderid",
                "userid",
                "fromid",
                "speakerid",
                "送信者id",
            ],
            Field::AuthorName => &[
                "authorname",
                "sendername",
                "author",
                "sender",
                "name",
                "displayname",
                "送信者",
                "送信者名",
                "名前",
            ],
            Field::Channel => &[
                "channel",
                "medium",
                "sourcechannel",
                "チャネル",
                "チャンネル",
            ],
            Field::Text => &[
                "text",
                "body",
                "message",
                "content",
                "msg",
                "本文",
                "メッセージ",
                "内容",
            ],
            Field::Internal => &[
                "internal",
                "isinternal",
                "private",
                "isprivate",
                "internalnote",
                "内部メモ",
            ],
            Field::Subject => &["subject", "title", "件名"],
            Field::ReplyTo => &[
                "inresponseto",
                "inresponsetotweetid",
                "inreplyto",
                "replyto",
                "parentid",
                "parentmessageid",
            ],
            Field::AgentId => &[
                "agentid",
                "assigneeid",
                "operatorid",
                "staffid",
                "担当者id",
                "オペレーターid",
                "対応者id",
            ],
            Field::AgentName => &[
                "agentname",
                "agent",
                "assignee",
                "assigneename",
                "operator",
                "operatorname",
                "staff",
                "staffname",
                "担当者",
                "担当者名",
                "オペレーター",
                "オペレーター名",
                "対応者",
                "対応者名",
            ],
        }
    }
}

/// Lower-cases a key and drops `_`, `-`, `.` and spaces: "Created_At" → "createdat".
pub fn normalize_key(key: &str) -> String {
    key.trim()
        .trim_start_matches('\u{feff}')
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | ' ' | '.' | '　'))
        .collect()
}

/// Which key of a record holds each field. Built once per file (CSV header) or per record.
#[derive(Debug, Clone, Default)]
pub struct KeyMap {
    keys: BTreeMap<Field, String>,
    /// Which of [`NESTED_AUTHOR_KEYS`] the record has, in that order.
    nested: Vec<&'static str>,
}

/// Keys of a nested author object ({"author": {"id": .., "name": .., "role": ..}}), as
/// some platforms export, in the order they are tried.
const NESTED_AUTHOR_KEYS: [&str; 4] = ["author", "sender", "from", "user"];

impl KeyMap {
    /// Resolves fields against the keys present: explicit mapping first, then aliases in order.
    pub fn resolve<'a>(keys: impl Iterator<Item = &'a str> + Clone, settings: &Settings) -> KeyMap {
        let mut map: BTreeMap<Field, String> = BTreeMap::new();
        // Explicit mappings win when their column is present; otherwise aliases apply
        // (one otai.toml may cover a CSV export and JSONL files side by side).
        for field in Field::ALL {
            if let Some(explicit) = settings.columns.get(field.config_name())
                && let Some(k) = keys.clone().find(|k| k.trim() == explicit.trim())
            {
                map.insert(field, k.to_string());
            }
        }
        let nested = NESTED_AUTHOR_KEYS
            .into_iter()
            .filter(|n| keys.clone().any(|k| k == *n))
            .collect();
        let normalized: Vec<(String, &str)> = keys.map(|k| (normalize_key(k), k)).collect();
        for field in Field::ALL {
            if map.contains_key(&field) {
                continue;
            }
            for alias in field.aliases() {
                // One key never serves two fields (e.g. "message" as id and as text).
                let found = normalized
                    .iter()
                    .find(|(n, k)| n == alias && !map.values().any(|used| used == k));
                if let Some((_, k)) = found {
                    map.insert(field, (*k).to_string());
                    break;
                }
            }
        }
        KeyMap { keys: map, nested }
    }

    pub fn key(&self, field: Field) -> Option<&str> {
        self.keys.get(&field).map(String::as_str)
    }

    /// The role column found by what it holds, when no key names the role: among the
    /// keys no field uses, the one whose non-empty values in `rows` are nearly all role
    /// words (`[input.roles]`, then the built-in ones: 顧客, オペレーター, agent …), of at
    /// least two roles. Sets it, and says which and why.
    pub fn infer_role(
        &mut self,
        rows: &[&serde_json::Map<String, Value>],
        settings: &Settings,
    ) -> Option<String> {
        if self.keys.contains_key(&Field::Role) || rows.is_empty() {
            return None;
        }
        let keys: Vec<&String> = rows[0]
            .keys()
            .filter(|k| !self.keys.values().any(|used| used == *k))
            .collect();
        let mut best: Option<(usize, &String, Vec<String>)> = None;
        for key in keys {
            let values: Vec<&str> = rows
                .iter()
                .filter_map(|r| r.get(key.as_str()).and_then(Value::as_str))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .collect();
            let role = |v: &str| {
                settings
                    .roles
                    .get(v)
                    .copied()
                    .or_else(|| Role::from_alias(v))
            };
            let roles: std::collections::BTreeSet<Role> =
                values.iter().filter_map(|v| role(v)).collect();
            let hits = values.iter().filter(|v| role(v).is_some()).count();
            // Nearly all values are roles (a stray typo is a reject later), two roles at least.
            if values.len() < 2 || hits * 10 < values.len() * 9 || roles.len() < 2 {
                continue;
            }
            if best.as_ref().is_none_or(|(n, _, _)| hits > *n) {
                let mut seen: Vec<String> = values.iter().map(|v| v.to_string()).collect();
                seen.sort();
                seen.dedup();
                seen.truncate(4);
                best = Some((hits, key, seen));
            }
        }
        let (_, key, seen) = best?;
        self.keys.insert(Field::Role, key.clone());
        Some(format!(
            "role ← column \"{key}\": its values are role words ({}); set `[input.columns] role = \"<column>\"` in otai.toml to choose another",
            seen.join(", ")
        ))
    }
}

/// A message whose conversation may still be unknown (reply chains are linked later).
#[derive(Debug, Clone)]
pub struct Partial {
    pub message: Message,
    pub conversation_known: bool,
    pub reply_to: Option<String>,
}

/// A field's value, borrowed from the record that holds it.
#[derive(Debug, Clone, Copy)]
pub enum Val<'a> {
    Null,
    Bool(bool),
    Num(&'a serde_json::Number),
    Str(&'a str),
    /// An object or array (only nested author objects are read).
    Nested(&'a Value),
}

impl<'a> From<&'a Value> for Val<'a> {
    fn from(v: &'a Value) -> Self {
        match v {
            Value::Null => Val::Null,
            Value::Bool(b) => Val::Bool(*b),
            Value::Number(n) => Val::Num(n),
            Value::String(s) => Val::Str(s),
            Value::Array(_) | Value::Object(_) => Val::Nested(v),
        }
    }
}

/// As JSON, the way `Value` prints it: for messages that quote a bad value.
impl std::fmt::Display for Val<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Val::Null => f.write_str("null"),
            Val::Bool(b) => write!(f, "{b}"),
            Val::Num(n) => write!(f, "{n}"),
            Val::Str(s) => write!(f, "{}", Value::from(*s)),
            Val::Nested(v) => write!(f, "{v}"),
        }
    }
}

/// A record's fields by key: a JSON object, a CSV row keyed by its header, or a JSONL
/// line read without building a `Value` ([`super::lite`]).
pub trait Record {
    fn get(&self, key: &str) -> Option<Val<'_>>;
}

impl Record for Map<String, Value> {
    fn get(&self, key: &str) -> Option<Val<'_>> {
        Map::get(self, key).map(Val::from)
    }
}

fn value_text(v: Val<'_>) -> Option<String> {
    match v {
        Val::Null | Val::Nested(_) => None,
        Val::Str(s) => {
            let t = s.trim();
            (!t.is_empty()).then(|| t.to_string())
        }
        Val::Num(n) => Some(n.to_string()),
        Val::Bool(b) => Some(b.to_string()),
    }
}

fn parse_bool(v: Val<'_>) -> Option<bool> {
    match v {
        Val::Bool(b) => Some(b),
        Val::Num(n) => n.as_i64().map(|i| i != 0),
        Val::Str(s) => match s.trim().to_lowercase().as_str() {
            "true" | "t" | "yes" | "y" | "1" | "はい" | "内部" | "社内" => Some(true),
            "false" | "f" | "no" | "n" | "0" | "" | "いいえ" | "公開" => Some(false),
            _ => None,
        },
        Val::Null => Some(false),
        Val::Nested(_) => None,
    }
}

/// Where a record came from, for messages and rejects.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    pub file: &'a str,
    pub line: u64,
}

/// Turns one record into a message. `keys` comes from [`KeyMap::resolve`].
pub fn to_message<R: Record + ?Sized>(
    obj: &R,
    keys: &KeyMap,
    inherited_conversation: Option<&str>,
    origin: Origin<'_>,
    settings: &Settings,
) -> Result<Partial, RecordError> {
    let get = |f: Field| keys.key(f).and_then(|k| obj.get(k));
    let text_of = |f: Field| get(f).and_then(value_text);
    // Nested author objects ({"author": {"id": .., "name": .., "role": ..}}) as some platforms
    // export; only keys the record has are looked up.
    let nested = keys.nested.iter().find_map(|k| match obj.get(k) {
        Some(Val::Nested(Value::Object(m))) => Some(m),
        _ => None,
    });
    let nested_text = |names: &[&str]| {
        nested.and_then(|n| {
            names
                .iter()
                .find_map(|k| n.get(*k).map(Val::from).and_then(value_text))
        })
    };

    let record_id = text_of(Field::MessageId);
    let err = |reason: String| RecordError {
        file: origin.file.to_string(),
        line: origin.line,
        record_id: record_id.clone(),
        reason,
    };

    let text_value = match keys.key(Field::Text) {
        None => {
            return Err(err(format!(
                "no text field; looked for {}; map it with `[input.columns] text = \"<column>\"` in otai.toml",
                Field::Text.aliases().join(", ")
            )));
        }
        Some(k) => obj.get(k),
    };
    let text = match text_value {
        None | Some(Val::Null) => String::new(),
        Some(Val::Str(s)) => s.to_string(),
        Some(other @ (Val::Num(_) | Val::Bool(_))) => other.to_string(),
        Some(Val::Nested(_)) => {
            return Err(err("text is an object or array, not a string".into()));
        }
    };
    if text.len() > settings.max_message_bytes {
        return Err(err(format!(
            "message text is {} bytes, over the limit of {} bytes; raise `[input] max_message_bytes` in otai.toml if this is real",
            text.len(),
            settings.max_message_bytes
        )));
    }

    let ts_value = get(Field::Timestamp).ok_or_else(|| {
        err(format!(
            "no timestamp; looked for {}; map it with `[input.columns] timestamp = \"<column>\"`",
            Field::Timestamp.aliases().join(", ")
        ))
    })?;
    let instant = match ts_value {
        Val::Num(n) => n.as_f64().and_then(|v| time::from_epoch(v, settings.tz)),
        Val::Str(s) => time::parse(s, settings.tz),
        _ => None,
    }
    .ok_or_else(|| {
        err(format!(
            "invalid timestamp {}; use RFC 3339 (2026-03-02T10:15:00+09:00), \"2026-03-02 10:15:00\", \"2026/03/02 10:15\" or epoch seconds",
            truncate_for_message(&ts_value.to_string())
        ))
    })?;
    if !settings.time_window.contains(instant.utc_ms) {
        return Err(err(settings.time_window.reason(instant.utc_ms)));
    }

    let raw_role = text_of(Field::Role).or_else(|| nested_text(&["role", "type"]));
    let role = match raw_role {
        None => {
            return Err(err(format!(
                "no role; looked for {}; map it with `[input.columns] role = \"<column>\"`",
                Field::Role.aliases().join(", ")
            )));
        }
        Some(r) => settings
            .roles
            .get(r.trim())
            .copied()
            .or_else(|| Role::from_alias(&r))
            .ok_or_else(|| {
                err(format!(
                    "unknown role \"{}\"; use customer, agent, bot or system, or map it with `[input.roles] \"{}\" = \"agent\"`",
                    truncate_for_message(&r),
                    truncate_for_message(&r)
                ))
            })?,
    };

    let reply_to = text_of(Field::ReplyTo);
    let conversation =
        text_of(Field::ConversationId).or_else(|| inherited_conversation.map(str::to_string));
    let conversation_known = conversation.is_some();
    if !conversation_known && keys.key(Field::ReplyTo).is_none() {
        return Err(err(format!(
            "no conversation id; looked for {}; map it with `[input.columns] conversation_id = \"<column>\"`",
            Field::ConversationId.aliases().join(", ")
        )));
    }

    let internal = match get(Field::Internal) {
        None => false,
        Some(v) => parse_bool(v).ok_or_else(|| {
            err(format!(
                "internal flag {} is not true/false",
                truncate_for_message(&v.to_string())
            ))
        })?,
    };
    let channel = text_of(Field::Channel)
        .map(|c| Channel::from_alias(&c))
        .unwrap_or(settings.default_channel);

    // An agent named in its own column (agent, assignee, 担当者 …) is the author of an
    // agent's message that names none; its name stands for its id when there is no id.
    let agent = |f: Field| (role == Role::Agent).then(|| text_of(f)).flatten();
    let author_id = text_of(Field::AuthorId)
        .or_else(|| nested_text(&["id", "email"]))
        .or_else(|| agent(Field::AgentId))
        .or_else(|| agent(Field::AgentName));
    let author_name = text_of(Field::AuthorName)
        .or_else(|| nested_text(&["name", "display_name"]))
        .or_else(|| agent(Field::AgentName));
    let message = Message {
        conversation_id: conversation.unwrap_or_default(),
        message_id: record_id.clone().unwrap_or_default(),
        timestamp_ms: instant.utc_ms,
        utc_offset_s: instant.offset_s,
        role,
        author_id,
        author_name,
        channel,
        text,
        internal,
        subject: text_of(Field::Subject),
        quoted_text: None,
        source_file: origin.file.to_string(),
        source_line: origin.line,
    };
    Ok(Partial {
        message,
        conversation_known,
        reply_to,
    })
}

/// Shortens a hostile or huge value before it goes into a message.
pub fn truncate_for_message(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let head: String = s.chars().take(MAX).collect();
        format!("{head}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn run(v: Value) -> Result<Partial, RecordError> {
        let settings = Settings::default();
        let obj = v.as_object().unwrap().clone();
        let keys = KeyMap::resolve(obj.keys().map(String::as_str), &settings);
        to_message(
            &obj,
            &keys,
            None,
            Origin {
                file: "f.jsonl",
                line: 3,
            },
            &settings,
        )
    }

    #[test]
    fn aliases_resolve() {
        let p = run(
            json!({"ticket_id": 42, "id": "m1", "created_at": "2026/03/02 10:15",
            "sender_type": "Operator", "body": "お待たせいたしました", "is_private": "yes"}),
        )
        .unwrap();
        assert_eq!(p.message.conversation_id, "42");
        assert_eq!(p.message.role, Role::Agent);
        assert!(p.message.internal);
        assert_eq!(p.message.utc_offset_s, 9 * 3600);
    }

    #[test]
    fn rejects_name_the_problem() {
        let e =
            run(json!({"conversation_id": "c", "timestamp": "soon", "role": "agent", "text": "x"}))
                .unwrap_err();
        assert!(e.reason.contains("invalid timestamp"), "{}", e.reason);
        assert_eq!(e.line, 3);
        let e = run(
            json!({"conversation_id": "c", "timestamp": 1772414100, "role": "alien", "text": "x"}),
        )
        .unwrap_err();
        assert!(e.reason.contains("unknown role \"alien\""), "{}", e.reason);
        let e = run(json!({"timestamp": 1772414100, "role": "agent", "text": "x"})).unwrap_err();
        assert!(e.reason.contains("no conversation id"), "{}", e.reason);
        let e =
            run(json!({"conversation_id": "c", "timestamp": 1772414100, "text": "x"})).unwrap_err();
        assert!(e.reason.contains("no role"), "{}", e.reason);
    }

    #[test]
    fn nested_author_object() {
        let p = run(json!({"conversation_id": "c", "timestamp": 1772414100,
            "author": {"id": "a1", "name": "佐藤", "role": "admin"}, "text": "x"}))
        .unwrap();
        assert_eq!(p.message.role, Role::Agent);
        assert_eq!(p.message.author_id.as_deref(), Some("a1"));
    }

    #[test]
    fn reply_link_allows_missing_conversation() {
        let p = run(
            json!({"tweet_id": 5, "in_response_to_tweet_id": 4, "created_at": 1772414100,
            "role": "customer", "text": "hi"}),
        )
        .unwrap();
        assert!(!p.conversation_known);
        assert_eq!(p.reply_to.as_deref(), Some("4"));
    }
}
