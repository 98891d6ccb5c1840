//! Microsoft Teams: Graph `chatMessage` objects, camelCase (the Graph API:
//! `{"value": [...]}`, an array, or one message) or PascalCase (data exports).
//!
//! - Conversation: a reply (`replyToId`, followed up a chain of replies to the message
//!   that started it) belongs to that root's thread, `teams-<root id>`; other messages
//!   to their chat, `teams-<chatId>`; a channel post without either starts its own
//!   thread, `teams-<id>`.
//! - Roles: `messageType` other than `message` → system; `from.application` → bot;
//!   `from.user` → agent when its id or display name is in `[teams] agents`, else
//!   customer. Without `[teams] agents`, the conversation's first poster is the
//!   customer and everyone else an agent.
//! - `body.contentType` `html` → text (paragraphs as lines); deleted messages
//!   (`deletedDateTime` set) are ignored. `createdDateTime` is ISO 8601.
//!
//! Example: `[{"Id": "1754976555179", "MessageType": "message", "CreatedDateTime":
//! "2025-08-12T05:29:15.179+00:00", "ChatId": "19:ab", "From": {"User": {"Id": "88cb",
//! "DisplayName": "Pieter K"}}, "Body": {"ContentType": "html", "Content":
//! "<p>I'm in!</p>"}}]` → one customer message "I'm in!" in `teams-19:ab`.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{Msg, Out, body_text, scalar_text, time_of};
use crate::schema::{Channel, Role};

/// A field by its camelCase name, or the PascalCase one; null counts as missing.
fn field<'v>(v: &'v Value, camel: &str) -> Option<&'v Value> {
    let pascal: String = camel[..1].to_uppercase() + &camel[1..];
    v.get(camel)
        .filter(|x| !x.is_null())
        .or_else(|| v.get(&pascal).filter(|x| !x.is_null()))
}

fn text(v: &Value, camel: &str) -> Option<String> {
    field(v, camel).and_then(scalar_text)
}

pub fn read(out: &mut Out<'_>, v: &Value) {
    let items: Vec<&Value> = match v {
        Value::Array(items) => items.iter().collect(),
        Value::Object(_) => match field(v, "value") {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => vec![v],
        },
        _ => Vec::new(),
    };
    // Read every message first: roles without a configured agent list need each
    // conversation's first poster.
    // Reply links, to follow a chain of replies up to the message that started it.
    let parents: BTreeMap<String, String> = items
        .iter()
        .filter_map(|m| Some((text(m, "id")?, text(m, "replyToId")?)))
        .collect();
    let mut msgs: Vec<(Msg, Option<String>)> = Vec::new();
    for m in items {
        if let Some(read) = read_message(out, m, &parents) {
            msgs.push(read);
        }
    }
    let agents = &out.settings.platforms.teams_agents;
    // Each conversation's first poster: the earliest user message (ties: the smaller id).
    let mut openers: BTreeMap<&str, (i64, &str, &str)> = BTreeMap::new();
    for (m, user) in &msgs {
        if let Some(u) = user {
            let here = (m.time.utc_ms, m.id.as_str(), u.as_str());
            let e = openers.entry(m.conversation.as_str()).or_insert(here);
            if (here.0, here.1) < (e.0, e.1) {
                *e = here;
            }
        }
    }
    let openers: BTreeMap<String, String> = openers
        .into_iter()
        .map(|(c, (_, _, u))| (c.to_string(), u.to_string()))
        .collect();
    for (mut m, user) in msgs {
        if m.role == Role::Customer
            && let Some(u) = user
        {
            m.role = if !agents.is_empty() {
                let name = m.author_name.as_deref().unwrap_or("");
                if agents.iter().any(|a| a.trim() == u || a.trim() == name) {
                    Role::Agent
                } else {
                    Role::Customer
                }
            } else if openers.get(&m.conversation) == Some(&u) {
                Role::Customer
            } else {
                Role::Agent
            };
        }
        out.push(m);
    }
}

