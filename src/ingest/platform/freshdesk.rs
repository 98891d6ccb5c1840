//! Freshdesk (API v2): a ticket (`GET /tickets/{id}`, with `?include=conversations` its
//! `conversations[]` inside), a ticket's conversations (`GET /tickets/{id}/conversations`,
//! an array), or an array of either.
//!
//! - Conversation: `freshdesk-<ticket id>` (conversations carry `ticket_id`).
//! - The ticket's `description_text` (else `description` as text) is the requester's
//!   first message (message id `<ticket id>-description`).
//! - Conversations: `incoming: true` → customer, else agent; `private: true` →
//!   internal note. Text: `body_text`, else `body` (HTML) as text; quoted mail and
//!   signatures move to `quoted_text`.
//! - Channel: chat for tickets from chat (`source` 7), else email. Times are ISO 8601.
//!
//! Example: `[{"id": 2, "ticket_id": 1, "body_text": "This is a reply", "incoming": false,
//! "private": false, "user_id": 1, "created_at": "2016-05-19T05:36:14Z"}]` → one agent
//! message in `freshdesk-1`.

use serde_json::Value;

use super::{Msg, Out, body_text, bool_of, text_of, time_of};
use crate::schema::{Channel, Role};

pub fn read(out: &mut Out<'_>, v: &Value) {
    match v {
        Value::Array(items) => {
            for item in items {
                read_item(out, item, Channel::Email);
            }
        }
        _ => read_item(out, v, Channel::Email),
    }
}

fn read_item(out: &mut Out<'_>, v: &Value, channel: Channel) {
    if v.get("description_text").is_some()
        || v.get("description").is_some()
        || v.get("requester_id").is_some()
    {
        read_ticket(out, v);
    } else {
        read_conversation(out, v, None, channel);
    }
}

fn read_ticket(out: &mut Out<'_>, t: &Value) {
    let line = out.next_record();
    let Some(id) = text_of(t, "id") else {
        out.refuse(
            line,
            "ticket",
            None,
            "has no `id`; export it with GET /api/v2/tickets/{id}",
        );
        return;
    };
    let channel = match t.get("source").and_then(Value::as_i64) {
        Some(7) => Channel::Chat,
        _ => Channel::Email,
    };
    let subject = text_of(t, "subject");
    let text = match (text_of(t, "description_text"), text_of(t, "description")) {
        (Some(plain), _) => Some(body_text(&plain, false)),
        (None, Some(html)) => Some(body_text(&html, true)),
        (None, None) => None,
    };
    match (
        text,
        t.get("created_at").and_then(|c| time_of(c, out.settings)),
    ) {
        (None, _) => {
            out.refuse(
                line,
                "ticket",
                Some(id.clone()),
                "has no `description_text` or `description`",
            );
        }
        (_, None) => {
            out.refuse(
                line,
                "ticket",
                Some(id.clone()),
                "has no valid `created_at` (ISO 8601)",
            );
        }
        (Some((text, quoted)), Some(time)) => {
            let requester = t.get("requester");
            out.push(Msg {
                conversation: format!("freshdesk-{id}"),
                id: format!("{id}-description"),
                time,
                role: Role::Customer,
                author_id: text_of(t, "requester_id"),
                author_name: requester.and_then(|r| text_of(r, "name")),
                channel,
                text,
                quoted,
                internal: false,
                subject: subject.clone(),
                line,
            });
        }
    }
    if let Some(Value::Array(convs)) = t.get("conversations") {
        for c in convs {
            read_conversation(out, c, Some((&id, subject.as_deref())), channel);
        }
    }
}

/// One conversation entry; `ticket` is (id, subject) when it sits inside its ticket.
fn read_conversation(
    out: &mut Out<'_>,
    c: &Value,
    ticket: Option<(&str, Option<&str>)>,
    channel: Channel,
) {
    let line = out.next_record();
    let id = text_of(c, "id");
    let reject = |out: &mut Out<'_>, problem: &str| {
        let why = out.why("conversation", id.as_deref(), problem);
        out.reject(line, id.clone(), why);
    };
    if !c.is_object() {
        reject(
            out,
            "is not an object; export GET /api/v2/tickets/{id}/conversations",
        );
        return;
    }
    let Some(id_s) = id.clone() else {
        reject(out, "has no `id`");
        return;
    };
    let Some(ticket_id) = text_of(c, "ticket_id").or_else(|| ticket.map(|t| t.0.to_string()))
    else {
        reject(
            out,
            "has no `ticket_id`; export it with GET /api/v2/tickets/{id}/conversations",
        );
        return;
    };
    let (incoming, private) = match (bool_of(c, "incoming"), bool_of(c, "private")) {
        (Ok(i), Ok(p)) => (i.unwrap_or(false), p.unwrap_or(false)),
        (Err(e), _) | (_, Err(e)) => {
            reject(out, &e);
            return;
        }
    };
    let (text, quoted) = match (text_of(c, "body_text"), text_of(c, "body")) {
        (Some(plain), _) => body_text(&plain, false),
        (None, Some(html)) => body_text(&html, true),
        (None, None) => {
            reject(out, "has no `body_text` or `body`");
            return;
        }
    };
    let Some(time) = c.get("created_at").and_then(|t| time_of(t, out.settings)) else {
        reject(out, "has no valid `created_at` (ISO 8601)");
        return;
    };
    let author_name = text_of(c, "from_email").map(|f| match f.split_once('<') {
        Some((name, _)) if !name.trim().is_empty() => name.trim().trim_matches('"').to_string(),
        _ => f,
    });
    out.push(Msg {
        conversation: format!("freshdesk-{ticket_id}"),
        id: id_s,
        time,
        role: if incoming {
            Role::Customer
        } else {
            Role::Agent
        },
        author_id: text_of(c, "user_id"),
        author_name,
        channel,
        text,
        quoted,
        internal: private,
        subject: ticket.and_then(|t| t.1).map(str::to_string),
        line,
    });
}
