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

    /// Some key names a message's author (or the agent).
    pub fn names_author(&self) -> bool {
        !self.nested.is_empty()
            || [
                Field::AuthorId,
                Field::AuthorName,
                Field::AgentId,
                Field::AgentName,
            ]
            .iter()
            .any(|f| self.keys.contains_key(f))
    }

    pub fn key(&self, field: Field) -> Option<&str> {
        self.keys.get(&field).map(String::as_str)
    }

    /// Fields no key names, found by what their column holds in `rows` (the first rows of
    /// the file), among the keys no field uses: the role ([`role_column`]), the timestamp
    /// ([`time_column`]), the conversation id ([`id_column`]), the text ([`text_column`],
    /// not a column that stays the same over a conversation) and the agent
    /// ([`Self::infer_agent`]). Sets each one found and says which column and why.
    ///
    /// `keys` are the file's columns in their order (a CSV header; a JSONL sample's keys):
    /// on a tie the earlier column wins.
    pub fn infer(
        &mut self,
        keys: &[String],
        rows: &[&Map<String, Value>],
        settings: &Settings,
    ) -> Vec<Inferred> {
        let mut found = Vec::new();
        if rows.is_empty() {
            return found;
        }
        for field in [
            Field::Role,
            Field::Timestamp,
            Field::ConversationId,
            Field::Text,
        ] {
            if self.keys.contains_key(&field) {
                continue;
            }
            let free: Vec<&String> = keys
                .iter()
                .filter(|k| !self.keys.values().any(|used| used == *k))
                .filter(|k| !self.nested.contains(&k.as_str()))
                .collect();
            let mut best: Option<(f64, &String, String)> = None;
            for key in free {
                let values: Vec<String> = rows
                    .iter()
                    .filter_map(|r| r.get(key.as_str()).map(Val::from).and_then(value_text))
                    .collect();
                if values.len() < 2 {
                    continue;
                }
                let judged = match field {
                    Field::Role => role_column(&values, settings),
                    Field::Timestamp => time_column(&values, settings),
                    Field::Text if repeats_in_runs(&values) => None,
                    Field::ConversationId => id_column(&values),
                    _ => text_column(&values),
                };
                if let Some((score, why)) = judged
                    && best.as_ref().is_none_or(|(b, _, _)| score > *b)
                {
                    best = Some((score, key, why));
                }
            }
            if let Some((_, key, why)) = best {
                self.keys.insert(field, key.clone());
                found.push(Inferred {
                    field,
                    column: key.clone(),
                    why,
                });
            }
        }
        if let Some(i) = self.infer_agent(rows, keys, settings) {
            self.keys.insert(i.field, i.column.clone());
            found.push(i);
        }
        found
    }

    /// The agent's column, when nothing names a message's author: the free column filled
    /// on (nearly) every agent row and empty on (nearly) every customer row, with short
    /// values (a name or a code, not text).
    fn infer_agent(
        &self,
        rows: &[&Map<String, Value>],
        keys: &[String],
        settings: &Settings,
    ) -> Option<Inferred> {
        if self.names_author() {
            return None;
        }
        let role_key = self.keys.get(&Field::Role)?;
        let role_of = |r: &Map<String, Value>| {
            let v = r
                .get(role_key.as_str())
                .map(Val::from)
                .and_then(value_text)?;
            role_value(&v, settings)
        };
        let mut best: Option<(usize, &String)> = None;
        for key in keys
            .iter()
            .filter(|k| !self.keys.values().any(|used| used == *k))
        {
            let value =
                |r: &Map<String, Value>| r.get(key.as_str()).map(Val::from).and_then(value_text);
            let (mut agent, mut agent_filled, mut customer, mut customer_empty) = (0, 0, 0, 0);
            let mut short = true;
            for r in rows {
                let v = value(r);
                if let Some(v) = &v {
                    short &= v.chars().count() <= 40 && v.split_whitespace().count() <= 4;
                }
                match role_of(r) {
                    Some(Role::Agent) => {
                        agent += 1;
                        agent_filled += usize::from(v.is_some());
                    }
                    Some(Role::Customer) => {
                        customer += 1;
                        customer_empty += usize::from(v.is_none());
                    }
                    _ => {}
                }
            }
            // A name or a code that comes back (an agent answers many messages), not a
            // number per reply ("Wait (min)": 3, 4, 5).
            let named: Vec<String> = rows.iter().filter_map(|r| value(r)).collect();
            let wordy = named.iter().any(|v| v.chars().any(|c| c.is_alphabetic()));
            let fits = short
                && wordy
                && (distinct(&named) < named.len() || named.len() < 4)
                && agent >= 2
                && customer > 0
                && agent_filled * 10 >= agent * 9
                && customer_empty * 10 >= customer * 9;
            if fits && best.is_none_or(|(n, _)| agent_filled > n) {
                best = Some((agent_filled, key));
            }
        }
        let (_, key) = best?;
        Some(Inferred {
            field: Field::AgentName,
            column: key.clone(),
            why: "it is filled on agents' messages and empty on customers' (a name or code)"
                .to_string(),
        })
    }

    /// Every key of the file (in the order given) with the field it became and how that
    /// was decided; `inferred` are the fields found by their values.
    pub fn columns<'a>(
        &self,
        keys: impl Iterator<Item = &'a str>,
        settings: &Settings,
        inferred: &[Inferred],
    ) -> Vec<ColumnUse> {
        keys.filter(|k| !k.trim().is_empty())
            .map(|k| {
                let field = self
                    .keys
                    .iter()
                    .find(|(_, used)| used.as_str() == k)
                    .map(|(f, _)| *f);
                let (field, how) = match field {
                    Some(f) => {
                        let how = if let Some(i) = inferred.iter().find(|i| i.field == f) {
                            format!("values: {}", i.why)
                        } else if settings
                            .columns
                            .get(f.config_name())
                            .is_some_and(|c| c.trim() == k.trim())
                        {
                            "otai.toml [input.columns]".to_string()
                        } else {
                            "name".to_string()
                        };
                        (Some(f.config_name().to_string()), how)
                    }
                    None if self.nested.contains(&k) => (
                        Some("author (nested: id, name, role)".to_string()),
                        "name".to_string(),
                    ),
                    None => (None, "unused".to_string()),
                };
                ColumnUse {
                    column: k.to_string(),
                    field,
                    how,
                }
            })
            .collect()
    }
}

