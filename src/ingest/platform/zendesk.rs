//! Zendesk: a ticket's comments (`GET /api/v2/tickets/{id}/comments`, `{"comments": [...]}`),
//! its audits (`GET /api/v2/tickets/{id}/audits`, whose `Comment` events are the
//! comments) and the ticket itself (`{"ticket": {...}}`).
//!
//! - Conversation: `zendesk-<ticket id>`. Audits carry `ticket_id`. A comments file
//!   carries none: the ticket file beside it is used (`X_comments.json` or
//!   `X-comments.json` → `X.json`; `comments.json` → `ticket.json`), else the id is
//!   the comments file's name (`zendesk-<file stem>`).
//! - Roles: from a users file (`[zendesk] users` in otai.toml, or a `users.json` of
//!   Zendesk users beside the export): `end-user` → customer, `agent`/`admin` → agent.
//!   Otherwise the ticket's requester (the ticket file, or the audits' `requester_id`
//!   event; failing both, the first comment's author) is the customer and any other
//!   author an agent.
//! - `public: false` → internal note. Text: `plain_body`, else `body`, else
//!   `html_body` as text; quoted mail and signatures move to `quoted_text`.
//! - Channel: the ticket's `via.channel` (email → email, chat/messaging → chat,
//!   web/api/… → other).
//! - A ticket file alone gives its `description` as the requester's first message;
//!   beside its comments or audits it is their metadata and counts as ignored.
//!
//! Example: `{"comments": [{"id": 2, "author_id": 37, "plain_body": "Hi", "public": true,
//! "created_at": "2019-06-03T01:23:47Z"}]}` beside `ticket.json` of ticket 2 requested by
//! 37 → one customer message in `zendesk-2`.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use super::{Msg, Out, body_text, bool_of, channel_of, file_stem, sibling_json, text_of, time_of};
use crate::schema::{Channel, Role};

/// Comments in file order: (record number, comment, the audit it came in).
type Comments<'v> = Vec<(u64, &'v Value, Option<&'v Value>)>;

/// What the ticket says about its comments.
#[derive(Debug, Default, Clone)]
struct Ticket {
    id: Option<String>,
    requester: Option<String>,
    channel: Option<Channel>,
    subject: Option<String>,
}

impl Ticket {
    fn from_value(t: &Value) -> Ticket {
        Ticket {
            id: text_of(t, "id"),
            requester: text_of(t, "requester_id"),
            channel: t
                .get("via")
                .and_then(|v| text_of(v, "channel"))
                .map(|c| channel_of(&c)),
            subject: text_of(t, "subject").or_else(|| text_of(t, "raw_subject")),
        }
    }
}

pub fn read(out: &mut Out<'_>, path: &Path, v: &Value) {
    let users = users(out, path);
    if let Some(audits) = v.get("audits") {
        read_audits(out, path, audits, &users);
    } else if let Some(comments) = v.get("comments") {
        let ticket = ticket_beside_comments(path).unwrap_or_default();
        let conversation = format!(
            "zendesk-{}",
            ticket.id.clone().unwrap_or_else(|| file_stem(out.file))
        );
        let Some(list) = comments.as_array() else {
            let line = out.next_record();
            out.refuse(
                line,
                "comments file",
                None,
                "`comments` is not an array; export GET /api/v2/tickets/{id}/comments",
            );
            return;
        };
        let comments: Comments<'_> = list.iter().map(|c| (out.next_record(), c, None)).collect();
        read_comments(out, &conversation, &ticket, &comments, &users);
    } else if let Some(t) = v.get("ticket") {
        read_ticket(out, path, t);
    } else {
        let line = out.next_record();
        out.refuse(
            line,
            "export",
            None,
            "no `comments`, `audits` or `ticket`; export a ticket's comments or audits",
        );
    }
}

/// Authors' roles from a Zendesk users file, when one is given or sits beside.
fn users(out: &Out<'_>, path: &Path) -> BTreeMap<String, Role> {
    let value = match &out.settings.platforms.zendesk_users {
        Some(p) => super::read_metadata(p),
        None => sibling_json(path, "users.json"),
    };
    let mut map = BTreeMap::new();
    for u in value
        .as_ref()
        .and_then(|v| v.get("users"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let role = match text_of(u, "role").as_deref() {
            Some("end-user") => Role::Customer,
            Some("agent" | "admin") => Role::Agent,
            _ => continue,
        };
        if let Some(id) = text_of(u, "id") {
            map.insert(id, role);
        }
    }
    map
}

/// The ticket file that belongs to a comments file, by name.
fn ticket_beside_comments(path: &Path) -> Option<Ticket> {
    let stem = path.file_stem()?.to_string_lossy().into_owned();
    let ticket_stem = ["_comments", "-comments", "_audits", "-audits"]
        .iter()
        .find_map(|s| stem.strip_suffix(s))
        .map(str::to_string)
        .or_else(|| matches!(stem.as_str(), "comments" | "audits").then(|| "ticket".to_string()))?;
    let v = sibling_json(path, &format!("{ticket_stem}.json"))?;
    v.get("ticket").map(Ticket::from_value)
}

/// Does a comments or audits file for this ticket file sit beside it?
fn has_comments_beside(path: &Path) -> bool {
    let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
        return false;
    };
    let Some(dir) = path.parent() else {
        return false;
    };
    let mut names: Vec<String> = ["_comments", "-comments", "_audits", "-audits"]
        .iter()
        .map(|s| format!("{stem}{s}.json"))
        .collect();
    if stem == "ticket" {
        names.extend(["comments.json".into(), "audits.json".into()]);
    }
    names.iter().any(|n| dir.join(n).is_file())
}