/// One message read, with the id of the user who wrote it; a user's message is
/// `Customer` until [`read`] decides its role.
fn read_message<'v>(
    out: &mut Out<'_>,
    m: &'v Value,
    parents: &BTreeMap<String, String>,
) -> Option<(Msg, Option<String>)> {
    let line = out.next_record();
    let id = text(m, "id");
    let reject = |out: &mut Out<'_>, problem: &str| {
        let why = out.why("message", id.as_deref(), problem);
        out.reject(line, id.clone(), why);
    };
    if !m.is_object() {
        reject(out, "is not an object");
        return None;
    }
    let Some(id_s) = id.clone() else {
        reject(out, "has no `id`");
        return None;
    };
    if field(m, "deletedDateTime").is_some() {
        out.ignore();
        return None;
    }
    let Some(time) = field(m, "createdDateTime").and_then(|t| time_of(t, out.settings)) else {
        reject(out, "has no valid `createdDateTime` (ISO 8601)");
        return None;
    };
    let Some(kind) = text(m, "messageType") else {
        reject(out, "has no `messageType`");
        return None;
    };
    let from = field(m, "from");
    let user = from.and_then(|f| field(f, "user"));
    let app = from.and_then(|f| field(f, "application"));
    // A system event's author is its initiator.
    let initiator = field(m, "eventDetail").and_then(|e| field(e, "initiator"));
    let (role, author) = if kind != "message" {
        let by = |f: Option<&'v Value>| -> Option<&'v Value> {
            f.and_then(|f| field(f, "user").or_else(|| field(f, "application")))
        };
        (Role::System, by(from).or_else(|| by(initiator)))
    } else if let Some(a) = app {
        (Role::Bot, Some(a))
    } else if let Some(u) = user {
        (Role::Customer, Some(u))
    } else {
        (Role::System, None)
    };
    let body = field(m, "body");
    let content = body.and_then(|b| text(b, "content")).unwrap_or_default();
    let html = body
        .and_then(|b| text(b, "contentType"))
        .is_some_and(|t| t.eq_ignore_ascii_case("html"));
    let (text_out, quoted) = body_text(&content, html);
    let conversation = text(m, "replyToId")
        .map(|parent| thread_root(parent, parents))
        .or_else(|| text(m, "chatId"))
        .unwrap_or_else(|| id_s.clone());
    let user_id = if role == Role::Customer {
        user.and_then(|u| text(u, "id"))
    } else {
        None
    };
    Some((
        Msg {
            conversation: format!("teams-{conversation}"),
            id: id_s,
            time,
            role,
            author_id: author.and_then(|a| text(a, "id")),
            author_name: author.and_then(|a| text(a, "displayName")),
            channel: Channel::Chat,
            text: text_out,
            quoted,
            internal: false,
            subject: text(m, "subject"),
            line,
        },
        user_id,
    ))
}

/// The message a chain of replies started from: `replyToId` followed while the file
/// holds the message replied to (a loop stops where it would repeat).
fn thread_root(mut id: String, parents: &BTreeMap<String, String>) -> String {
    let mut path: Vec<String> = Vec::new();
    while let Some(parent) = parents.get(&id) {
        if let Some(at) = path.iter().position(|p| *p == id) {
            // A loop: its smallest id is the root, wherever the loop was entered, so the
            // whole loop is one conversation.
            return path[at..].iter().min().cloned().unwrap_or(id);
        }
        path.push(id);
        id = parent.clone();
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_chains_lead_to_their_root() {
        let parents: BTreeMap<String, String> = [("3", "2"), ("2", "1"), ("8", "9"), ("9", "8")]
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(thread_root("3".into(), &parents), "1");
        assert_eq!(thread_root("1".into(), &parents), "1");
        assert_eq!(thread_root("7".into(), &parents), "7");
        // A loop ends, and has one root wherever it is entered.
        assert_eq!(thread_root("8".into(), &parents), "8");
        assert_eq!(thread_root("9".into(), &parents), "8");
        let longer: BTreeMap<String, String> = [("a", "c"), ("c", "b"), ("b", "c"), ("x", "a")]
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        for start in ["a", "b", "c", "x"] {
            assert_eq!(thread_root(start.into(), &longer), "b", "from {start}");
        }
    }
}
