//! Ingest: turns input files (JSONL, JSON, CSV/TSV, mbox, maildir, .eml, helpdesk and
//! chat platform exports) into canonical
//! [`Message`]s, with every unusable record recorded as a [`RecordError`] (file, line,
//! record id, reason) instead of aborting the run.
//!
//! Invariants:
//! - for every file, `read == accepted + rejected + ignored + duplicates` (ignored:
//!   platform events such as a Slack channel join, which are not messages; duplicates:
//!   messages that repeat one already kept, to the letter, as overlapping exports do);
//! - the result does not depend on the order inputs are given or files are listed
//!   (messages are sorted by conversation, time and source position);
//! - no reader panics on any bytes (property-tested).

pub mod csv;
pub mod detect;
pub mod inspect;
pub mod json;
pub mod link;
pub mod lite;
pub mod mail;
pub mod platform;
pub mod record;
pub mod time;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read as _;
use std::path::{Path, PathBuf};

use chrono_tz::Tz;
use rayon::prelude::*;

use crate::schema::{Channel, Message, Role};
pub use detect::Format;

/// Per-file ingest settings: the CLI, the global config and any otai.toml found in
/// the input folder, already merged.
#[derive(Debug, Clone)]
pub struct Settings {
    pub tz: Tz,
    /// `[input.columns]`: canonical field name → column/key in the export.
    pub columns: BTreeMap<String, String>,
    /// `[input.roles]`: exported role value → canonical role.
    pub roles: BTreeMap<String, Role>,
    /// Mail from these domains (or their subdomains) is from agents.
    pub agent_domains: Vec<String>,
    /// Mail from these exact addresses is from agents.
    pub support_addresses: Vec<String>,
    pub max_message_bytes: usize,
    /// Channel for records that do not name one.
    pub default_channel: Channel,
    /// `--format`, when given.
    pub forced_format: Option<Format>,
    /// `[agents]`: another id of an agent (a mail address) → the agent's canonical id.
    pub agent_aliases: BTreeMap<String, String>,
    /// `[input] time_window`: records timed outside it are rejects.
    pub time_window: time::TimeWindow,
    /// `[slack]`, `[teams]`, `[line]`, `[zendesk]`: roles and grouping for platform exports.
    pub platforms: platform::PlatformSettings,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            tz: chrono_tz::Asia::Tokyo,
            columns: BTreeMap::new(),
            roles: BTreeMap::new(),
            agent_domains: Vec::new(),
            support_addresses: Vec::new(),
            max_message_bytes: 1 << 20,
            default_channel: Channel::Chat,
            forced_format: None,
            agent_aliases: BTreeMap::new(),
            time_window: time::TimeWindow::default(),
            platforms: platform::PlatformSettings::default(),
        }
    }
}

pub use crate::schema::RecordError;

/// What one input file contributed.
#[derive(Debug, Clone)]
pub struct FileReport {
    pub path: String,
    pub format: Option<Format>,
    pub size: u64,
    pub sha256: String,
    pub read: u64,
    pub accepted: u64,
    pub rejected: u64,
    /// Records that are events, not messages (a Slack channel join).
    pub ignored: u64,
    /// Messages that repeat one already kept, to the letter (overlapping exports): read =
    /// accepted + rejected + ignored + duplicates.
    pub duplicates: u64,
    /// Fields found by what their column holds, not by its name, and why.
    pub inferred: Vec<String>,
    /// Every column (or JSON key) of the file and the field it became, or unused.
    pub columns: Vec<record::ColumnUse>,
    /// The text encoding read (CSV), when the reader decides one.
    pub encoding: Option<String>,
    /// `[input.columns]` mappings to a column this file does not have and no other file
    /// of the run (with the same mapping) has either: most likely a typo. A mapping one of
    /// the files uses is meant for that file (one otai.toml may cover a CSV beside JSONL).
    pub mapping_warnings: Vec<String>,
}

