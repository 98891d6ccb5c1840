//! `otai inspect <INPUT>…`: per file, what otai makes of it (see [`crate::ingest::inspect`]),
//! as text for people or JSON for scripts. Writes nothing; exit 0 unless a file could not
//! be read at all.

use rayon::prelude::*;
use serde_json::json;

use crate::config::InspectConfig;
use crate::error::Outcome;
use crate::ingest::{self, inspect::Inspection};

pub fn run(cfg: &InspectConfig) -> anyhow::Result<Outcome> {
    let a = &cfg.analyze;
    let (jobs, skipped) = ingest::plan_jobs(&a.inputs, None, &|folder| a.settings_for(folder))?;
    let found: Vec<(Inspection, chrono_tz::Tz)> = jobs
        .par_iter()
        .map(|job| (ingest::inspect::inspect(job), job.settings.tz))
        .collect();
    // Nothing to read at all is as much a failure as a file that holds nothing readable.
    let unreadable =
        found.is_empty() || found.iter().any(|(i, _)| i.accepted == 0 && i.ignored == 0);
    if cfg.json {
        let files: Vec<_> = found.iter().map(|(i, tz)| to_json(i, *tz)).collect();
        let skipped: Vec<_> = skipped.iter().map(ingest::Skipped::to_json).collect();
        let doc = json!({"files": files, "skipped": skipped});
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        let mut text = String::new();
        for (i, tz) in &found {
            text.push_str(&to_text(i, *tz));
            text.push('\n');
        }
        for s in &skipped {
            text.push_str(&format!("skipped {}: {}\n", s.path, s.reason));
        }
        if found.is_empty() {
            text.push_str("no input files found\n");
        }
        print!("{text}");
    }
    Ok(if unreadable {
        Outcome::SomeRejected
    } else {
        Outcome::Clean
    })
}

fn local(ms: i64, tz: chrono_tz::Tz) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| {
            t.with_timezone(&tz)
                .format("%Y-%m-%d %H:%M:%S %:z")
                .to_string()
        })
        .unwrap_or_default()
}

/// A message's text on one line, at most 80 characters.
fn short(text: &str) -> String {
    let one: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = one.chars().take(80).collect();
    if one.chars().count() > 80 {
        out.push('…');
    }
    out
}

fn to_text(i: &Inspection, tz: chrono_tz::Tz) -> String {
    let mut s = String::new();
    let mut line = |k: &str, v: String| s.push_str(&format!("  {k:<14}{v}\n"));
    let mut out = format!("{}\n", i.path);
    line(
        "format",
        format!(
            "{}{}, {} bytes",
            i.format.map_or("unknown", |f| f.as_str()),
            i.encoding
                .as_deref()
                .map(|e| format!(" ({e})"))
                .unwrap_or_default(),
            i.size
        ),
    );
    line(
        "records",
        format!(
            "{} read: {} messages, {} rejected{}",
            i.read,
            i.accepted,
            i.rejected,
            if i.ignored > 0 {
                format!(", {} ignored (events, not messages)", i.ignored)
            } else {
                String::new()
            }
        ),
    );
    for (n, c) in i.columns.iter().enumerate() {
        line(
            if n == 0 { "columns" } else { "" },
            format!(
                "{} → {} ({})",
                c.column,
                c.field.as_deref().unwrap_or("—"),
                c.how
            ),
        );
    }
    line(
        "roles",
        if i.roles.is_empty() {
            "none".into()
        } else {
            i.roles
                .iter()
                .map(|(r, n)| format!("{r} {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        },
    );
    let mut agents: Vec<(&String, &u64)> = i.agents.iter().collect();
    agents.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    line(
        "agents",
        format!(
            "{}{}",
            i.agents.len(),
            if agents.is_empty() {
                String::new()
            } else {
                format!(
                    ": {}{}",
                    agents
                        .iter()
                        .take(8)
                        .map(|(a, n)| format!("{a} ({n})"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    if agents.len() > 8 { ", …" } else { "" }
                )
            }
        ),
    );
    let mail = matches!(
        i.format,
        Some(ingest::Format::Mbox | ingest::Format::Maildir | ingest::Format::Eml)
    );
    line(
        "conversations",
        if mail {
            "threads are found by `otai analyze` across all mail".into()
        } else {
            i.conversations.to_string()
        },
    );
    if let (Some(a), Some(b)) = (i.first_ms, i.last_ms) {
        line(
            "time",
            format!("{} … {} ({tz})", local(a, tz), local(b, tz)),
        );
    }
    for (n, m) in i.sample.iter().enumerate() {
        line(
            if n == 0 { "first records" } else { "" },
            format!(
                "[{} {} {}{}] {}",
                if m.conversation_id.is_empty() {
                    "—"
                } else {
                    &m.conversation_id
                },
                local(m.timestamp_ms, tz),
                m.role.as_str(),
                m.author_id
                    .as_deref()
                    .map(|a| format!(" {a}"))
                    .unwrap_or_default(),
                short(&m.text)
            ),
        );
    }
    for (n, (reason, count)) in i.reject_reasons.iter().enumerate() {
        line(
            if n == 0 { "rejects" } else { "" },
            format!("{count} × {reason}"),
        );
    }
    for r in &i.rejects {
        line("", format!("e.g. {r}"));
    }
    for (n, w) in i.warnings.iter().enumerate() {
        line(if n == 0 { "warnings" } else { "" }, format!("! {w}"));
    }
    for sk in &i.skipped {
        line("skipped", format!("{}: {}", sk.path, sk.reason));
    }
    out.push_str(&s);
    out
}

fn to_json(i: &Inspection, tz: chrono_tz::Tz) -> serde_json::Value {
    json!({
        "path": i.path,
        "format": i.format.map(|f| f.as_str()),
        "encoding": i.encoding,
        "size": i.size,
        "read": i.read,
        "accepted": i.accepted,
        "rejected": i.rejected,
        "ignored": i.ignored,
        "columns": i.columns.iter().map(|c| json!({
            "column": c.column, "field": c.field, "how": c.how,
        })).collect::<Vec<_>>(),
        "inferred": i.inferred,
        "roles": i.roles,
        "agents": i.agents,
        "agent_messages": i.agent_messages,
        "agent_messages_without_author": i.agent_without_author,
        "conversations": i.conversations,
        "time_zone": tz.name(),
        "first": i.first_ms.map(|t| local(t, tz)),
        "last": i.last_ms.map(|t| local(t, tz)),
        "sample": i.sample.iter().map(|m| json!({
            "conversation_id": m.conversation_id,
            "message_id": m.message_id,
            "time": local(m.timestamp_ms, tz),
            "role": m.role.as_str(),
            "author_id": m.author_id,
            "author_name": m.author_name,
            "channel": m.channel.as_str(),
            "internal": m.internal,
            "text": m.text,
            "line": m.source_line,
        })).collect::<Vec<_>>(),
        "reject_reasons": i.reject_reasons,
        "rejects": i.rejects.iter().map(|r| json!({
            "line": r.line, "record_id": r.record_id, "reason": r.reason,
        })).collect::<Vec<_>>(),
        "skipped": i.skipped.iter().map(ingest::Skipped::to_json).collect::<Vec<_>>(),
        "warnings": i.warnings,
    })
}