/// A field found by what its column holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Inferred {
    pub field: Field,
    pub column: String,
    pub why: String,
}

impl Inferred {
    /// The note for stderr and run.json: which column, why, and how to choose another.
    pub fn note(&self) -> String {
        let f = self.field.config_name();
        format!(
            "{f} ← column \"{}\": {}; set `[input.columns] {f} = \"<column>\"` in otai.toml to choose another",
            self.column, self.why
        )
    }
}

/// One input column (or JSON key) and what otai made of it: the field (None: unused)
/// and how that was decided ("name", "otai.toml [input.columns]", "values: …", "unused").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnUse {
    pub column: String,
    pub field: Option<String>,
    pub how: String,
}

/// The mappings of `[input.columns]` (field, column) whose column this file does not
/// have. Nothing for a file without columns (mail).
pub fn missing_mappings(
    columns: &[ColumnUse],
    mapped: &std::collections::BTreeMap<String, String>,
) -> Vec<(String, String)> {
    if columns.is_empty() {
        return Vec::new();
    }
    mapped
        .iter()
        .filter(|(_, column)| !columns.iter().any(|c| c.column.trim() == column.trim()))
        .map(|(field, column)| (field.clone(), column.clone()))
        .collect()
}

/// The warning for a mapping whose column a file does not have: a typo is said, not
/// silently replaced by what otai finds itself. `otai analyze` and `otai inspect` say the
/// same.
pub fn missing_mapping_warning(field: &str, column: &str, columns: &[ColumnUse]) -> String {
    format!(
        "otai.toml maps `[input.columns] {field} = \"{column}\"`, but this file has no column \"{column}\" (its columns: {}); check the spelling if the mapping is meant for it",
        columns
            .iter()
            .map(|c| c.column.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// Adds the columns of `more` that `into` does not have yet; a column unused so far takes
/// the field `more` found for it (JSON records of one file may differ in their keys).
/// The map stops growing at [`MAX_COLUMNS`] (records with ever new keys).
pub fn merge_columns(into: &mut Vec<ColumnUse>, more: Vec<ColumnUse>) {
    for c in more {
        match into.iter().position(|have| have.column == c.column) {
            Some(i) if into[i].field.is_none() && c.field.is_some() => into[i] = c,
            Some(_) => {}
            None if into.len() < MAX_COLUMNS => into.push(c),
            None => {}
        }
    }
}

/// The most columns a file's column map lists.
pub const MAX_COLUMNS: usize = 256;

/// The columns of a column map that became no field, in order.
pub fn unused_columns(columns: &[ColumnUse]) -> Vec<&str> {
    columns
        .iter()
        .filter(|c| c.field.is_none())
        .map(|c| c.column.as_str())
        .collect()
}

/// The role an exported value names: `[input.roles]` first, then the built-in words.
fn role_value(raw: &str, settings: &Settings) -> Option<Role> {
    settings
        .roles
        .get(raw.trim())
        .copied()
        .or_else(|| Role::from_alias(raw))
}

/// How many different values.
fn distinct(values: &[String]) -> usize {
    values
        .iter()
        .collect::<std::collections::BTreeSet<_>>()
        .len()
}

/// How many runs of equal neighbouring values.
fn runs(values: &[String]) -> usize {
    1 + values.windows(2).filter(|w| w[0] != w[1]).count()
}

/// Most of the values (nine in ten) pass `test`.
fn nearly_all(values: &[String], test: impl Fn(&str) -> bool) -> Option<usize> {
    let hits = values.iter().filter(|v| test(v)).count();
    (hits * 10 >= values.len() * 9).then_some(hits)
}

/// A few distinct values, for a note.
fn some_values(values: &[String], n: usize) -> String {
    let mut seen: Vec<&str> = values.iter().map(String::as_str).collect();
    seen.sort();
    seen.dedup();
    seen.truncate(n);
    seen.iter()
        .map(|v| truncate_for_message(v))
        .collect::<Vec<_>>()
        .join(", ")
}

fn role_column(values: &[String], settings: &Settings) -> Option<(f64, String)> {
    let role = |v: &str| role_value(v, settings);
    let hits = nearly_all(values, |v| role(v).is_some())?;
    let roles: std::collections::BTreeSet<Role> = values.iter().filter_map(|v| role(v)).collect();
    (roles.len() >= 2).then(|| {
        (
            hits as f64,
            format!("its values are role words ({})", some_values(values, 4)),
        )
    })
}

/// 2000-01-01T00:00:00Z: ids and counts that read as epoch seconds fall before it.
const YEAR_2000_MS: i64 = 946_684_800_000;

/// Times after 2000 and inside the run's plausible window (`[input] time_window`: ids and
/// row numbers read as epoch seconds or milliseconds fall outside it). A column whose
/// times change from row to row (each message's) beats one that repeats (the ticket's
/// opening time on every message).
fn time_column(values: &[String], settings: &Settings) -> Option<(f64, String)> {
    let times: Vec<i64> = values
        .iter()
        .filter_map(|v| {
            time::parse(v, settings.tz)
                .map(|t| t.utc_ms)
                .filter(|&ms| ms >= YEAR_2000_MS && settings.time_window.contains(ms))
        })
        .collect();
    // Nearly all (nine in ten) are such times.
    if times.len() * 10 < values.len() * 9 {
        return None;
    }
    let different = times
        .iter()
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    Some((
        different as f64,
        format!(
            "its values are times (e.g. {})",
            truncate_for_message(&values[0])
        ),
    ))
}

/// Short values without spaces, some repeated, each in one run of neighbouring rows (a
/// conversation's messages are exported together): an id, not a category.
fn id_column(values: &[String]) -> Option<(f64, String)> {
    // An e-mail address names a customer, who comes back with other tickets.
    if values
        .iter()
        .any(|v| v.chars().count() > 64 || v.chars().any(char::is_whitespace) || v.contains('@'))
    {
        return None;
    }
    let distinct = distinct(values);
    let all_repeat_in_runs = runs(values) == distinct;
    if distinct == values.len() || !all_repeat_in_runs {
        return None;
    }
    // A one-value column is an id only when it looks like one.
    let looks_like_id = values.iter().all(|v| v.chars().any(|c| c.is_ascii_digit()));
    if distinct == 1 && !looks_like_id {
        return None;
    }
    Some((
        distinct as f64 + if looks_like_id { 0.5 } else { 0.0 },
        format!(
            "its values repeat in runs of neighbouring rows ({distinct} distinct in {} rows, e.g. {})",
            values.len(),
            truncate_for_message(&values[0])
        ),
    ))
}

/// Values that stay the same over runs of neighbouring rows (a conversation's subject or
/// status), some of them repeated: not the text of each message.
fn repeats_in_runs(values: &[String]) -> bool {
    runs(values) * 3 <= values.len() * 2
}

/// Free text: the longest values on average, mostly distinct.
fn text_column(values: &[String]) -> Option<(f64, String)> {
    let chars: usize = values.iter().map(|v| v.chars().count()).sum();
    let mean = chars as f64 / values.len() as f64;
    if mean < 4.0 || distinct(values) * 3 < values.len() * 2 {
        return None;
    }
    Some((
        mean,
        format!("it holds the longest free text (mean {mean:.0} characters)"),
    ))
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
        Some(r) => role_value(&r, settings).ok_or_else(|| {
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
        source_file: origin.file.into(),
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

    /// Columns found by their values: a category that repeats is not an id, numbers are
    /// not times, the text is the longest free text, and the agent's column is the one
    /// filled on agents' rows only.
    #[test]
    fn fields_are_found_by_their_values() {
        let rows: Vec<Map<String, Value>> = [
            (
                "1",
                "A-1",
                "chat",
                "2026-03-02 10:00",
                "顧客",
                "",
                "ログインできません。",
            ),
            (
                "2",
                "A-1",
                "chat",
                "2026-03-02 10:01",
                "窓口",
                "山田",
                "設定を開いてみてください。",
            ),
            (
                "3",
                "A-2",
                "chat",
                "2026-03-02 11:00",
                "顧客",
                "",
                "請求書を再発行してほしいです。",
            ),
            (
                "4",
                "A-2",
                "chat",
                "2026-03-02 11:02",
                "窓口",
                "田中",
                "本日中にお送りいたします。",
            ),
        ]
        .iter()
        .map(|(n, c, k, t, r, a, x)| {
            let mut m = Map::new();
            for (key, v) in [
                ("n", n),
                ("c", c),
                ("k", k),
                ("t", t),
                ("r", r),
                ("a", a),
                ("x", x),
            ] {
                m.insert(key.to_string(), Value::String(v.to_string()));
            }
            m
        })
        .collect();
        let settings = Settings::default();
        let keys = ["n", "c", "k", "t", "r", "a", "x"];
        let mut map = KeyMap::resolve(keys.iter().copied(), &settings);
        let refs: Vec<&Map<String, Value>> = rows.iter().collect();
        let names: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
        let found = map.infer(&names, &refs, &settings);
        let got: Vec<(Field, &str)> = found.iter().map(|i| (i.field, i.column.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (Field::Role, "r"),
                (Field::Timestamp, "t"),
                (Field::ConversationId, "c"),
                (Field::Text, "x"),
                (Field::AgentName, "a"),
            ]
        );
        let cols = map.columns(keys.iter().copied(), &settings, &found);
        assert_eq!(cols[0].field, None);
        assert_eq!(cols[2].field, None, "a repeated category is not an id");
        // Interleaved conversations are not runs: no id is guessed.
        let mut mixed = rows.clone();
        mixed.swap(1, 2);
        let refs: Vec<&Map<String, Value>> = mixed.iter().collect();
        let mut map = KeyMap::resolve(keys.iter().copied(), &settings);
        let found = map.infer(&names, &refs, &settings);
        assert!(
            found.iter().all(|i| i.field != Field::ConversationId),
            "{found:?}"
        );
    }

    /// The traps of real exports: a numeric reference that reads as an epoch beside the
    /// real time, the ticket's opening time on every row, a subject longer than the
    /// messages, a customer's e-mail address that runs like an id, a wait in minutes filled
    /// on agents' rows only.
    #[test]
    fn inference_avoids_the_usual_traps() {
        let header = [
            "Ref No", "Opened", "Address", "Case Ref", "Topic", "Sent", "Kind", "Wait", "Note",
        ];
        let rows: Vec<[&str; 9]> = vec![
            [
                "4100020030",
                "2026/03/02 09:00",
                "a@x.jp",
                "T1",
                "Printer will not print anything at all",
                "2026/03/02 09:00",
                "customer",
                "",
                "It stopped printing.",
            ],
            [
                "4100020031",
                "2026/03/02 09:00",
                "a@x.jp",
                "T1",
                "Printer will not print anything at all",
                "2026/03/02 09:04",
                "agent",
                "4",
                "Sorry. Please restart it.",
            ],
            [
                "4100020032",
                "2026/03/02 09:00",
                "a@x.jp",
                "T1",
                "Printer will not print anything at all",
                "2026/03/02 09:09",
                "customer",
                "",
                "Done, it prints.",
            ],
            [
                "4100020033",
                "2026/03/02 10:00",
                "b@y.jp",
                "T2",
                "Refund for the order placed twice",
                "2026/03/02 10:00",
                "customer",
                "",
                "I was charged twice.",
            ],
            [
                "4100020034",
                "2026/03/02 10:00",
                "b@y.jp",
                "T2",
                "Refund for the order placed twice",
                "2026/03/02 10:03",
                "agent",
                "3",
                "I have refunded one.",
            ],
            [
                "4100020035",
                "2026/03/02 11:00",
                "c@z.jp",
                "T3",
                "Cannot sign in to the web app today",
                "2026/03/02 11:00",
                "customer",
                "",
                "Login fails.",
            ],
            [
                "4100020036",
                "2026/03/02 11:00",
                "c@z.jp",
                "T3",
                "Cannot sign in to the web app today",
                "2026/03/02 11:05",
                "agent",
                "5",
                "Try the reset link.",
            ],
        ];
        let maps: Vec<Map<String, Value>> = rows
            .iter()
            .map(|r| {
                header
                    .iter()
                    .zip(r.iter())
                    .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
                    .collect()
            })
            .collect();
        let settings = Settings::default();
        let names: Vec<String> = header.iter().map(|h| h.to_string()).collect();
        let mut map = KeyMap::resolve(header.iter().copied(), &settings);
        let refs: Vec<&Map<String, Value>> = maps.iter().collect();
        let found = map.infer(&names, &refs, &settings);
        let got: Vec<(Field, &str)> = found.iter().map(|i| (i.field, i.column.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (Field::Role, "Kind"),
                (Field::Timestamp, "Sent"),
                (Field::ConversationId, "Case Ref"),
                (Field::Text, "Note"),
            ],
            "{found:?}"
        );
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