/// A job for one file: where it is and which settings apply.
#[derive(Debug, Clone)]
pub struct FileJob {
    pub path: PathBuf,
    /// The name used in outputs: relative to the input root it was found under.
    pub display: String,
    pub settings: Settings,
}

/// The whole ingest result.
#[derive(Debug, Default)]
pub struct Ingested {
    /// Every message, in order ([`ingest`] only: `otai analyze` takes them a
    /// conversation at a time from [`ingest_sorted`]).
    pub messages: Vec<Message>,
    /// Messages kept (after duplicate ids were dropped).
    pub accepted: u64,
    pub rejects: Vec<RecordError>,
    pub files: Vec<FileReport>,
    /// Parts of files that were not read (a zip's unusable entries), with the reason.
    pub skipped: Vec<Skipped>,
    /// Customer-visible agent messages, and how many of them name no author.
    pub agent_messages: u64,
    pub agent_without_author: u64,
}

impl Ingested {
    /// What a user must hear about a run that read well but cannot credit agents: the
    /// warning and the otai.toml line that fixes it (None when agents are named).
    pub fn author_warning(&self) -> Option<String> {
        author_warning(self.agent_without_author, self.agent_messages)
    }
}

/// The warning for agent messages that name no agent (`without` of `total`), with the
/// otai.toml line that maps the agent's column; None when every one names its agent.
/// `otai analyze` and `otai inspect` say the same.
pub fn author_warning(without: u64, total: u64) -> Option<String> {
    (without > 0).then(|| {
        format!(
            "{without} of {total} agent messages name no agent, so {} no agent: map the column that names the agent with `[input.columns] author_id = \"<column>\"` (or `agent_name = \"<column>\"`) in otai.toml beside the export",
            if without == total {
                "the reports credit"
            } else {
                "those are credited to"
            }
        )
    })
}

/// Replaces an agent's other id (a mail address) by its canonical id (`[agents]`).
pub fn canonical_agent(id: &mut Option<String>, aliases: &BTreeMap<String, String>) {
    if let Some(canonical) = id.as_ref().and_then(|i| aliases.get(i)) {
        *id = Some(canonical.clone());
    }
}

/// What a single reader returns before linking.
#[derive(Debug, Default)]
pub struct FileRead {
    pub partials: Vec<record::Partial>,
    pub mails: Vec<mail::ParsedMail>,
    pub rejects: Vec<RecordError>,
    /// Records seen (accepted, rejected or ignored).
    pub read: u64,
    /// Records that are events, not messages (platform exports): in `read`, neither
    /// accepted nor rejected.
    pub ignored: u64,
    /// Parts of the file that were not read, and why (a zip's entries that are not part
    /// of the export): listed in run.json's `skipped` as `FILE:ENTRY`.
    pub skipped: Vec<Skipped>,
    /// Fields found by what their column holds, not by its name, and why (run.json).
    pub inferred: Vec<String>,
    /// Every column (or JSON key) of the file and the field it became, or unused.
    pub columns: Vec<record::ColumnUse>,
    /// The text encoding read (CSV), when the reader decides one.
    pub encoding: Option<String>,
}

impl FileRead {
    pub fn reject_whole_file(file: &str, reason: String) -> FileRead {
        FileRead {
            rejects: vec![RecordError {
                file: file.to_string(),
                line: 0,
                record_id: None,
                reason,
            }],
            read: 1,
            ..FileRead::default()
        }
    }
}

/// Reads every job (in parallel), links reply chains and mail threads, and returns
/// messages sorted by conversation, time and source position, all in memory (tests and
/// small tools; `otai analyze` streams them with [`ingest_sorted`]).
pub fn ingest(jobs: &[FileJob], on_file_done: &(dyn Fn() + Sync)) -> Ingested {
    let nowhere = crate::group::SpillDir::none();
    let sorter = crate::group::Sorter::new(&nowhere, usize::MAX);
    // Without a spill folder nothing is written or read back, so nothing can fail.
    let (mut out, mut conversations) = ingest_sorted(jobs, on_file_done, sorter)
        .expect("sorting in memory does no I/O and cannot fail");
    let messages: Vec<Message> = conversations.by_ref().flatten().collect();
    out.reconcile(conversations.finish());
    out.messages = messages;
    out
}

