//! `otai inspect`: what otai makes of one export file, before any analysis.
//!
//! The file is read by the same reader `otai analyze` uses (so the mapping shown is the
//! mapping a run will use), streamed: each message is tallied and dropped, so memory
//! holds the tallies (roles, agents, conversation ids, the time range) and three
//! records, never the file. Threading of mail and duplicates across files are decided
//! by `otai analyze` over all inputs together and are not shown here.

use std::collections::{BTreeMap, HashSet};

use super::record::{ColumnUse, Field, Partial, unused_columns};
use super::{FileJob, RecordError, Skipped, detect::Format, mail::ParsedMail};
use crate::schema::{Message, Role};

/// How many records are shown as otai reads them.
const SAMPLE: usize = 3;
/// How many rejects are kept to show.
const REJECTS_SHOWN: usize = 5;

/// One file as otai reads it.
#[derive(Debug, Clone)]
pub struct Inspection {
    pub path: String,
    pub format: Option<Format>,
    pub encoding: Option<String>,
    pub size: u64,
    pub read: u64,
    pub accepted: u64,
    pub rejected: u64,
    pub ignored: u64,
    pub columns: Vec<ColumnUse>,
    pub inferred: Vec<String>,
    /// Messages per role, by the role's name.
    pub roles: BTreeMap<&'static str, u64>,
    /// Customer-visible agent messages per agent id (after `[agents]` aliases).
    pub agents: BTreeMap<String, u64>,
    pub agent_messages: u64,
    pub agent_without_author: u64,
    /// Distinct conversation ids (mail: threads are found by `otai analyze`).
    pub conversations: u64,
    /// Earliest and latest message, UTC milliseconds.
    pub first_ms: Option<i64>,
    pub last_ms: Option<i64>,
    /// The first messages as otai reads them.
    pub sample: Vec<Message>,
    /// The first rejects, and every reject's reason counted.
    pub rejects: Vec<RecordError>,
    pub reject_reasons: BTreeMap<String, u64>,
    pub skipped: Vec<Skipped>,
    /// What the user should fix, each with the otai.toml line that does it.
    pub warnings: Vec<String>,
}

#[derive(Default)]
struct Tally {
    roles: BTreeMap<&'static str, u64>,
    agents: BTreeMap<String, u64>,
    agent_messages: u64,
    agent_without_author: u64,
    conversations: HashSet<String>,
    first_ms: Option<i64>,
    last_ms: Option<i64>,
    sample: Vec<Message>,
    accepted: u64,
}

impl Tally {
    fn message(&mut self, mut m: Message, aliases: &BTreeMap<String, String>, conversation: bool) {
        self.accepted += 1;
        super::canonical_agent(&mut m.author_id, aliases);
        *self.roles.entry(m.role.as_str()).or_default() += 1;
        if m.role == Role::Agent && !m.internal {
            self.agent_messages += 1;
            match &m.author_id {
                Some(a) => {
                    if !self.agents.contains_key(a) {
                        self.agents.insert(a.clone(), 0);
                    }
                    *self.agents.get_mut(a).expect("inserted above") += 1;
                }
                None => self.agent_without_author += 1,
            }
        }
        if conversation && !self.conversations.contains(&m.conversation_id) {
            self.conversations.insert(m.conversation_id.clone());
        }
        self.first_ms = Some(
            self.first_ms
                .map_or(m.timestamp_ms, |t| t.min(m.timestamp_ms)),
        );
        self.last_ms = Some(
            self.last_ms
                .map_or(m.timestamp_ms, |t| t.max(m.timestamp_ms)),
        );
        if self.sample.len() < SAMPLE {
            self.sample.push(m);
        }
    }

    fn partials(&mut self, partials: &mut Vec<Partial>, aliases: &BTreeMap<String, String>) {
        for p in partials.drain(..) {
            let known = p.conversation_known;
            self.message(p.message, aliases, known);
        }
    }

    fn mails(&mut self, mails: &mut Vec<ParsedMail>, aliases: &BTreeMap<String, String>) {
        for m in mails.drain(..) {
            let id = m.message_id.clone().unwrap_or_default();
            let message = m.into_message(id);
            self.message(message, aliases, false);
        }
    }
}

