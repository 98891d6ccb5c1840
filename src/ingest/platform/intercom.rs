//! Intercom: conversations as `GET /conversations/{id}` returns them, alone, in an
//! array, or in a `{"conversations": [...]}` list. The first message is `source` (API
//! 2.x) or `conversation_message` (API 1.x), timed by the conversation's `created_at`;
//! the rest are `conversation_parts` (an array, or `{"conversation_parts": [...]}`).
//!
//! - Conversation: `intercom-<id>`; channel email when `source.type`/`delivered_as` is
//!   email, else chat.
//! - `part_type` `comment` → a message; `note` → an internal note; assignment, open,
//!   close, snooze and other events → a system message when they carry a body, else
//!   ignored (counted in run.json). Another `part_type` is a reject naming it.
//! - `author.type`: `user` / `lead` / `contact` → customer; `admin` / `team` → agent;
//!   `bot` → bot.
//! - Bodies are HTML (converted to text); `created_at` is epoch seconds.
//!
//! Example: `{"type": "conversation", "id": "147", "created_at": 1400850973,
//! "conversation_message": {"id": "1", "body": "<p>Hi</p>", "author": {"type": "admin",
//! "id": "25"}}, "conversation_parts": {"conversation_parts": [{"id": "4412",
//! "part_type": "comment", "body": "<p>Thanks!</p>", "created_at": 1400857494,
//! "author": {"type": "user", "id": "536e"}}]}}` → an agent message and a customer reply
//! in `intercom-147`.

use serde_json::Value;

use super::{Msg, Out, body_text, scalar_text, text_of, time_of};
use crate::schema::{Channel, Role};

/// Part types that are events in the conversation, not messages.
const EVENTS: &[&str] = &[
    "assignment",
    "open",
    "close",
    "snoozed",
    "unsnoozed",
    "timer_unsnooze",
    "away_mode_assignment",
    "assign_and_unsnooze",
    "assign_and_reopen",
    "participant_added",
    "participant_removed",
    "conversation_rating_changed",
    "conversation_rating_remark_added",
    "title_changed",
    "language_detection_details",
    "conversation_attribute_updated_by_admin",
    "conversation_attribute_updated_by_workflow",
    "priority_changed",
    "state_changed",
];

pub fn read(out: &mut Out<'_>, v: &Value) {
    let conversations: Vec<&Value> = match v {
        Value::Array(items) => items.iter().collect(),
        Value::Object(o) => match o.get("conversations") {
            Some(Value::Array(items)) => items.iter().collect(),
            _ => vec![v],
        },
        _ => vec![v],
    };
    for c in conversations {
        read_conversation(out, c);
    }
}

fn author_role(author: Option<&Value>) -> Result<Role, String> {
    let kind = author.and_then(|a| text_of(a, "type"));
    match kind.as_deref() {
        Some("user" | "lead" | "contact") => Ok(Role::Customer),
        Some("admin" | "team") => Ok(Role::Agent),
        Some("bot") => Ok(Role::Bot),
        Some(other) => Err(format!(
            "author type \"{}\" is not user, lead, contact, admin, team or bot",
            super::truncate_for_message(other)
        )),
        None => Err("has no `author.type`".into()),
    }
}

fn read_conversation(out: &mut Out<'_>, c: &Value) {
    let line = out.next_record();
    let Some(id) = text_of(c, "id") else {
        out.refuse(
            line,
            "conversation",
            None,
            "has no `id`; export it with GET /conversations/{id}",
        );
        return;
    };
    let first = c
        .get("source")
        .or_else(|| c.get("conversation_message"))
        .filter(|s| s.is_object());
    let parts = match c.get("conversation_parts") {
        Some(Value::Array(p)) => Some(p),
        Some(Value::Object(o)) => o.get("conversation_parts").and_then(Value::as_array),
        _ => None,
    };
    let Some(parts) = parts else {
        out.refuse(line, "conversation", Some(id), "has no conversation_parts; export each conversation with GET /conversations/{id} (lists leave the parts out)");
        return;
    };
    let conversation = format!("intercom-{id}");
    let channel =
        match first.and_then(|f| text_of(f, "type").or_else(|| text_of(f, "delivered_as"))) {
            Some(t) if t == "email" => Channel::Email,
            _ => Channel::Chat,
        };
    let subject = first.and_then(|f| text_of(f, "subject"));

    if let Some(f) = first {
        let mid = text_of(f, "id").unwrap_or_else(|| format!("{id}-source"));
        let time = c.get("created_at").and_then(|t| time_of(t, out.settings));
        match (time, author_role(f.get("author"))) {
            (None, _) => {
                let why = out.why(
                    "conversation",
                    Some(&id),
                    "has no valid `created_at` (epoch seconds)",
                );
                out.reject(line, Some(mid), why);
            }
            (_, Err(e)) => {
                out.refuse(line, "conversation message", Some(mid), &e);
            }
            (Some(time), Ok(role)) => {
                let raw = f.get("body").and_then(scalar_text).unwrap_or_default();
                let (text, quoted) = body_text(&raw, true);
                let author = f.get("author");
                out.push(Msg {
                    conversation: conversation.clone(),
                    id: mid,
                    time,
                    role,
                    author_id: author.and_then(|a| text_of(a, "id")),
                    author_name: author.and_then(|a| text_of(a, "name")),
                    channel,
                    text,
                    quoted,
                    internal: false,
                    subject: subject.clone(),
                    line,
                });
            }
        }
    } else {
        // The conversation record itself held no message.
        out.ignore();
    }

    for p in parts {
        let line = out.next_record();
        let pid = text_of(p, "id");
        let reject = |out: &mut Out<'_>, problem: &str| {
            let why = out.why("conversation part", pid.as_deref(), problem);
            out.reject(line, pid.clone(), why);
        };
        let Some(pid_s) = pid.clone() else {
            reject(out, "has no `id`");
            continue;
        };
        let part_type = text_of(p, "part_type").unwrap_or_default();
        let raw = p.get("body").and_then(scalar_text).unwrap_or_default();
        let (text, quoted) = body_text(&raw, true);
        let (role, internal) = match part_type.as_str() {
            "comment" | "note" => match author_role(p.get("author")) {
                Ok(r) => (r, part_type == "note"),
                Err(e) => {
                    reject(out, &e);
                    continue;
                }
            },
            t if EVENTS.contains(&t) => {
                if text.is_empty() {
                    out.ignore();
                    continue;
                }
                (Role::System, false)
            }
            "" => {
                reject(out, "has no `part_type`");
                continue;
            }
            other => {
                reject(
                    out,
                    &format!(
                        "has an unknown part_type \"{}\"; otai reads comment, note and the event types ({})",
                        super::truncate_for_message(other),
                        EVENTS[..5].join(", ") + ", …"
                    ),
                );
                continue;
            }
        };
        let Some(time) = p.get("created_at").and_then(|t| time_of(t, out.settings)) else {
            reject(out, "has no valid `created_at` (epoch seconds)");
            continue;
        };
        let author = p.get("author");
        out.push(Msg {
            conversation: conversation.clone(),
            id: pid_s,
            time,
            role,
            author_id: author.and_then(|a| text_of(a, "id")),
            author_name: author.and_then(|a| text_of(a, "name")),
            channel,
            text,
            quoted,
            internal,
            subject: subject.clone(),
            line,
        });
    }
}