/// Reads every job (in parallel; one file on the calling thread) into `sorter` (which
/// spills sorted runs past its budget), links reply chains and mail threads, and returns
/// the files and readers' rejects with the conversations in order. The messages are not
/// in the result:
/// [`Ingested::reconcile`] completes the counts and rejects once the conversations were
/// taken. Fails only when the spill folder cannot be written or read back. With a
/// streaming sorter ([`crate::group::Sorter::streaming`]) the conversations went to its
/// merge while the files were read, and the conversations returned are none.
pub fn ingest_sorted(
    jobs: &[FileJob],
    on_file_done: &(dyn Fn() + Sync),
    sorter: crate::group::Sorter<'_>,
) -> Result<(Ingested, crate::group::Conversations), String> {
    let threads = mail::thread::Threads::new(sorter.stash());
    let read_one = |job: &FileJob| {
        let aliases = &job.settings.agent_aliases;
        let mut drain = FileDrain {
            sorter: &sorter,
            aliases,
            seq: 0,
            unlinked: Vec::new(),
        };
        let (report, mut read) = read_file(job, &mut |p| drain.take(p), &mut |m| {
            threads.add(m, aliases)
        });
        // What the reader kept (formats read whole, the last rows).
        let _ = drain.take(&mut read.partials);
        threads.add(&mut read.mails, aliases);
        on_file_done();
        (report, read, drain.unlinked)
    };
    // One file is read on this thread, not on the pool: a streaming sorter's reader
    // waits while scoring (on the pool) catches up, and a pool thread waiting there
    // would leave scoring one core.
    let reads: Vec<(FileReport, FileRead, Unlinked)> = match jobs {
        [job] => vec![read_one(job)],
        _ => jobs.par_iter().map(read_one).collect(),
    };

    let mut out = Ingested::default();
    let mut unlinked = Vec::new();
    // Mappings some file has the column for (the others lacking it are not warned).
    let mut missing = Vec::new();
    let mut found: BTreeSet<(String, String)> = BTreeSet::new();
    for ((_, read, _), job) in reads.iter().zip(jobs) {
        let lacking = record::missing_mappings(&read.columns, &job.settings.columns);
        if !read.columns.is_empty() {
            found.extend(
                job.settings
                    .columns
                    .iter()
                    .map(|(f, c)| (f.clone(), c.clone()))
                    .filter(|m| !lacking.contains(m)),
            );
        }
        missing.push(lacking);
    }
    for ((mut report, read, file_unlinked), lacking) in reads.into_iter().zip(missing) {
        report.inferred = read.inferred;
        report.mapping_warnings = lacking
            .iter()
            .filter(|m| !found.contains(*m))
            .map(|(field, column)| record::missing_mapping_warning(field, column, &read.columns))
            .collect();
        report.columns = read.columns;
        report.encoding = read.encoding;
        out.files.push(report);
        out.rejects.extend(read.rejects);
        out.skipped.extend(read.skipped);
        unlinked.extend(file_unlinked);
    }

    // Reply chains: only files with records that lack a conversation id are linked; the
    // other messages of those files take part through their keys alone.
    if !unlinked.is_empty() {
        let files: BTreeSet<String> = unlinked
            .iter()
            .map(|(p, _)| p.message.source_file.to_string())
            .collect();
        let known = sorter.links(&files)?;
        let names = {
            let mut nodes: Vec<link::Node<'_>> =
                unlinked.iter().map(|(p, _)| link::Node::of(p)).collect();
            nodes.extend(known.iter().map(crate::group::LinkKey::node));
            link::chain_names(&nodes)
        };
        drop(known);
        let items = unlinked
            .into_iter()
            .zip(names)
            .map(|((mut p, seq), name)| {
                p.message.conversation_id = name;
                let derived_id = assign_missing_id(&mut p.message);
                crate::group::Item {
                    message: p.message,
                    seq,
                    reply_to: p.reply_to,
                    derived_id,
                }
            })
            .collect();
        sorter.push(items);
    }
    threads.finish(&sorter)?;
    let conversations = sorter.finish()?;
    Ok((out, conversations))
}