fn read_ticket(out: &mut Out<'_>, path: &Path, t: &Value) {
    let line = out.next_record();
    if has_comments_beside(path) {
        out.ignore();
        return;
    }
    let ticket = Ticket::from_value(t);
    let Some(id) = ticket.id.clone() else {
        out.refuse(
            line,
            "ticket",
            None,
            "has no `id`; export it with GET /api/v2/tickets/{id}",
        );
        return;
    };
    let Some(time) = t.get("created_at").and_then(|c| time_of(c, out.settings)) else {
        out.refuse(
            line,
            "ticket",
            Some(id),
            "has no valid `created_at` (ISO 8601 UTC)",
        );
        return;
    };
    let raw = text_of(t, "description").unwrap_or_default();
    let (text, quoted) = body_text(&raw, false);
    out.push(Msg {
        conversation: format!("zendesk-{id}"),
        id: format!("{id}-description"),
        time,
        role: Role::Customer,
        author_id: ticket.requester.clone(),
        author_name: None,
        channel: ticket.channel.unwrap_or(Channel::Other),
        text,
        quoted,
        internal: false,
        subject: ticket.subject,
        line,
    });
}

/// Audits: each `Comment` event is a comment, timed by its audit; other events are
/// ticket changes and are not records.
fn read_audits(out: &mut Out<'_>, path: &Path, audits: &Value, users: &BTreeMap<String, Role>) {
    let Some(list) = audits.as_array() else {
        let line = out.next_record();
        out.refuse(
            line,
            "audits file",
            None,
            "`audits` is not an array; export GET /api/v2/tickets/{id}/audits",
        );
        return;
    };
    // Per ticket: the comments in file order, with their audit.
    let mut tickets: BTreeMap<String, (Ticket, Comments<'_>)> = BTreeMap::new();
    let beside = ticket_beside_comments(path);
    for audit in list {
        let ticket_id = text_of(audit, "ticket_id")
            .or_else(|| beside.as_ref().and_then(|t| t.id.clone()))
            .unwrap_or_else(|| file_stem(out.file));
        let entry = tickets.entry(ticket_id.clone()).or_insert_with(|| {
            let mut t = beside
                .clone()
                .filter(|t| t.id.as_deref() == Some(&ticket_id))
                .unwrap_or_default();
            t.id = Some(ticket_id.clone());
            (t, Vec::new())
        });
        if entry.0.channel.is_none() {
            entry.0.channel = audit
                .get("via")
                .and_then(|v| text_of(v, "channel"))
                .map(|c| channel_of(&c));
        }
        for e in audit
            .get("events")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            match text_of(e, "type").as_deref() {
                Some("Comment" | "VoiceComment") => {
                    let line = out.next_record();
                    entry.1.push((line, e, Some(audit)));
                }
                Some("Create" | "Change")
                    if text_of(e, "field_name").as_deref() == Some("requester_id") =>
                {
                    entry.0.requester = text_of(e, "value");
                }
                _ => {}
            }
        }
    }
    for (id, (ticket, comments)) in &tickets {
        read_comments(out, &format!("zendesk-{id}"), ticket, comments, users);
    }
}

/// Comments (from the comments API, or audit events with their audit) → messages.
fn read_comments(
    out: &mut Out<'_>,
    conversation: &str,
    ticket: &Ticket,
    comments: &[(u64, &Value, Option<&Value>)],
    users: &BTreeMap<String, Role>,
) {
    // Without a ticket, the first comment's author opened it.
    let requester = ticket.requester.clone().or_else(|| {
        comments
            .first()
            .and_then(|(_, c, _)| text_of(c, "author_id"))
    });
    for &(line, c, audit) in comments {
        let id = text_of(c, "id");
        let reject = |out: &mut Out<'_>, problem: &str| {
            let why = out.why("comment", id.as_deref(), problem);
            out.reject(line, id.clone(), why);
        };
        if !c.is_object() {
            reject(out, "is not an object");
            continue;
        }
        let Some(id_s) = id.clone() else {
            reject(out, "has no `id`");
            continue;
        };
        let created = c
            .get("created_at")
            .or_else(|| audit.and_then(|a| a.get("created_at")));
        let Some(time) = created.and_then(|t| time_of(t, out.settings)) else {
            reject(
                out,
                "has no valid `created_at` (ISO 8601 UTC); export the comments with their times",
            );
            continue;
        };
        let internal = match bool_of(c, "public") {
            Ok(p) => !p.unwrap_or(true),
            Err(e) => {
                reject(out, &e);
                continue;
            }
        };
        let (text, quoted) = if let Some(plain) = text_of(c, "plain_body") {
            body_text(&plain, false)
        } else if let Some(body) = text_of(c, "body") {
            body_text(&body, false)
        } else if let Some(html) = text_of(c, "html_body") {
            body_text(&html, true)
        } else {
            reject(out, "has no `plain_body`, `body` or `html_body`");
            continue;
        };
        let author =
            text_of(c, "author_id").or_else(|| audit.and_then(|a| text_of(a, "author_id")));
        let role = match author.as_ref().and_then(|a| users.get(a)) {
            Some(r) => *r,
            None if author.is_some() && author == requester => Role::Customer,
            None => Role::Agent,
        };
        let channel = ticket
            .channel
            .or_else(|| {
                c.get("via")
                    .and_then(|v| text_of(v, "channel"))
                    .map(|ch| channel_of(&ch))
            })
            .unwrap_or(Channel::Other);
        out.push(Msg {
            conversation: conversation.to_string(),
            id: id_s,
            time,
            role,
            author_id: author,
            author_name: None,
            channel,
            text,
            quoted,
            internal,
            subject: ticket.subject.clone(),
            line,
        });
    }
}
