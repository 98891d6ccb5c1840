//! Slack workspace export: a folder (or the zip Slack delivers) with `users.json`,
//! `channels.json` and `<channel>/<YYYY-MM-DD>.json` day files (arrays of messages).
//! In a folder each day file is read on its own, and `users.json` (and
//! `usergroups.json`, when present) is found in the day file's folder or the one above
//! it (the export root); the export's metadata files are skipped by name, never read as
//! messages. A zip is read whole: its day files in name order, records numbered across
//! them.
//!
//! - `ts` (a string epoch with microseconds) is both the time and the message id.
//! - Conversation: a thread (`thread_ts`) is one, `slack-<channel>-<thread_ts>`; a
//!   message outside threads is its own (`slack-<channel>-<ts>`), or with
//!   `[slack] conversation = "day"` all of a day file's messages outside threads are
//!   one (`slack-<channel>-<YYYY-MM-DD>`).
//! - Roles: `subtype: bot_message`, a `bot_id` without a user, or a user with
//!   `is_bot` → bot; neither a user nor a bot → system. With `[slack] agents` (user ids, names or display names) or
//!   `agent_groups` (user groups in usergroups.json), their members are agents and
//!   everyone else a customer; without them the thread's first poster
//!   (`parent_user_id` for replies) is the customer and everyone else an agent.
//! - `channel_join` / `channel_leave` (and group joins/leaves) are ignored, counted in
//!   run.json; topic, purpose, name and pin events are system messages.
//! - Text: `<@U…>` mentions become `@display name`, `<#C…|name>` `#name`, `<!here>`
//!   `@here`, links their label; `&amp;`, `&lt;`, `&gt;` are decoded.
//!
//! Example: `random/2018-01-20.json` holding `[{"type": "message", "user": "U1",
//! "text": "Hi <@U2>", "ts": "1516454537.000093"}]` with U2 named Rhea in users.json →
//! one customer message "Hi @Rhea" in `slack-random-1516454537.000093`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::{Msg, Out, SlackConversation, file_stem, text_of};
use crate::schema::{Channel, Role};

/// Subtypes that are membership events: ignored.
const IGNORED: &[&str] = &["channel_join", "channel_leave", "group_join", "group_leave"];
/// Subtypes that are channel events: system messages.
const SYSTEM: &[&str] = &[
    "channel_topic",
    "channel_purpose",
    "channel_name",
    "channel_archive",
    "channel_unarchive",
    "group_topic",
    "group_purpose",
    "group_name",
    "group_archive",
    "group_unarchive",
    "pinned_item",
    "unpinned_item",
    "reminder_add",
    "channel_convert_to_private",
    "channel_convert_to_public",
];

/// A user of the export.
#[derive(Debug, Default)]
struct User {
    name: String,
    display: Option<String>,
    bot: bool,
}

/// The export folders that may hold users.json: the day file's and the one above.
fn export_dirs(path: &Path) -> Vec<PathBuf> {
    path.ancestors()
        .skip(1)
        .take(2)
        .map(Path::to_path_buf)
        .collect()
}

fn read_export_file(path: &Path, name: &str) -> Option<Value> {
    export_dirs(path)
        .into_iter()
        .find_map(|d| super::read_metadata(&d.join(name)))
}

/// users.json's users by id.
fn users(list: Option<&Value>) -> BTreeMap<String, User> {
    let mut map = BTreeMap::new();
    for u in list.and_then(Value::as_array).into_iter().flatten() {
        let Some(id) = text_of(u, "id") else { continue };
        let profile = u.get("profile");
        let display = profile
            .and_then(|p| text_of(p, "display_name"))
            .or_else(|| profile.and_then(|p| text_of(p, "real_name")))
            .or_else(|| text_of(u, "real_name"));
        map.insert(
            id,
            User {
                name: text_of(u, "name").unwrap_or_default(),
                display,
                bot: u.get("is_bot").and_then(Value::as_bool).unwrap_or(false),
            },
        );
    }
    map
}

/// Who the agents are, from the config: user ids, names, display names, and the
/// members of the named groups in usergroups.json.
struct Roles {
    users: BTreeMap<String, User>,
    agents: BTreeSet<String>,
    configured: bool,
}