/// Records without a conversation id, with their position in their file.
type Unlinked = Vec<(record::Partial, u64)>;

/// Takes a file's records from its reader as they are parsed: agent aliases applied,
/// missing ids derived, numbered in reading order, and handed to the sorter; records
/// without a conversation id wait for reply-chain linking.
struct FileDrain<'a, 's> {
    sorter: &'a crate::group::Sorter<'s>,
    aliases: &'a BTreeMap<String, String>,
    seq: u64,
    unlinked: Unlinked,
}

impl FileDrain<'_, '_> {
    /// False once the sorter wants no more (a streaming sort that gave up).
    fn take(&mut self, partials: &mut Vec<record::Partial>) -> bool {
        let mut items = Vec::with_capacity(partials.len());
        for mut p in partials.drain(..) {
            let seq = self.seq;
            self.seq += 1;
            canonical_agent(&mut p.message.author_id, self.aliases);
            if p.conversation_known {
                let derived_id = assign_missing_id(&mut p.message);
                items.push(crate::group::Item {
                    message: p.message,
                    seq,
                    reply_to: p.reply_to,
                    derived_id,
                });
            } else {
                if self.unlinked.is_empty() {
                    // Linking needs every message of the file: said now, so that a
                    // streaming sort gives up at once rather than at the end.
                    self.sorter.needs_links();
                }
                self.unlinked.push((p, seq));
            }
        }
        self.sorter.push(items);
        !self.sorter.stopped()
    }
}

impl Ingested {
    /// Completes the per-file counts and the rejects with what the merge kept and
    /// rejected (duplicate message ids); rejects end sorted.
    pub fn reconcile(&mut self, tally: crate::group::Tally) {
        self.rejects.extend(tally.duplicates);
        self.accepted = tally.accepted;
        self.agent_messages = tally.agent_messages;
        self.agent_without_author = tally.agent_without_author;
        let per_file: HashMap<&str, usize> = self
            .files
            .iter()
            .enumerate()
            .map(|(i, f)| (f.path.as_str(), i))
            .collect();
        let mut accepted = vec![0u64; self.files.len()];
        let mut rejected = vec![0u64; self.files.len()];
        for (file, n) in &tally.per_file {
            if let Some(&i) = per_file.get(file.as_str()) {
                accepted[i] += n;
            }
        }
        for r in &self.rejects {
            if let Some(&i) = per_file.get(r.file.as_str()) {
                rejected[i] += 1;
            }
        }
        drop(per_file);
        for ((f, a), r) in self.files.iter_mut().zip(accepted).zip(rejected) {
            f.accepted = a;
            f.rejected = r;
            f.duplicates = tally.repeated.get(&f.path).copied().unwrap_or(0);
        }
        self.rejects.sort();
    }
}