/// Reads one file as `otai analyze` would and tallies what it holds.
pub fn inspect(job: &FileJob) -> Inspection {
    let aliases = &job.settings.agent_aliases;
    let tally = std::cell::RefCell::new(Tally::default());
    let (report, mut read) = super::read_file(
        job,
        &mut |p| {
            tally.borrow_mut().partials(p, aliases);
            true
        },
        &mut |m| tally.borrow_mut().mails(m, aliases),
    );
    let mut t = tally.into_inner();
    t.partials(&mut read.partials, aliases);
    t.mails(&mut read.mails, aliases);
    let mut reject_reasons: BTreeMap<String, u64> = BTreeMap::new();
    for r in &read.rejects {
        *reject_reasons.entry(reason_kind(&r.reason)).or_default() += 1;
    }
    let mut i = Inspection {
        path: report.path,
        format: report.format,
        encoding: read.encoding.or_else(|| {
            matches!(report.format, Some(Format::Jsonl | Format::Json)).then(|| "UTF-8".into())
        }),
        size: report.size,
        read: report.read,
        accepted: t.accepted,
        rejected: read.rejects.len() as u64,
        ignored: read.ignored,
        columns: read.columns,
        inferred: read.inferred,
        roles: t.roles,
        agents: t.agents,
        agent_messages: t.agent_messages,
        agent_without_author: t.agent_without_author,
        conversations: t.conversations.len() as u64,
        first_ms: t.first_ms,
        last_ms: t.last_ms,
        sample: t.sample,
        rejects: read.rejects.into_iter().take(REJECTS_SHOWN).collect(),
        reject_reasons,
        skipped: read.skipped,
        warnings: Vec::new(),
    };
    i.warnings = warnings(&i);
    // A mapping in otai.toml whose column this file does not have does nothing here.
    let missing = super::record::missing_mappings(&i.columns, &job.settings.columns);
    for (field, column) in missing {
        let warning = super::record::missing_mapping_warning(&field, &column, &i.columns);
        i.warnings.push(warning);
    }
    i
}

/// A reject's kind: its reason up to the value it quotes or its explanation ("invalid
/// timestamp", "unknown role"), so alike rejects count together.
fn reason_kind(reason: &str) -> String {
    // Up to the first quoted value, explanation, or number (a time, a size, a count).
    let end = reason
        .find(|c: char| matches!(c, '"' | ';' | '(' | ':') || c.is_ascii_digit())
        .unwrap_or(reason.len());
    reason[..end].trim().to_string()
}

fn warnings(i: &Inspection) -> Vec<String> {
    let mut w = Vec::new();
    if i.accepted == 0 && i.read > 0 {
        w.push(
            "no message could be read from this file: see the rejects below for the reason and its fix"
                .to_string(),
        );
    }
    if i.accepted > 0 && i.agent_messages == 0 {
        w.push(format!(
            "no message is an agent's (roles: {}): if agents are written another way, map the value with `[input.roles] \"<value>\" = \"agent\"` in otai.toml (mail: `[mail] agent_domains = [\"example.co.jp\"]` or --agent-domain)",
            if i.roles.is_empty() {
                "none".to_string()
            } else {
                i.roles.keys().copied().collect::<Vec<_>>().join(", ")
            }
        ));
    }
    let unused = unused_columns(&i.columns);
    if let Some(warning) = super::author_warning(i.agent_without_author, i.agent_messages) {
        w.push(if unused.is_empty() {
            warning
        } else {
            format!("{warning}; columns not used: {}", unused.join(", "))
        });
    } else if !unused.is_empty() {
        let fields: Vec<&str> = Field::ALL.iter().map(|f| f.config_name()).collect();
        w.push(format!(
            "columns not used: {}; if one holds a field otai should read, map it with `[input.columns] <field> = \"<column>\"` in otai.toml (fields: {})",
            unused.join(", "),
            fields.join(", ")
        ));
    }
    w
}