impl Roles {
    fn new(out: &Out<'_>, users_json: Option<&Value>, groups_json: Option<&Value>) -> Roles {
        let users = users(users_json);
        let p = &out.settings.platforms;
        let mut agents: BTreeSet<String> = BTreeSet::new();
        for a in &p.slack_agents {
            let a = a.trim();
            agents.insert(a.to_string());
            for (id, u) in &users {
                if u.name == a || u.display.as_deref() == Some(a) {
                    agents.insert(id.clone());
                }
            }
        }
        for g in groups_json.and_then(Value::as_array).into_iter().flatten() {
            let named = ["id", "handle", "name"]
                .iter()
                .filter_map(|k| text_of(g, k))
                .any(|n| p.slack_agent_groups.iter().any(|want| want.trim() == n));
            if named {
                for u in g
                    .get("users")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    if let Some(u) = u.as_str() {
                        agents.insert(u.to_string());
                    }
                }
            }
        }
        Roles {
            users,
            agents,
            configured: !p.slack_agents.is_empty() || !p.slack_agent_groups.is_empty(),
        }
    }
}

/// One day file of an export folder: users.json and usergroups.json are looked up in
/// its folder and the one above (the export root).
pub fn read(out: &mut Out<'_>, path: &Path, v: &Value) {
    if is_metadata(v) {
        return;
    }
    let users_json = read_export_file(path, "users.json");
    let groups_json = if out.settings.platforms.slack_agent_groups.is_empty() {
        None
    } else {
        read_export_file(path, "usergroups.json")
    };
    let roles = Roles::new(out, users_json.as_ref(), groups_json.as_ref());
    let channel = path
        .parent()
        .and_then(Path::file_name)
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "slack".into());
    let day = file_stem(out.file);
    read_day(out, v, &channel, &day, &roles);
}

/// users.json or channels.json (given by name; a folder walk skips them): not messages.
fn is_metadata(v: &Value) -> bool {
    v.as_array().is_some_and(|items| {
        !items.is_empty()
            && items.iter().all(|i| {
                i.get("ts").is_none() && (i.get("profile").is_some() || i.get("members").is_some())
            })
    })
}

/// Is this zip a Slack export (users.json or channels.json at its root)?
pub fn is_export_zip(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let Ok(zip) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return false;
    };
    zip.file_names()
        .filter_map(Result::ok)
        .any(|n| n == "users.json" || n == "channels.json")
}

/// Entries larger than this are refused (a zip bomb, not an export).
const MAX_ENTRY_BYTES: u64 = super::METADATA_MAX_BYTES;

/// A whole export as its zip: every `<channel>/<YYYY-MM-DD>.json`, in name order; the
/// records are numbered across the day files.
pub fn read_zip(out: &mut Out<'_>, bytes: &[u8]) {
    let mut zip = match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
        Ok(z) => z,
        Err(e) => {
            out.reject(
                0,
                None,
                format!("Slack export zip cannot be opened ({e}); unzip it and analyse the folder"),
            );
            return;
        }
    };
    let users_json = zip_json(&mut zip, "users.json").ok().flatten();
    let groups_json = zip_json(&mut zip, "usergroups.json").ok().flatten();
    let roles = Roles::new(out, users_json.as_ref(), groups_json.as_ref());
    let mut days: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| is_day_file(n))
        .map(|n| n.into_owned())
        .collect();
    days.sort();
    // Every other entry is listed as skipped, with why: nothing in the zip is dropped
    // without a word (an unsafe name is never opened).
    let mut others: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| !is_day_file(n))
        .map(|n| n.into_owned())
        .collect();
    others.sort();
    for name in others {
        let root_metadata = super::super::detect::EXPORT_METADATA.contains(&name.as_str());
        let reason = if name.split(['/', '\\']).any(|p| p == "..")
            || name.starts_with(['/', '\\'])
            || name.get(1..2) == Some(":")
        {
            "a zip entry whose name leads outside the export (an absolute path or ..): not opened"
        } else if name.ends_with('/') {
            "a folder entry of the zip"
        } else if root_metadata {
            "export metadata (users, channels …), read for roles, not messages"
        } else {
            "not a Slack day file (<channel>/<YYYY-MM-DD>.json) or export metadata"
        };
        out.skip(&name, reason.to_string());
    }
    if days.is_empty() {
        out.reject(
            0,
            None,
            "Slack export zip holds no <channel>/<YYYY-MM-DD>.json day files".into(),
        );
    }
    for name in days {
        let (channel, file) = name.split_once('/').unwrap_or(("slack", &name));
        let day = file.trim_end_matches(".json");
        match zip_json(&mut zip, &name) {
            Ok(Some(v)) => read_day(out, &v, channel, day, &roles),
            Ok(None) => {}
            Err(e) => {
                let line = out.next_record();
                out.reject(line, None, format!("Slack export {name}: {e}"));
            }
        }
    }
}