fn read_file(
    job: &FileJob,
    drain: &mut dyn FnMut(&mut Vec<record::Partial>) -> bool,
    mails: &mut dyn FnMut(&mut Vec<mail::ParsedMail>),
) -> (FileReport, FileRead) {
    let mut report = FileReport {
        path: job.display.clone(),
        format: None,
        size: 0,
        sha256: String::new(),
        read: 0,
        accepted: 0,
        rejected: 0,
        ignored: 0,
        duplicates: 0,
        inferred: Vec::new(),
        columns: Vec::new(),
        encoding: None,
        mapping_warnings: Vec::new(),
    };
    let cannot_read = |report: &mut FileReport, e: std::io::Error| {
        let read = FileRead::reject_whole_file(
            &job.display,
            format!("cannot read the file ({e}); check that it exists and that you may read it"),
        );
        report.read = read.read;
        read
    };
    // The format is told from the name and the first 64 KiB.
    let mut head = Vec::new();
    let opened = std::fs::File::open(&job.path).and_then(|mut f| {
        (&mut f).take(1 << 16).read_to_end(&mut head)?;
        Ok(f)
    });
    let mut file = match opened {
        Ok(f) => f,
        Err(e) => {
            let read = cannot_read(&mut report, e);
            return (report, read);
        }
    };
    let format = if head.is_empty() {
        None
    } else {
        job.settings
            .forced_format
            .or_else(|| detect::detect(&job.path, &head))
    };
    // JSONL, mbox and CSV (the formats that grow large) are streamed: memory holds a
    // record, never the file.
    if let Some(streamed @ (Format::Jsonl | Format::Mbox | Format::Csv)) = format {
        report.format = format;
        let mut hasher = crate::hash::Sha256Stream::default();
        let reader = std::io::Cursor::new(&head).chain(file);
        let mut seen = |b: &[u8]| hasher.update(b);
        let (name, settings) = (&job.display, &job.settings);
        let read = match streamed {
            Format::Jsonl => json::read_jsonl_stream(name, reader, settings, &mut seen, drain),
            Format::Mbox => mail::read_mbox_stream(name, reader, settings, &mut seen, mails),
            _ => csv::read_csv_stream(name, reader, settings, &mut seen, drain),
        };
        report.size = hasher.len();
        report.sha256 = hasher.finish_hex();
        report.read = read.read;
        return (report, read);
    }
    // The other formats are read whole: a file over its limit is refused unread (hashed
    // as it streams past), so memory never follows the size of a hostile file.
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if let Some(f) = format
        && let Some((limit, why)) = whole_file_limit(f, &head, &job.settings)
        && size > limit
    {
        report.format = format;
        let mut hasher = crate::hash::Sha256Stream::default();
        hasher.update(&head);
        if let Err(e) = std::io::copy(&mut file, &mut hasher) {
            let read = cannot_read(&mut report, e);
            return (report, read);
        }
        report.size = hasher.len();
        report.sha256 = hasher.finish_hex();
        let read = FileRead::reject_whole_file(&job.display, why(report.size));
        report.read = read.read;
        return (report, read);
    }
    let mut bytes = head;
    if let Err(e) = file.read_to_end(&mut bytes) {
        let read = cannot_read(&mut report, e);
        return (report, read);
    }
    report.size = bytes.len() as u64;
    report.sha256 = crate::hash::sha256_hex(&bytes);
    let read = if bytes.is_empty() {
        FileRead::reject_whole_file(&job.display, "the file is empty".into())
    } else {
        report.format = format;
        match format {
            None => FileRead::reject_whole_file(&job.display, detect::undetected_reason(&bytes)),
            // Platform readers look beside the file (Slack's users.json, Zendesk's ticket).
            Some(Format::Platform(p)) => {
                platform::read(p, &job.path, &job.display, &bytes, &job.settings)
            }
            Some(f) => read_bytes(f, &job.display, &bytes, &job.settings),
        }
    };
    report.read = read.read;
    report.ignored = read.ignored;
    (report, read)
}

type Refusal = Box<dyn Fn(u64) -> String>;

