//! Chatwoot: messages from the REST API (`GET /api/v1/accounts/{a}/conversations/{c}/messages`,
//! `{"meta": …, "payload": [...]}`), from webhooks (`message_created` / `message_updated`
//! events, one per file or an array of them), or conversations holding `messages`.
//! Every object with a `message_type` is a message; anything around it is context.
//!
//! - Conversation: `chatwoot-<conversation_id>` (webhooks: `conversation.id`).
//! - `message_type` 0 / `incoming` → customer; 1 / `outgoing` → agent, or bot when
//!   `sender_type` (or `sender.type`) is `AgentBot`; 2 / `activity` → system;
//!   3 / `template` → bot. Another value is a reject naming it.
//! - `private: true` → internal note. Text: `content` (quoted mail and signatures of
//!   e-mail inboxes move to `quoted_text`). `created_at`: epoch seconds (or ISO 8601).
//! - Channel: email when the conversation's channel is an e-mail inbox, else chat.
//!
//! Example: `{"payload": [{"id": 5, "conversation_id": 7, "message_type": 0,
//! "content": "Hi", "created_at": 1772414100, "private": false, "sender_type": "Contact"}]}`
//! → one customer message in `chatwoot-7`.

use serde_json::Value;

use super::{Msg, Out, body_text, bool_of, text_of, time_of};
use crate::schema::{Channel, Role};

pub fn read(out: &mut Out<'_>, v: &Value) {
    let mut messages = Vec::new();
    collect(v, None, &mut messages);
    if messages.is_empty() {
        let line = out.next_record();
        out.refuse(
            line,
            "export",
            None,
            "holds no message with a `message_type`; export a conversation's messages",
        );
    }
    for (m, conv) in messages {
        read_message(out, m, conv);
    }
}

/// Every object with `message_type`, with the conversation object around it (if any).
fn collect<'v>(
    v: &'v Value,
    conv: Option<&'v Value>,
    out: &mut Vec<(&'v Value, Option<&'v Value>)>,
) {
    match v {
        Value::Object(o) if o.contains_key("message_type") => out.push((v, conv)),
        Value::Object(o) => {
            // A conversation holding messages gives them its id and channel.
            let here = if o.contains_key("messages") && o.contains_key("id") {
                Some(v)
            } else {
                conv
            };
            for child in o.values() {
                collect(child, here, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                collect(item, conv, out);
            }
        }
        _ => {}
    }
}

fn is_email(conv: Option<&Value>) -> bool {
    let channel = conv.and_then(|c| {
        text_of(c, "channel").or_else(|| c.get("meta").and_then(|m| text_of(m, "channel")))
    });
    channel.is_some_and(|c| c.to_lowercase().contains("email"))
}

fn read_message(out: &mut Out<'_>, m: &Value, around: Option<&Value>) {
    let line = out.next_record();
    let id = text_of(m, "id");
    let reject = |out: &mut Out<'_>, problem: &str| {
        let why = out.why("message", id.as_deref(), problem);
        out.reject(line, id.clone(), why);
    };
    let Some(id_s) = id.clone() else {
        reject(out, "has no `id`");
        return;
    };
    let conv_obj = m.get("conversation").filter(|c| c.is_object()).or(around);
    let Some(conversation) =
        text_of(m, "conversation_id").or_else(|| conv_obj.and_then(|c| text_of(c, "id")))
    else {
        reject(
            out,
            "has no `conversation_id`; export the messages of one conversation, or webhook events with their `conversation`",
        );
        return;
    };
    let sender_type = text_of(m, "sender_type")
        .or_else(|| m.get("sender").and_then(|s| text_of(s, "type")))
        .unwrap_or_default()
        .to_lowercase()
        .replace('_', "");
    let kind = match m.get("message_type") {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) => s.trim().to_lowercase(),
        other => other.map(Value::to_string).unwrap_or_default(),
    };
    let role = match kind.as_str() {
        "0" | "incoming" => Role::Customer,
        "1" | "outgoing" if sender_type == "agentbot" => Role::Bot,
        "1" | "outgoing" => Role::Agent,
        "2" | "activity" => Role::System,
        "3" | "template" => Role::Bot,
        other => {
            reject(
                out,
                &format!(
                    "has an unknown message_type {}; expected 0–3 or incoming, outgoing, activity, template",
                    super::truncate_for_message(other)
                ),
            );
            return;
        }
    };
    let internal = match bool_of(m, "private") {
        Ok(p) => p.unwrap_or(false),
        Err(e) => {
            reject(out, &e);
            return;
        }
    };
    let Some(time) = m.get("created_at").and_then(|t| time_of(t, out.settings)) else {
        reject(out, "has no valid `created_at` (epoch seconds)");
        return;
    };
    let (text, quoted) = body_text(&text_of(m, "content").unwrap_or_default(), false);
    let sender = m.get("sender");
    out.push(Msg {
        conversation: format!("chatwoot-{conversation}"),
        id: id_s,
        time,
        role,
        author_id: text_of(m, "sender_id").or_else(|| sender.and_then(|s| text_of(s, "id"))),
        author_name: sender.and_then(|s| text_of(s, "name")),
        channel: if is_email(conv_obj) {
            Channel::Email
        } else {
            Channel::Chat
        },
        text,
        quoted,
        internal,
        subject: None,
        line,
    });
}