/// A zip entry's JSON: `None` when the zip has no such entry.
fn zip_json(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<Value>, String> {
    let Ok(f) = zip.by_name(name) else {
        return Ok(None);
    };
    let mut buf = Vec::new();
    std::io::Read::read_to_end(&mut std::io::Read::take(f, MAX_ENTRY_BYTES + 1), &mut buf)
        .map_err(|e| format!("cannot be read from the zip ({e})"))?;
    if buf.len() as u64 > MAX_ENTRY_BYTES {
        return Err("is over 256 MiB unpacked; unzip the export and analyse the folder".into());
    }
    super::parse_json(&buf)
        .map(Some)
        .map_err(|(_, reason)| reason)
}

/// `<channel>/<YYYY-MM-DD>.json`.
fn is_day_file(name: &str) -> bool {
    let Some((channel, file)) = name.split_once('/') else {
        return false;
    };
    let Some(day) = file.strip_suffix(".json") else {
        return false;
    };
    !channel.is_empty()
        && !file.contains('/')
        && chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok()
}

/// The messages of one channel's day.
fn read_day(out: &mut Out<'_>, v: &Value, channel_name: &str, day: &str, roles: &Roles) {
    let Roles {
        users,
        agents,
        configured,
    } = roles;
    let configured = *configured;
    let Value::Array(items) = v else {
        let line = out.next_record();
        out.refuse(
            line,
            "day file",
            None,
            "is not an array of messages; read the export's <channel>/<YYYY-MM-DD>.json files",
        );
        return;
    };
    let by_day = out.settings.platforms.slack_conversation == SlackConversation::Day;
    // In day mode, the first person to post outside threads opened the day's conversation.
    let day_opener = items.iter().find_map(|m| {
        let outside = m.get("thread_ts").is_none();
        let event = text_of(m, "subtype")
            .is_some_and(|s| IGNORED.contains(&s.as_str()) || SYSTEM.contains(&s.as_str()));
        (outside && !event).then(|| text_of(m, "user")).flatten()
    });
    for m in items {
        let line = out.next_record();
        let ts = text_of(m, "ts");
        let reject = |out: &mut Out<'_>, problem: &str| {
            let why = out.why("message", ts.as_deref(), problem);
            out.reject(line, ts.clone(), why);
        };
        if !m.is_object() {
            reject(out, "is not an object");
            continue;
        }
        match text_of(m, "type").as_deref() {
            Some("message") => {}
            Some(other) => {
                reject(
                    out,
                    &format!(
                        "has type \"{}\", not \"message\"",
                        super::truncate_for_message(other)
                    ),
                );
                continue;
            }
            None => {
                reject(out, "has no `type`");
                continue;
            }
        }
        let Some(ts_s) = ts.clone() else {
            reject(out, "has no `ts`");
            continue;
        };
        let Some(time) = ts_time(&ts_s, out.settings) else {
            reject(
                out,
                "has a `ts` that is not an epoch time (\"1516454537.000093\")",
            );
            continue;
        };
        let subtype = text_of(m, "subtype").unwrap_or_default();
        if IGNORED.contains(&subtype.as_str()) {
            out.ignore();
            continue;
        }
        let user = text_of(m, "user");
        let thread = text_of(m, "thread_ts");
        let conversation = match (&thread, by_day) {
            (Some(t), _) => format!("slack-{channel_name}-{t}"),
            (None, true) => format!("slack-{channel_name}-{day}"),
            (None, false) => format!("slack-{channel_name}-{ts_s}"),
        };
        let is_bot = subtype == "bot_message"
            || user.is_none() && m.get("bot_id").is_some_and(|b| !b.is_null())
            || user
                .as_ref()
                .and_then(|u| users.get(u))
                .is_some_and(|u| u.bot);
        let opener = match &thread {
            Some(t) if *t == ts_s => user.clone(),
            Some(_) => text_of(m, "parent_user_id"),
            None if by_day => day_opener.clone(),
            None => user.clone(),
        };
        let role = if SYSTEM.contains(&subtype.as_str()) {
            Role::System
        } else if is_bot {
            Role::Bot
        } else if user.is_none() {
            // Neither a person nor a bot wrote it (a tombstone of a deleted message).
            Role::System
        } else if configured {
            if user.as_ref().is_some_and(|u| agents.contains(u)) {
                Role::Agent
            } else {
                Role::Customer
            }
        } else if user == opener || opener.is_none() {
            Role::Customer
        } else {
            Role::Agent
        };
        let author_name = user
            .as_ref()
            .and_then(|u| users.get(u))
            .map(|u| u.display.clone().unwrap_or_else(|| u.name.clone()))
            .or_else(|| text_of(m, "username"))
            .or_else(|| m.get("bot_profile").and_then(|b| text_of(b, "name")));
        out.push(Msg {
            conversation,
            id: ts_s,
            time,
            role,
            author_id: user.or_else(|| text_of(m, "bot_id")),
            author_name,
            channel: Channel::Chat,
            text: decode(&text_of(m, "text").unwrap_or_default(), users),
            quoted: None,
            internal: false,
            subject: None,
            line,
        });
    }
}