/// The largest file of a format that is read whole, and the reason given past it.
/// JSONL, mbox and CSV are streamed and have none.
fn whole_file_limit(format: Format, head: &[u8], settings: &Settings) -> Option<(u64, Refusal)> {
    let max = settings.max_message_bytes as u64;
    match format {
        Format::Eml | Format::Maildir => {
            let limit = mail::mail_limit(settings) as u64;
            Some((
                limit,
                Box::new(move |size| {
                    format!(
                        "mail is {size} bytes (attachments included), over the limit of {limit} bytes (64 × `[input] max_message_bytes`); it was not read; raise max_message_bytes in otai.toml if this is real"
                    )
                }),
            ))
        }
        Format::Json => {
            let limit = max.saturating_mul(256);
            // The one-line conversion for the document's shape.
            let first = head
                .iter()
                .find(|b| !b.is_ascii_whitespace() && **b != 0xef && **b != 0xbb && **b != 0xbf);
            let jq = if first == Some(&b'[') {
                ".[]"
            } else {
                ".messages[]"
            };
            Some((
                limit,
                Box::new(move |size| {
                    format!(
                        "JSON document is {size} bytes, over the {limit} bytes otai reads whole (256 × `[input] max_message_bytes`); convert it to JSONL, which is streamed at any size: jq -c '{jq}' export.json > export.jsonl"
                    )
                }),
            ))
        }
        Format::Platform(p) => {
            let limit = max.saturating_mul(256);
            let label = p.label();
            Some((
                limit,
                Box::new(move |size| {
                    format!(
                        "{label} export is {size} bytes, over the {limit} bytes otai reads whole (256 × `[input] max_message_bytes`); export it in smaller parts (by date range or by channel), or raise max_message_bytes in otai.toml"
                    )
                }),
            ))
        }
        Format::Jsonl | Format::Mbox | Format::Csv => None,
    }
}

/// Dispatches bytes to the reader for `format`. Public for the property tests.
pub fn read_bytes(format: Format, display: &str, bytes: &[u8], settings: &Settings) -> FileRead {
    match format {
        Format::Jsonl => json::read_jsonl(display, bytes, settings),
        Format::Json => json::read_json(display, bytes, settings),
        Format::Csv => csv::read_csv(display, bytes, settings),
        Format::Mbox => mail::read_mbox(display, bytes, settings),
        Format::Eml | Format::Maildir => mail::read_eml(display, bytes, settings),
        // No path: the reader looks for no files beside this one.
        Format::Platform(p) => platform::read(p, Path::new(""), display, bytes, settings),
    }
}

/// The file name alone: derived ids must not change when the export folder moves.
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Gives a message without an id a stable one: derived from the file name, line, time
/// and text, so the same input always yields the same id wherever it is. Says whether
/// it did.
fn assign_missing_id(m: &mut Message) -> bool {
    if !m.message_id.is_empty() {
        return false;
    }
    let key = format!(
        "{}\u{0}{}\u{0}{}\u{0}{}",
        file_name(&m.source_file),
        m.source_line,
        m.timestamp_ms,
        m.text
    );
    m.message_id = format!(
        "{}#{}",
        m.conversation_id,
        &crate::hash::sha256_hex(key.as_bytes())[..12]
    );
    true
}

/// A file or folder the walk left out, and why (listed in run.json).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Skipped {
    pub path: String,
    pub reason: std::borrow::Cow<'static, str>,
}

impl Skipped {
    /// As run.json and `otai inspect --format json` list it.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({"path": self.path, "reason": self.reason})
    }
}

const SKIPPED_NOT_DATA: &str = "documentation, configuration or a picture, not an export";
const SKIPPED_OUT: &str = "the output folder of this run (--out): its results are not input";
const SKIPPED_OTHER_RUN: &str =
    "holds an otai run.json: the results of an earlier run are not input";

