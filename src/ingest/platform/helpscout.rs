//! Help Scout (Mailbox API v2): a conversation's threads (`GET /conversations/{id}/threads`,
//! `{"_embedded": {"threads": [...]}}`), a conversation fetched with `?embed=threads`,
//! or a conversations list whose conversations embed their threads.
//!
//! - Conversation: `helpscout-<conversation id>`. A threads list holds no conversation
//!   id: it comes from its `_links.self.href` (`…/conversations/<id>/threads`), else
//!   from the file name (`helpscout-<file stem>`).
//! - `type`: `customer` → customer; `reply` / `message` → agent; `note` → internal
//!   note; `forwardparent` / `forwardchild` → internal (sent to a third party);
//!   `lineitem` → system (its `action.text`); `chat`, `phone` and `beaconchat` by
//!   `createdBy.type` (`customer` → customer, `user` → agent). Drafts are ignored.
//!   Another `type` is a reject naming it.
//! - Bodies are HTML (converted; plain-text bodies kept as they are; quoted mail and
//!   signatures move to `quoted_text`);
//!   `createdAt` is ISO 8601. Channel: chat for chat threads, else email.
//! - A conversation that holds only a thread count (`"threads": 2`) is a reject that
//!   says how to export its threads.
//!
//! Example: `{"_embedded": {"threads": [{"id": 1, "type": "customer", "body": "Hi",
//! "createdBy": {"id": 9, "type": "customer"}, "createdAt": "2015-06-05T20:18:33Z"}]}}`
//! in `list.json` → one customer message in `helpscout-list`.

use std::path::Path;

use serde_json::Value;

use super::{Msg, Out, body_text, file_stem, looks_like_html, scalar_text, text_of, time_of};
use crate::schema::{Channel, Role};

pub fn read(out: &mut Out<'_>, _path: &Path, v: &Value) {
    let embedded = v.get("_embedded");
    if let Some(Value::Array(convs)) = embedded.and_then(|e| e.get("conversations")) {
        for c in convs {
            read_conversation(out, c);
        }
    } else if let Value::Array(convs) = v {
        for c in convs {
            read_conversation(out, c);
        }
    } else {
        read_conversation(out, v);
    }
}

/// `<id>` from `…/conversations/<id>/threads`.
fn id_from_link(v: &Value) -> Option<String> {
    let href = v.get("_links")?.get("self")?.get("href")?.as_str()?;
    let rest = href.split("/conversations/").nth(1)?;
    let id = rest.split('/').next()?;
    (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric())).then(|| id.to_string())
}

fn read_conversation(out: &mut Out<'_>, c: &Value) {
    let threads = c
        .get("_embedded")
        .and_then(|e| e.get("threads"))
        .and_then(Value::as_array);
    let is_threads_list = c.get("_embedded").is_some() && c.get("id").is_none();
    let conv_id = if is_threads_list {
        id_from_link(c).unwrap_or_else(|| file_stem(out.file))
    } else {
        text_of(c, "id").unwrap_or_else(|| file_stem(out.file))
    };
    let Some(threads) = threads else {
        let line = out.next_record();
        out.refuse(line, "conversation", Some(conv_id), "holds no threads (only their count); export them with GET /v2/conversations/{id}?embed=threads or GET /v2/conversations/{id}/threads");
        return;
    };
    let conv_channel = match text_of(c, "type").as_deref() {
        Some("chat") => Some(Channel::Chat),
        Some("email") => Some(Channel::Email),
        Some("phone") => Some(Channel::Other),
        _ => None,
    };
    let subject = text_of(c, "subject");
    for t in threads {
        let line = out.next_record();
        let id = t.get("id").and_then(scalar_text);
        let reject = |out: &mut Out<'_>, problem: &str| {
            let why = out.why("thread", id.as_deref(), problem);
            out.reject(line, id.clone(), why);
        };
        let Some(id_s) = id.clone() else {
            reject(out, "has no `id`");
            continue;
        };
        if text_of(t, "state").as_deref() == Some("draft") {
            out.ignore();
            continue;
        }
        let created_by = t.get("createdBy");
        let by_type = created_by.and_then(|b| text_of(b, "type"));
        let kind = text_of(t, "type").unwrap_or_default();
        let (role, internal) = match kind.as_str() {
            "customer" => (Role::Customer, false),
            "reply" | "message" => (Role::Agent, false),
            "note" | "forwardparent" | "forwardchild" => (Role::Agent, true),
            "lineitem" => (Role::System, false),
            "chat" | "phone" | "beaconchat" => match by_type.as_deref() {
                Some("customer") => (Role::Customer, false),
                Some("user" | "team") => (Role::Agent, false),
                other => {
                    reject(
                        out,
                        &format!(
                            "is a {kind} thread whose `createdBy.type` is {}; expected customer or user",
                            other.map_or("missing".to_string(), |o| format!(
                                "\"{}\"",
                                super::truncate_for_message(o)
                            ))
                        ),
                    );
                    continue;
                }
            },
            "" => {
                reject(out, "has no `type`");
                continue;
            }
            other => {
                reject(
                    out,
                    &format!(
                        "has an unknown type \"{}\"; otai reads customer, reply, message, note, lineitem, chat, phone and forward threads",
                        super::truncate_for_message(other)
                    ),
                );
                continue;
            }
        };
        let Some(time) = t.get("createdAt").and_then(|x| time_of(x, out.settings)) else {
            reject(out, "has no valid `createdAt` (ISO 8601)");
            continue;
        };
        let raw = t
            .get("body")
            .and_then(scalar_text)
            .or_else(|| {
                (role == Role::System)
                    .then(|| t.get("action").and_then(|a| text_of(a, "text")))
                    .flatten()
            })
            .unwrap_or_default();
        let (text, quoted) = body_text(&raw, looks_like_html(&raw));
        let channel = conv_channel.unwrap_or(
            match t.get("source").and_then(|s| text_of(s, "type")).as_deref() {
                Some("chat" | "beacon" | "beaconchat") => Channel::Chat,
                _ if kind == "chat" || kind == "beaconchat" => Channel::Chat,
                _ => Channel::Email,
            },
        );
        let name = created_by.map(|b| {
            [text_of(b, "first"), text_of(b, "last")]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ")
        });
        out.push(Msg {
            conversation: format!("helpscout-{conv_id}"),
            id: id_s,
            time,
            role,
            author_id: created_by.and_then(|b| text_of(b, "id")),
            author_name: name.filter(|n| !n.is_empty()),
            channel,
            text,
            quoted,
            internal,
            subject: subject.clone(),
            line,
        });
    }
}