/// A `ts` ("1516454537.000093": seconds and microseconds) as a time, to the
/// millisecond below (never rounded up into the next one).
fn ts_time(ts: &str, settings: &super::Settings) -> Option<super::Instant> {
    let (secs, frac) = ts.split_once('.').unwrap_or((ts, ""));
    if secs.is_empty()
        || secs.len() > 12
        || !secs.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let ms_part: String = frac.chars().chain("000".chars()).take(3).collect();
    let ms = secs.parse::<i64>().ok()? * 1000 + ms_part.parse::<i64>().ok()?;
    // Epoch values this large are read as milliseconds.
    super::time::from_epoch(ms as f64, settings.tz).filter(|i| i.utc_ms == ms)
}

/// Slack's markup to plain text: mentions, channel links, special mentions, links.
fn decode(text: &str, users: &BTreeMap<String, User>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('>') else {
            out.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let inner = &after[..end];
        let (target, label) = match inner.split_once('|') {
            Some((t, l)) => (t, Some(l)),
            None => (inner, None),
        };
        if let Some(id) = target.strip_prefix('@') {
            let name = users
                .get(id)
                .map(|u| u.display.clone().unwrap_or_else(|| u.name.clone()))
                .or(label.map(str::to_string))
                .unwrap_or_else(|| id.to_string());
            out.push('@');
            out.push_str(&name);
        } else if let Some(id) = target.strip_prefix('#') {
            out.push('#');
            out.push_str(label.unwrap_or(id));
        } else if let Some(special) = target.strip_prefix('!') {
            out.push('@');
            out.push_str(
                label
                    .map(|l| l.trim_start_matches('@'))
                    .unwrap_or(special.split('^').next().unwrap_or(special)),
            );
        } else {
            out.push_str(label.unwrap_or(target));
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_decodes() {
        let mut users = BTreeMap::new();
        users.insert(
            "U1".to_string(),
            User {
                name: "k".into(),
                display: Some("Josef".into()),
                bot: false,
            },
        );
        assert_eq!(
            decode(
                "<@U1> uploaded <https://x.example/a|a.md> in <#C1|general> <!channel> <!subteam^S1|@support> &lt;b&gt; &amp; <@U9> <broken",
                &users
            ),
            "@Josef uploaded a.md in #general @channel @support <b> & @U9 <broken"
        );
    }
}