/// A path made absolute and free of `.`/`..` without touching the file system (the
/// output folder may not exist yet).
fn absolute(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether `dir` holds the results of an otai run: a run.json (of a sane size) that is a
/// JSON object with otai's `otai_version` key, wherever the key sits in the file.
fn holds_otai_run(dir: &Path) -> bool {
    let run = dir.join("run.json");
    let Ok(file) = std::fs::File::open(&run) else {
        return false;
    };
    let mut bytes = Vec::new();
    if file.take(64 << 20).read_to_end(&mut bytes).is_err() {
        return false;
    }
    serde_json::from_slice::<serde_json::Value>(&bytes).is_ok_and(|v| {
        v.get("otai_version")
            .is_some_and(serde_json::Value::is_string)
    })
}

/// Expands inputs into file jobs: files as given, folders walked (sorted; hidden files,
/// docs and otai.toml skipped, and so are `out` and any folder holding an otai run, so
/// results are never read back as input); each file gets the settings of the nearest
/// otai.toml. Fails only when an input itself does not exist, or is the output folder.
pub fn plan_jobs(
    inputs: &[PathBuf],
    out: Option<&Path>,
    settings_for: &dyn Fn(&Path) -> Result<Settings, crate::error::Error>,
) -> Result<(Vec<FileJob>, Vec<Skipped>), crate::error::Error> {
    let mut jobs = Vec::new();
    let mut skipped = Vec::new();
    let out_abs = out.map(absolute);
    for input in inputs {
        if Some(absolute(input)) == out_abs {
            return Err(crate::error::Error::Input {
                path: input.display().to_string(),
                reason: "this is also the output folder (--out), so the next run would read its results back as input; write them elsewhere, e.g. --out <folder>/out".into(),
            });
        }
        let meta = std::fs::metadata(input).map_err(|e| crate::error::Error::Input {
            path: input.display().to_string(),
            reason: format!("{e}; check the path (a file or a folder of exports)"),
        })?;
        if meta.is_file() {
            let name = input.display().to_string();
            let parent = input.parent().unwrap_or(Path::new("."));
            jobs.push(FileJob {
                path: input.clone(),
                display: name,
                settings: settings_for(parent)?,
            });
            continue;
        }
        let mut per_folder: BTreeMap<PathBuf, Settings> = BTreeMap::new();
        let input_abs = absolute(input);
        let shown = |path: &Path| {
            let rel = path.strip_prefix(input).unwrap_or(path);
            Path::new(input).join(rel).display().to_string()
        };
        // The output folder is listed whenever it lies inside the input, existing yet or
        // not, so a second run over the same input says the same as the first.
        let out_abs = out_abs.clone().unwrap_or_default();
        let out_inside = out.is_some() && out_abs != input_abs && out_abs.starts_with(&input_abs);
        if out_inside && let Ok(rel) = out_abs.strip_prefix(&input_abs) {
            skipped.push(Skipped {
                path: Path::new(input).join(rel).display().to_string(),
                reason: SKIPPED_OUT.into(),
            });
        }
        let mut files: Vec<PathBuf> = walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                if e.depth() == 0 {
                    return true;
                }
                if e.file_name().to_string_lossy().starts_with('.') {
                    return false;
                }
                if !e.file_type().is_dir() {
                    return true;
                }
                if out_inside && absolute(e.path()) == out_abs {
                    return false;
                }
                if holds_otai_run(e.path()) {
                    skipped.push(Skipped {
                        path: shown(e.path()),
                        reason: SKIPPED_OTHER_RUN.into(),
                    });
                    return false;
                }
                true
            })
            .filter_map(|e| match e {
                Ok(e) if e.file_type().is_file() => Some(e.into_path()),
                Ok(_) => None,
                // An unreadable entry becomes a job whose read fails: a reject, not a silent gap.
                Err(err) => err.path().map(Path::to_path_buf),
            })
            .collect();
        files.sort();
        for path in files {
            let display = shown(&path);
            if detect::is_not_data(&path) {
                skipped.push(Skipped {
                    path: display,
                    reason: SKIPPED_NOT_DATA.into(),
                });
                continue;
            }
            // The nearest otai.toml between the file and the input folder applies.
            let folder = path
                .ancestors()
                .skip(1)
                .take_while(|a| a.starts_with(input))
                .find(|a| a.join("otai.toml").is_file())
                .unwrap_or(input)
                .to_path_buf();
            let settings = match per_folder.get(&folder) {
                Some(s) => s.clone(),
                None => {
                    let s = settings_for(&folder)?;
                    per_folder.insert(folder, s.clone());
                    s
                }
            };
            jobs.push(FileJob {
                path,
                display,
                settings,
            });
        }
    }
    jobs.sort_by(|a, b| a.display.cmp(&b.display));
    jobs.dedup_by(|a, b| a.display == b.display);
    skipped.sort();
    skipped.dedup();
    Ok((jobs, skipped))
}
