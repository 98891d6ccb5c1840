//! What the reports read, from the files `otai analyze` wrote (the same code for
//! `analyze` and `otai report --data DIR`, so both give the same bytes):
//!
//! - every row of the agents table: per agent-week figures are read here and only
//!   formatted by the reports (never computed again from conversations);
//! - the review week's conversations only (a filtered scan of conversations.parquet),
//!   their evidence and their messages (read a slice of rows at a time, keeping the
//!   rows of those conversations): memory follows one week of data, not the whole input.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

use anyhow::Context as _;
use chrono_tz::Tz;
use polars::prelude::*;

use crate::results::{self, N_FIGURES, OVERALL_K, col, stats, weeks};
use crate::schema as s;

fn strings(df: &DataFrame, name: &str) -> Vec<Option<String>> {
    df.column(name)
        .ok()
        .and_then(|c| c.as_materialized_series().cast(&DataType::String).ok())
        .map(|s| {
            s.str()
                .map(|ca| ca.iter().map(|v| v.map(str::to_string)).collect())
                .unwrap_or_default()
        })
        .unwrap_or_else(|| vec![None; df.height()])
}

fn floats(df: &DataFrame, name: &str) -> Vec<Option<f64>> {
    df.column(name)
        .ok()
        .and_then(|c| c.as_materialized_series().cast(&DataType::Float64).ok())
        .map(|s| s.f64().map(|ca| ca.iter().collect()).unwrap_or_default())
        .unwrap_or_else(|| vec![None; df.height()])
}

/// Datetime columns as milliseconds since the epoch (UTC).
fn millis(df: &DataFrame, name: &str) -> Vec<Option<i64>> {
    df.column(name)
        .ok()
        .and_then(|c| {
            c.as_materialized_series()
                .cast(&crate::frame::datetime_type())
                .ok()
        })
        .and_then(|s| s.cast(&DataType::Int64).ok())
        .map(|s| s.i64().map(|ca| ca.iter().collect()).unwrap_or_default())
        .unwrap_or_else(|| vec![None; df.height()])
}

fn bools(df: &DataFrame, name: &str) -> Vec<Option<bool>> {
    df.column(name)
        .ok()
        .and_then(|c| c.bool().ok().map(|ca| ca.iter().collect()))
        .unwrap_or_else(|| vec![None; df.height()])
}

/// One conversation row (the columns the reports use).
#[derive(Debug, Clone, Default)]
pub struct Conv {
    pub id: String,
    pub channel: String,
    /// First message, ms since the epoch (shown in the business time zone).
    pub started_ms: i64,
    pub week: String,
    pub agent_ids: Vec<String>,
    pub primary: Option<String>,
    pub n_messages: f64,
    pub n_customer: f64,
    pub first_response_s: Option<f64>,
    pub longest_wait_s: Option<f64>,
    pub sla_met: Option<bool>,
    pub progress: String,
    /// The behaviour scores, then the overall score ([`results::with_overall`]).
    pub scores: [Option<f64>; N_FIGURES],
    pub promises_broken: f64,
    pub difficult: bool,
    pub turnaround: bool,
    pub customer_did_it: bool,
    pub escalation_risk: bool,
    pub backtracking: bool,
    pub expectation_set: bool,
    pub closing_gratitude: bool,
    pub emotional_care: bool,
    pub overpromise: bool,
}

impl Conv {
    pub fn overall(&self) -> Option<f64> {
        self.scores[OVERALL_K]
    }

    /// A customer wrote and no agent answered publicly (every score but latency is n/a).
    pub fn unanswered(&self) -> bool {
        self.n_customer > 0.0 && self.first_response_s.is_none()
    }

    /// The self-efficacy score (None: the conversation called for no steps and no care).
    pub fn self_efficacy(&self) -> Option<f64> {
        self.scores[results::SELF_EFFICACY_K]
    }

    /// What the agents table takes from this conversation (as from its score).
    pub fn figures(&self) -> crate::agents::ConvFigures {
        crate::agents::ConvFigures {
            first_response_s: self.first_response_s,
            sla_met: self.sla_met,
            progress: self.progress.clone(),
            scores: self.scores,
            difficult: self.difficult,
            turnaround: self.turnaround,
            customer_did_it: self.customer_did_it,
            shows: [
                self.backtracking,
                self.progress == "concrete",
                self.expectation_set,
                self.closing_gratitude,
                self.emotional_care,
            ],
        }
    }

    /// Whether `agent` is its primary agent or wrote in it publicly.
    pub fn involves(&self, agent: &str) -> bool {
        self.primary.as_deref() == Some(agent) || self.agent_ids.iter().any(|a| a == agent)
    }
}

/// One evidence row: the row type scoring produces, read back from the table.
pub use crate::score::Evidence as Ev;

/// One message of a conversation shown on its page.
#[derive(Debug, Clone, Default)]
pub struct Msg {
    pub conversation_id: String,
    pub message_id: String,
    pub timestamp_ms: i64,
    pub role: String,
    pub author_id: Option<String>,
    pub author_name: Option<String>,
    pub text: String,
    pub internal: bool,
    pub subject: Option<String>,
    pub quoted_text: Option<String>,
}

/// A page shows every message up to this many; a longer thread is shown in part.
pub const PAGE_FULL_MAX: usize = 2000;
/// A long thread's page: its first and last this many messages,
pub const PAGE_EDGE: usize = 50;
/// the messages with evidence (at most this many, the agents' to improve first),
pub const PAGE_EVIDENCE_MAX: usize = 300;
/// and this many messages on each side of them.
pub const PAGE_CONTEXT: usize = 3;

/// Which messages of a thread (its message ids in order) its page shows (indexes,
/// ascending): all of them up to
/// [`PAGE_FULL_MAX`]; beyond that, the start and the end, the messages that carry evidence
/// (the agents' evidence to improve first, then their good evidence, then the customer's
/// signals, each in thread order, up to
/// [`PAGE_EVIDENCE_MAX`]) and a few messages of context on each side. Linear in the thread.
pub fn shown_positions(ids: &[&str], by_message: &HashMap<&str, Vec<&Ev>>) -> Vec<usize> {
    let n = ids.len();
    if n <= PAGE_FULL_MAX {
        return (0..n).collect();
    }
    let mut keep = vec![false; n];
    for i in (0..PAGE_EDGE.min(n)).chain(n.saturating_sub(PAGE_EDGE)..n) {
        keep[i] = true;
    }
    // The agents' evidence to improve first, then their good evidence, then the
    // customer's signals.
    let rank = |i: usize| -> Option<u8> {
        let ev = by_message.get(ids[i])?;
        let agents = ev.iter().filter(|e| e.behaviour != "customer_state");
        Some(if agents.clone().any(|e| e.polarity == "bad") {
            0
        } else if agents.count() > 0 {
            1
        } else {
            2
        })
    };
    let ranked: Vec<(u8, usize)> = (0..n).filter_map(|i| rank(i).map(|r| (r, i))).collect();
    // Rank by rank; within the rank that does not fit whole, picks spread evenly over the
    // thread (not only its first part).
    let mut chosen: Vec<usize> = Vec::new();
    for r in 0..3u8 {
        let of_rank: Vec<usize> = ranked
            .iter()
            .filter(|(k, _)| *k == r)
            .map(|(_, i)| *i)
            .collect();
        let room = PAGE_EVIDENCE_MAX - chosen.len();
        if of_rank.len() <= room {
            chosen.extend(of_rank);
        } else {
            chosen.extend((0..room).map(|q| of_rank[q * of_rank.len() / room]));
            break;
        }
    }
    chosen.sort_unstable();
    for i in chosen {
        let around = i.saturating_sub(PAGE_CONTEXT)..=(i + PAGE_CONTEXT).min(n - 1);
        keep[around].fill(true);
    }
    (0..n).filter(|&i| keep[i]).collect()
}

/// The distinct names customers wrote under in `messages`, sorted: what a masked page or
/// export hides besides the personal data `mask` finds by its shape.
pub fn customer_names<'a>(messages: impl IntoIterator<Item = &'a Msg>) -> Vec<String> {
    messages
        .into_iter()
        .filter(|m| m.role == "customer")
        .filter_map(|m| m.author_name.clone())
        .collect::<BTreeSet<String>>()
        .into_iter()
        .collect()
}

/// One agents-table row: the per agent-week figures, as analyze computed them.
#[derive(Debug, Clone, Default)]
pub struct AgentWeek {
    pub agent: String,
    pub week: String,
    /// Primary conversations.
    pub conversations: u32,
    pub participated: u32,
    pub median_first_response_s: Option<f64>,
    pub sla_hit_rate: Option<f64>,
    pub difficult: u32,
    pub turnaround_rate: Option<f64>,
    pub customer_did_it_rate: Option<f64>,
    pub promises_broken: u32,
    /// The behaviour means, then the overall mean ([`results::with_overall`]).
    pub scores: [Option<f64>; N_FIGURES],
    /// Per source of self-efficacy ([`SOURCE_RATES`]): the share of participated
    /// conversations where the agent showed it.
    pub source_rates: [Option<f64>; 4],
}

/// The agents-table columns of the four sources' rates, in `score::self_efficacy::SOURCES`
/// order.
pub const SOURCE_RATES: [&str; 4] = [
    col::STEP_GUIDANCE_RATE,
    col::VICARIOUS_RATE,
    col::ENCOURAGEMENT_RATE,
    col::EMOTIONAL_CARE_RATE,
];

/// Everything the reports read.
#[derive(Debug, Clone)]
pub struct Tables {
    /// The desk's business time zone (run.json's `time_zone`): every time shown is in it.
    pub tz: Tz,
    /// The review week.
    pub week: String,
    /// Every agents-table row (all weeks), sorted by agent and week.
    pub agents: Vec<AgentWeek>,
    /// The review week's conversations, in table order.
    pub conversations: Vec<Conv>,
    /// Evidence of those conversations, in table order.
    pub evidence: Vec<Ev>,
    /// Their messages, by conversation, in table order; of a thread longer than
    /// [`PAGE_FULL_MAX`], only those its page shows (see `long`).
    pub messages: BTreeMap<String, Vec<Msg>>,
    /// The threads longer than [`PAGE_FULL_MAX`]: what their pages need of the messages
    /// that are not read.
    pub long: BTreeMap<String, LongThread>,
    /// The hash of the rubric that scored them (run.json's `rubric_hash`), for footers.
    pub rubric_hash: String,
    /// What the run warned about (run.json's `warnings`: agent messages that name no
    /// agent), stated at the top of the team review.
    pub warnings: Vec<String>,
    /// The week's thresholds for the review queue ("low", "unusual"), from all of its
    /// conversations: computed once, used by every queue.
    pub thresholds: Thresholds,
    /// Ids of the conversations some report lists (each gets a page; only their
    /// messages are read).
    pub listed: BTreeSet<String>,
    /// Where the messages are read from: one result folder, or several runs merged
    /// (each conversation's copy from the run that holds most of it).
    pub source: Source,
}

/// A thread longer than [`PAGE_FULL_MAX`]: only the messages its page shows are read
/// (a million-message conversation held whole was most of the reports' memory); the
/// rest of what the page says of the thread comes from here.
#[derive(Debug, Clone, Default)]
pub struct LongThread {
    /// Messages in the thread.
    pub total: usize,
    /// Places in the thread of the messages read ([`shown_positions`]), ascending, with
    /// their ids: the page pairs each message read with its place by id.
    pub shown: Vec<(usize, String)>,
    /// The distinct names customers wrote under, over the whole thread, sorted.
    pub names: Vec<String>,
    /// Messages of the thread that carry evidence.
    pub with_evidence: usize,
    /// Ids of evidence messages that are not in the thread (none expected).
    pub loose: HashSet<String>,
}

/// The result folder(s) the tables come from.
#[derive(Debug, Clone, Default)]
pub struct Source {
    pub dirs: Vec<std::path::PathBuf>,
    /// With several runs: conversation id → index in `dirs` of the run whose copy is used.
    pub copy_in: std::collections::HashMap<String, usize>,
}

/// The week's thresholds for "low" and "unusual" in the review queue, from all of its
/// conversations (an agent's list is judged against the team's week, not only their own):
/// computed once (`queue` computes them, every queue uses them).
#[derive(Debug, Clone, Copy, Default)]
pub struct Thresholds {
    pub low_score: Option<f64>,
    pub long_wait: Option<f64>,
    pub many_turns: Option<f64>,
}

/// The evidence columns the reports read.
const EVIDENCE_COLUMNS: [&str; 8] = [
    s::CONVERSATION_ID,
    s::MESSAGE_ID,
    col::AGENT_ID,
    col::BEHAVIOUR,
    col::POLARITY,
    col::RULE_ID,
    col::EXCERPT,
    col::RELATED_MESSAGE_ID,
];

/// The message columns the reports read.
const MESSAGE_COLUMNS: [&str; 10] = [
    s::CONVERSATION_ID,
    s::MESSAGE_ID,
    s::TIMESTAMP,
    s::ROLE,
    s::AUTHOR_ID,
    s::AUTHOR_NAME,
    s::TEXT,
    s::INTERNAL,
    s::SUBJECT,
    s::QUOTED_TEXT,
];

/// Rows read per slice when filtering a large table.
const SLICE_ROWS: usize = 65_536;

fn open(dir: &Path, name: &str) -> anyhow::Result<std::fs::File> {
    let path = dir.join(name);
    std::fs::File::open(&path).with_context(|| {
        format!(
            "{}: not found; run `otai analyze <INPUT> --out {}` first",
            path.display(),
            dir.display()
        )
    })
}

/// The rows of a Parquet table that `keep` selects, a slice at a time (only `columns`,
/// or all when None), each slice handed to `each` once filtered: the whole table is
/// never in memory.
fn for_each_slice(
    dir: &Path,
    name: &str,
    columns: Option<&[&str]>,
    keep: &dyn Fn(&DataFrame) -> PolarsResult<BooleanChunked>,
    each: &mut dyn FnMut(DataFrame) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let rows = ParquetReader::new(open(dir, name)?).num_rows()?;
    let cols: Option<Vec<String>> = columns.map(|c| c.iter().map(|c| c.to_string()).collect());
    let mut offset = 0;
    loop {
        let df = ParquetReader::new(open(dir, name)?)
            .with_columns(cols.clone())
            .with_slice(Some((offset, SLICE_ROWS)))
            .finish()
            .map_err(|e| anyhow::anyhow!("{}: {e}", dir.join(name).display()))?;
        each(df.filter(&keep(&df)?)?)?;
        offset += SLICE_ROWS;
        if offset >= rows {
            break;
        }
    }
    Ok(())
}

/// The rows `keep` selects as one frame (see [`for_each_slice`]).
fn read_where(
    dir: &Path,
    name: &str,
    columns: Option<&[&str]>,
    keep: &dyn Fn(&DataFrame) -> PolarsResult<BooleanChunked>,
) -> anyhow::Result<DataFrame> {
    let mut out: Option<DataFrame> = None;
    for_each_slice(dir, name, columns, keep, &mut |kept| {
        match &mut out {
            None => out = Some(kept),
            Some(o) => {
                o.vstack_mut_owned(kept)?;
            }
        }
        Ok(())
    })?;
    let mut df = out.context("no rows")?;
    df.rechunk_mut_par();
    Ok(df)
}

/// The rows `keep` selects, made into values a slice at a time (see
/// [`for_each_slice`]): only one slice is ever a frame beside them (a conversation of a
/// million messages was a frame, its columns as strings and its rows at once).
fn read_rows<T>(
    dir: &Path,
    name: &str,
    columns: Option<&[&str]>,
    keep: &dyn Fn(&DataFrame) -> PolarsResult<BooleanChunked>,
    rows: &dyn Fn(&DataFrame) -> Vec<T>,
) -> anyhow::Result<Vec<T>> {
    let mut out = Vec::new();
    for_each_slice(dir, name, columns, keep, &mut |kept| {
        out.extend(rows(&kept));
        Ok(())
    })?;
    Ok(out)
}

/// Whether each row's `conversation_id` is in `ids`.
fn in_ids(df: &DataFrame, ids: &HashSet<&str>) -> PolarsResult<BooleanChunked> {
    Ok(df
        .column(s::CONVERSATION_ID)?
        .str()?
        .iter()
        .map(|id| id.is_some_and(|id| ids.contains(id)))
        .collect())
}

fn run_json(dir: &Path) -> Option<serde_json::Value> {
    std::fs::read(dir.join("run.json"))
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
}

/// The business time zone recorded in run.json (older folders: the rubric's default).
fn time_zone(dir: &Path) -> anyhow::Result<Tz> {
    let run = run_json(dir);
    let name = run
        .as_ref()
        .and_then(|r| r.get("time_zone"))
        .and_then(|v| v.as_str())
        .map(str::to_string)
        .unwrap_or_else(|| {
            crate::score::Rubric::default_rubric()
                .business_hours
                .tz
                .clone()
        });
    name.parse::<Tz>().map_err(|_| {
        anyhow::anyhow!(
            "{}: time_zone \"{name}\" is not an IANA zone; run `otai analyze` again",
            dir.join("run.json").display()
        )
    })
}

impl Tables {
    /// Reads a folder written by `otai analyze`: the agents table whole, the review week's
    /// conversations (`opts.week`, else the latest week in the data) with their evidence,
    /// and the messages of the conversations the reports will list (and page).
    /// The agents table, and the review week's (`week`, or the latest) conversations and
    /// their evidence; no messages yet ([`Tables::read_messages`]), no thresholds and
    /// nothing listed (the documents above decide those).
    pub fn read(dir: &Path, week: Option<&str>) -> anyhow::Result<Tables> {
        let tz = time_zone(dir)?;
        let agents_df = ParquetReader::new(open(dir, "agents.parquet")?).finish()?;
        let agents = agent_rows(&agents_df);
        let conv_path = dir.join("conversations.parquet");
        open(dir, "conversations.parquet")?;
        let scan = || {
            LazyFrame::scan_parquet(
                PlRefPath::from(conv_path.to_string_lossy().as_ref()),
                ScanArgsParquet::default(),
            )
        };
        let week = match week {
            Some(w) => w.to_string(),
            None => {
                let weeks = scan()?
                    .select([polars::prelude::col(col::WEEK).max()])
                    .collect()?;
                strings(&weeks, col::WEEK)
                    .into_iter()
                    .next()
                    .flatten()
                    .unwrap_or_default()
            }
        };
        // The week's rows, a slice at a time (a lazy filtered scan held whole columns).
        let conversations = read_rows(
            dir,
            "conversations.parquet",
            None,
            &|df| {
                Ok(df
                    .column(col::WEEK)?
                    .str()?
                    .iter()
                    .map(|w| w == Some(week.as_str()))
                    .collect())
            },
            &conversation_rows,
        )?;
        let ids: HashSet<&str> = conversations.iter().map(|c| c.id.as_str()).collect();
        let evidence = read_rows(
            dir,
            "evidence.parquet",
            Some(&EVIDENCE_COLUMNS),
            &|df| in_ids(df, &ids),
            &evidence_rows,
        )?;
        let run = run_json(dir);
        let rubric_hash = run
            .as_ref()
            .and_then(|r| r.get("rubric_hash")?.as_str().map(str::to_string))
            .unwrap_or_else(|| "(unknown: no run.json)".into());
        let warnings = run
            .as_ref()
            .and_then(|r| r.get("warnings")?.as_array().cloned())
            .unwrap_or_default()
            .iter()
            .filter_map(|w| w.as_str().map(str::to_string))
            .collect();
        Ok(Tables {
            warnings,
            tz,
            rubric_hash,
            week,
            agents,
            conversations,
            evidence,
            messages: BTreeMap::new(),
            long: BTreeMap::new(),
            thresholds: Thresholds::default(),
            listed: BTreeSet::new(),
            source: Source {
                dirs: vec![dir.to_path_buf()],
                copy_in: Default::default(),
            },
        })
    }

    /// Reads the messages of the conversations in `listed` (those that get a page), and
    /// keeps `listed`; from the run that holds each one's copy when runs are merged.
    pub fn read_messages(&mut self, listed: BTreeSet<String>) -> anyhow::Result<()> {
        self.listed = listed;
        let long: HashSet<&str> = self
            .conversations
            .iter()
            .filter(|c| c.n_messages > PAGE_FULL_MAX as f64 && self.listed.contains(&c.id))
            .map(|c| c.id.as_str())
            .collect();
        let mut messages = BTreeMap::new();
        let mut threads = BTreeMap::new();
        for (i, dir) in self.source.dirs.iter().enumerate() {
            let here = |id: &&String| {
                self.source.copy_in.is_empty() || self.source.copy_in.get(*id) == Some(&i)
            };
            let (long_here, ids): (HashSet<&str>, HashSet<&str>) = self
                .listed
                .iter()
                .filter(here)
                .map(String::as_str)
                .partition(|id| long.contains(id));
            // The long threads first: which of their messages the pages show.
            let wanted = if long_here.is_empty() {
                HashMap::new()
            } else {
                let (wanted, found) = self.long_threads(dir, &long_here)?;
                threads.extend(found);
                wanted
            };
            if ids.is_empty() && wanted.is_empty() {
                continue;
            }
            let rows = read_rows(
                dir,
                "messages.parquet",
                Some(&MESSAGE_COLUMNS),
                &|df| {
                    let cids = df.column(s::CONVERSATION_ID)?.str()?;
                    let mids = df.column(s::MESSAGE_ID)?.str()?;
                    Ok(cids
                        .iter()
                        .zip(mids.iter())
                        .map(|(c, m)| {
                            let Some(c) = c else { return false };
                            ids.contains(c)
                                || wanted.get(c).is_some_and(|w: &HashSet<String>| {
                                    m.is_some_and(|m| w.contains(m))
                                })
                        })
                        .collect())
                },
                &message_rows,
            )?;
            for m in rows {
                messages
                    .entry(m.conversation_id.clone())
                    .or_insert_with(Vec::new)
                    .push(m);
            }
        }
        self.messages = messages;
        self.long = threads;
        Ok(())
    }

    /// The long threads among `ids` in `dir`: a first pass over their message ids, roles
    /// and names only (which messages each page shows, by [`shown_positions`] over the
    /// thread's evidence; the customers' names; evidence outside the thread), giving the
    /// ids of the messages to read whole, by conversation.
    #[allow(clippy::type_complexity)]
    fn long_threads(
        &self,
        dir: &Path,
        ids: &HashSet<&str>,
    ) -> anyhow::Result<(
        HashMap<String, HashSet<String>>,
        BTreeMap<String, LongThread>,
    )> {
        let mut order: BTreeMap<String, Vec<String>> = BTreeMap::new();
        let mut names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for_each_slice(
            dir,
            "messages.parquet",
            Some(&[s::CONVERSATION_ID, s::MESSAGE_ID, s::ROLE, s::AUTHOR_NAME]),
            &|df| in_ids(df, ids),
            &mut |df| {
                let cids = df.column(s::CONVERSATION_ID)?.str()?;
                let mids = df.column(s::MESSAGE_ID)?.str()?;
                let roles = df.column(s::ROLE)?.str()?;
                let who = df.column(s::AUTHOR_NAME)?.str()?;
                for (((c, m), r), n) in cids
                    .iter()
                    .zip(mids.iter())
                    .zip(roles.iter())
                    .zip(who.iter())
                {
                    let c = c.unwrap_or_default();
                    order
                        .entry(c.to_string())
                        .or_default()
                        .push(m.unwrap_or_default().to_string());
                    if r == Some("customer")
                        && let Some(n) = n
                    {
                        names
                            .entry(c.to_string())
                            .or_default()
                            .insert(n.to_string());
                    }
                }
                Ok(())
            },
        )?;
        let mut wanted = HashMap::new();
        let mut threads = BTreeMap::new();
        for (id, thread) in order {
            let mut by_message: HashMap<&str, Vec<&Ev>> = HashMap::new();
            for e in self.evidence.iter().filter(|e| e.conversation_id == id) {
                by_message.entry(e.message_id.as_str()).or_default().push(e);
            }
            let in_thread: Vec<&str> = thread.iter().map(String::as_str).collect();
            let shown = shown_positions(&in_thread, &by_message);
            let present: HashSet<&str> = in_thread.iter().copied().collect();
            let loose = by_message
                .keys()
                .filter(|m| !present.contains(*m))
                .map(|m| m.to_string())
                .collect();
            let with_evidence = in_thread
                .iter()
                .filter(|m| by_message.contains_key(*m))
                .count();
            wanted.insert(
                id.clone(),
                shown
                    .iter()
                    .map(|&i| thread[i].clone())
                    .collect::<HashSet<String>>(),
            );
            threads.insert(
                id.clone(),
                LongThread {
                    total: thread.len(),
                    shown: shown.into_iter().map(|i| (i, thread[i].clone())).collect(),
                    names: names.remove(&id).unwrap_or_default().into_iter().collect(),
                    with_evidence,
                    loose,
                },
            );
        }
        Ok((wanted, threads))
    }

    /// The distinct names customers wrote under in every listed conversation (the long
    /// threads' too), sorted.
    pub fn customer_names(&self) -> Vec<String> {
        let mut names: BTreeSet<String> = customer_names(self.messages.values().flatten())
            .into_iter()
            .collect();
        for l in self.long.values() {
            names.extend(l.names.iter().cloned());
        }
        names.into_iter().collect()
    }

    /// Several runs' result folders as one (weeks analysed separately, or one desk split
    /// over machines). A conversation found in several runs is taken whole from the run
    /// whose copy has the most messages (a later run on a tie: an overlapping export
    /// repeats a ticket still open with its new replies); its evidence and messages come
    /// from that run only. The agents table is computed again over the merged
    /// conversations by the same reducer `otai analyze` uses ([`crate::agents`]), so the
    /// figures equal one run over all inputs. Runs must share a business time zone.
    pub fn read_runs(dirs: &[std::path::PathBuf], week: Option<&str>) -> anyhow::Result<Tables> {
        let mut tz: Option<(Tz, &std::path::PathBuf)> = None;
        for dir in dirs {
            let z = time_zone(dir)?;
            match tz {
                Some((t, first)) if t != z => anyhow::bail!(
                    "{} is in time zone {z} but {} is in {t}; report on runs of one desk (one business time zone) together",
                    dir.display(),
                    first.display()
                ),
                Some(_) => {}
                None => tz = Some((z, dir)),
            }
        }
        let tz = tz.context("no result folder given")?.0;
        // Every run's conversations (all weeks), then one copy of each.
        let mut runs: Vec<Vec<Conv>> = Vec::new();
        for dir in dirs {
            let df = ParquetReader::new(open(dir, "conversations.parquet")?).finish()?;
            runs.push(conversation_rows(&df));
        }
        let mut copy_in: std::collections::HashMap<String, usize> = Default::default();
        let mut size: std::collections::HashMap<&str, (f64, &str)> = Default::default();
        // Copies that start in different weeks hold different parts of one conversation
        // (exports sliced by message date, not whole tickets): one part is left out.
        let mut split: BTreeSet<&str> = BTreeSet::new();
        for (i, run) in runs.iter().enumerate() {
            for c in run {
                let seen = size.get(c.id.as_str()).copied();
                if let Some((_, week)) = seen
                    && week != c.week
                {
                    split.insert(&c.id);
                }
                if seen.is_none_or(|(n, _)| c.n_messages >= n) {
                    size.insert(&c.id, (c.n_messages, &c.week));
                    copy_in.insert(c.id.clone(), i);
                }
            }
        }
        drop(size);
        let split_warning = (!split.is_empty()).then(|| {
            format!(
                "{} conversation(s) appear in several runs starting in different weeks (e.g. {}): the runs hold different parts of them, and each is read from one run only; export whole tickets each week, or analyse the exports together (`otai analyze <all exports>`)",
                split.len(),
                split.iter().take(3).copied().collect::<Vec<_>>().join(", ")
            )
        });
        let mut all: Vec<Conv> = runs
            .into_iter()
            .enumerate()
            .flat_map(|(i, run)| {
                let copy_in = &copy_in;
                run.into_iter()
                    .filter(move |c| copy_in.get(&c.id) == Some(&i))
            })
            .collect();
        // The order `otai analyze` scores them in: by conversation id.
        all.sort_by(|a, b| a.id.cmp(&b.id));
        // Each kept copy's evidence, and who wrote in it publicly.
        let mut evidence: Vec<Ev> = Vec::new();
        let mut writers: BTreeSet<(String, String)> = BTreeSet::new();
        for (i, dir) in dirs.iter().enumerate() {
            let kept: HashSet<&str> = copy_in
                .iter()
                .filter(|(_, d)| **d == i)
                .map(|(id, _)| id.as_str())
                .collect();
            evidence.extend(read_rows(
                dir,
                "evidence.parquet",
                Some(&EVIDENCE_COLUMNS),
                &|df| in_ids(df, &kept),
                &evidence_rows,
            )?);
            let msg_df = read_where(
                dir,
                "messages.parquet",
                Some(&[s::CONVERSATION_ID, s::ROLE, s::AUTHOR_ID, s::INTERNAL]),
                &|df| {
                    let ids = df.column(s::CONVERSATION_ID)?.str()?.clone();
                    let roles = df.column(s::ROLE)?.str()?.clone();
                    let internal = df.column(s::INTERNAL)?.bool()?.clone();
                    Ok(ids
                        .iter()
                        .zip(roles.iter())
                        .zip(internal.iter())
                        .map(|((id, role), internal)| {
                            role == Some("agent")
                                && internal != Some(true)
                                && id.is_some_and(|id| kept.contains(id))
                        })
                        .collect())
                },
            )?;
            let (ids, authors) = (
                strings(&msg_df, s::CONVERSATION_ID),
                strings(&msg_df, s::AUTHOR_ID),
            );
            for (id, author) in ids.into_iter().zip(authors) {
                if let (Some(id), Some(author)) = (id, author) {
                    writers.insert((id, author));
                }
            }
        }
        evidence.sort_by(|a, b| a.conversation_id.cmp(&b.conversation_id));
        // The agents table over the merged conversations.
        let week_of: std::collections::HashMap<&str, &str> = all
            .iter()
            .map(|c| (c.id.as_str(), c.week.as_str()))
            .collect();
        let mut acc = crate::agents::AgentWeeks::default();
        for (id, author) in &writers {
            acc.participant(
                author,
                week_of.get(id.as_str()).copied().unwrap_or_default(),
            );
        }
        for c in &all {
            if let Some(a) = &c.primary {
                acc.primary(a, &c.week, &c.figures());
            }
        }
        acc.evidence(evidence.iter().map(crate::agents::Credit::from), &|id| {
            week_of.get(id).copied().unwrap_or_default()
        });
        let agents = agent_rows(&acc.finish()?);
        drop(week_of);
        let week = match week {
            Some(w) => w.to_string(),
            None => all.iter().map(|c| c.week.clone()).max().unwrap_or_default(),
        };
        // Rubrics and warnings of the runs, and which weeks each run's rubric scored.
        let mut hashes: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut warnings: Vec<String> = split_warning.into_iter().collect();
        let mut review_hashes: BTreeSet<String> = BTreeSet::new();
        for (i, dir) in dirs.iter().enumerate() {
            let run = run_json(dir);
            let hash = run
                .as_ref()
                .and_then(|r| r.get("rubric_hash")?.as_str().map(str::to_string));
            let weeks: BTreeSet<String> = all
                .iter()
                .filter(|c| copy_in.get(&c.id) == Some(&i))
                .map(|c| c.week.clone())
                .collect();
            // Only the runs the review week's conversations come from speak in it (a run
            // of an earlier week that named no agent says nothing about this one).
            if !weeks.contains(&week) {
                if let Some(h) = hash {
                    hashes.entry(h).or_default().extend(weeks);
                }
                continue;
            }
            review_hashes.insert(
                hash.clone()
                    .unwrap_or_else(|| "(unknown: no run.json)".into()),
            );
            // A run without run.json has no known rubric: it is not compared.
            if let Some(h) = hash {
                hashes.entry(h).or_default().extend(weeks);
            }
            for w in run
                .as_ref()
                .and_then(|r| r.get("warnings")?.as_array().cloned())
                .unwrap_or_default()
            {
                if let Some(w) = w.as_str()
                    && !warnings.iter().any(|have| have == w)
                {
                    warnings.push(format!("{}: {w}", dir.display()));
                }
            }
        }
        if hashes.len() > 1 {
            warnings.push(format!(
                "the runs were scored with different rubrics, so their weeks are not comparable: {}; analyse the archive again with one rubric to compare them",
                hashes
                    .iter()
                    .map(|(h, w)| format!(
                        "rubric {} for {}",
                        h.chars().take(12).collect::<String>(),
                        if w.is_empty() {
                            "no week".to_string()
                        } else {
                            w.iter().cloned().collect::<Vec<_>>().join(", ")
                        }
                    ))
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
        let conversations: Vec<Conv> = all.into_iter().filter(|c| c.week == week).collect();
        let in_week: HashSet<&str> = conversations.iter().map(|c| c.id.as_str()).collect();
        evidence.retain(|e| in_week.contains(e.conversation_id.as_str()));
        drop(in_week);
        Ok(Tables {
            warnings,
            tz,
            rubric_hash: review_hashes.into_iter().collect::<Vec<_>>().join(", "),
            week,
            agents,
            conversations,
            evidence,
            messages: BTreeMap::new(),
            long: BTreeMap::new(),
            thresholds: Thresholds::default(),
            listed: BTreeSet::new(),
            source: Source {
                dirs: dirs.to_vec(),
                copy_in,
            },
        })
    }

    /// Every ISO week that has agents-table rows, in order.
    pub fn all_weeks(&self) -> Vec<String> {
        self.agents
            .iter()
            .map(|a| a.week.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    /// The agents-table row of `agent` in `week`.
    pub fn agent_week(&self, agent: &str, week: &str) -> Option<&AgentWeek> {
        self.agents
            .iter()
            .find(|a| a.agent == agent && a.week == week)
    }

    /// Agents with a row in `week`, sorted.
    pub fn agents_in(&self, week: &str) -> Vec<String> {
        self.agents
            .iter()
            .filter(|a| a.week == week)
            .map(|a| a.agent.clone())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect()
    }

    /// The team median of figure `k` ([`results::with_overall`] index) in `week`: the
    /// median over the agents who have it.
    pub fn team_median(&self, week: &str, k: usize) -> Option<f64> {
        self.median_over_agents(week, 10.0, |a| a.scores[k])
    }

    /// The team median of the agents' rates of source `k` ([`SOURCE_RATES`]) in `week`.
    pub fn team_source_rate(&self, week: &str, k: usize) -> Option<f64> {
        self.median_over_agents(week, 1000.0, |a| a.source_rates[k])
    }

    /// The median of a figure over the agents who have it in `week`, rounded to 1/`scale`.
    fn median_over_agents(
        &self,
        week: &str,
        scale: f64,
        figure: impl Fn(&AgentWeek) -> Option<f64>,
    ) -> Option<f64> {
        let v: Vec<f64> = self
            .agents
            .iter()
            .filter(|a| a.week == week)
            .filter_map(figure)
            .collect();
        stats::median(&v).map(|m| stats::round(m, scale))
    }

    /// The review week's conversations `agent` took part in (primary or wrote publicly).
    pub fn agent_conversations(&self, agent: &str) -> Vec<&Conv> {
        self.conversations
            .iter()
            .filter(|c| c.involves(agent))
            .collect()
    }

    /// `ms` as "2026-03-05 13:12" in the business time zone.
    pub fn local_time(&self, ms: i64) -> String {
        chrono::DateTime::from_timestamp_millis(ms)
            .unwrap_or_default()
            .with_timezone(&self.tz)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    }

    /// "Asia/Tokyo (UTC+09:00)" for the review week's start, said once per report.
    pub fn zone_note(&self) -> String {
        let monday = weeks::parse(&self.week)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .unwrap_or_default();
        use chrono::TimeZone as _;
        let offset = self.tz.from_utc_datetime(&monday).format("%:z").to_string();
        format!("時刻はすべて {}(UTC{offset})で表示しています。", self.tz)
    }

    /// Every document's last line: which rubric scored what it shows.
    pub fn footer(&self) -> super::doc::Block {
        super::doc::Block::Para(format!(
            "採点ルーブリック {}(run.json の rubric_hash)・otai {}",
            self.rubric_hash,
            env!("CARGO_PKG_VERSION")
        ))
    }
}

fn agent_rows(df: &DataFrame) -> Vec<AgentWeek> {
    let f = |c: &str| floats(df, c);
    let (agent, week) = (strings(df, col::AGENT_ID), strings(df, col::WEEK));
    let (conv, part, med, sla, diff, turn, did, broken) = (
        f(col::CONVERSATIONS),
        f(col::PARTICIPATED),
        f(col::MEDIAN_FIRST_RESPONSE_S),
        f(col::SLA_HIT_RATE),
        f(col::DIFFICULT_CONVERSATIONS),
        f(col::TURNAROUND_RATE),
        f(col::CUSTOMER_DID_IT_RATE),
        f(col::PROMISES_BROKEN),
    );
    let scores: Vec<Vec<Option<f64>>> = results::with_overall()
        .iter()
        .map(|b| f(b.agent_column))
        .collect();
    let rates: Vec<Vec<Option<f64>>> = SOURCE_RATES.iter().map(|c| f(c)).collect();
    (0..df.height())
        .map(|i| AgentWeek {
            agent: agent[i].clone().unwrap_or_default(),
            week: week[i].clone().unwrap_or_default(),
            conversations: conv[i].unwrap_or(0.0) as u32,
            participated: part[i].unwrap_or(0.0) as u32,
            median_first_response_s: med[i],
            sla_hit_rate: sla[i],
            difficult: diff[i].unwrap_or(0.0) as u32,
            turnaround_rate: turn[i],
            customer_did_it_rate: did[i],
            promises_broken: broken[i].unwrap_or(0.0) as u32,
            scores: std::array::from_fn(|k| scores[k][i]),
            source_rates: std::array::from_fn(|k| rates[k][i]),
        })
        .collect()
}

fn conversation_rows(df: &DataFrame) -> Vec<Conv> {
    let n = df.height();
    let s = |c: &str| strings(df, c);
    let f = |c: &str| floats(df, c);
    let b = |c: &str| bools(df, c);
    let (ids, channel, week, primary, progress) = (
        s(s::CONVERSATION_ID),
        s(col::CHANNEL),
        s(col::WEEK),
        s(col::PRIMARY_AGENT_ID),
        s(col::PROGRESS),
    );
    let started = millis(df, col::STARTED_AT);
    let agent_ids: Vec<Vec<String>> = match df
        .column(col::AGENT_IDS)
        .ok()
        .and_then(|c| c.list().ok().cloned())
    {
        Some(ca) => (0..n)
            .map(|i| {
                ca.get_as_series(i)
                    .and_then(|s| s.cast(&DataType::String).ok())
                    .map(|s| {
                        s.str()
                            .map(|c| c.iter().flatten().map(str::to_string).collect())
                            .unwrap_or_default()
                    })
                    .unwrap_or_default()
            })
            .collect(),
        None => vec![Vec::new(); n],
    };
    let (nmsg, ncust, fr, wait, broken, emotional_care) = (
        f(col::N_MESSAGES),
        f(col::N_CUSTOMER),
        f(col::FIRST_RESPONSE_S),
        f(col::LONGEST_WAIT_S),
        f(col::PROMISES_BROKEN),
        f(col::EMOTIONAL_CARE_COUNT),
    );
    let scores: Vec<Vec<Option<f64>>> = results::with_overall()
        .iter()
        .map(|b| f(b.score_column))
        .collect();
    let (sla, difficult, turnaround, did, risk, bt, exp, grat, over) = (
        b(col::SLA_FIRST_RESPONSE_MET),
        b(col::DIFFICULT),
        b(col::TURNAROUND),
        b(col::CUSTOMER_DID_IT),
        b(col::ESCALATION_RISK),
        b(col::BACKTRACKING),
        b(col::EXPECTATION_SET),
        b(col::CLOSING_GRATITUDE),
        b(col::OVERPROMISE),
    );
    (0..n)
        .map(|i| Conv {
            id: ids[i].clone().unwrap_or_default(),
            channel: channel[i].clone().unwrap_or_default(),
            started_ms: started[i].unwrap_or(0),
            week: week[i].clone().unwrap_or_default(),
            agent_ids: agent_ids[i].clone(),
            primary: primary[i].clone(),
            n_messages: nmsg[i].unwrap_or(0.0),
            n_customer: ncust[i].unwrap_or(0.0),
            first_response_s: fr[i],
            longest_wait_s: wait[i],
            sla_met: sla[i],
            progress: progress[i].clone().unwrap_or_default(),
            scores: std::array::from_fn(|k| scores[k][i]),
            promises_broken: broken[i].unwrap_or(0.0),
            difficult: difficult[i].unwrap_or(false),
            turnaround: turnaround[i].unwrap_or(false),
            customer_did_it: did[i].unwrap_or(false),
            escalation_risk: risk[i].unwrap_or(false),
            backtracking: bt[i].unwrap_or(false),
            expectation_set: exp[i].unwrap_or(false),
            closing_gratitude: grat[i].unwrap_or(false),
            emotional_care: emotional_care[i].unwrap_or(0.0) > 0.0,
            overpromise: over[i].unwrap_or(false),
        })
        .collect()
}

fn evidence_rows(df: &DataFrame) -> Vec<Ev> {
    let e = |c: &str| strings(df, c);
    let (cid, mid, aid, beh, pol, rule, ex, related) = (
        e(s::CONVERSATION_ID),
        e(s::MESSAGE_ID),
        e(col::AGENT_ID),
        e(col::BEHAVIOUR),
        e(col::POLARITY),
        e(col::RULE_ID),
        e(col::EXCERPT),
        e(col::RELATED_MESSAGE_ID),
    );
    (0..df.height())
        .map(|i| Ev {
            conversation_id: cid[i].clone().unwrap_or_default(),
            message_id: mid[i].clone().unwrap_or_default(),
            agent_id: aid[i].clone(),
            behaviour: beh[i].clone().unwrap_or_default().into(),
            polarity: pol[i].clone().unwrap_or_default().into(),
            rule_id: rule[i].clone().unwrap_or_default(),
            excerpt: ex[i].clone().unwrap_or_default(),
            related_message_id: related[i].clone(),
        })
        .collect()
}

fn message_rows(df: &DataFrame) -> Vec<Msg> {
    let m = |c: &str| strings(df, c);
    let (cid, mid, role, aid, name, text, subject, quoted) = (
        m(s::CONVERSATION_ID),
        m(s::MESSAGE_ID),
        m(s::ROLE),
        m(s::AUTHOR_ID),
        m(s::AUTHOR_NAME),
        m(s::TEXT),
        m(s::SUBJECT),
        m(s::QUOTED_TEXT),
    );
    let ts = millis(df, s::TIMESTAMP);
    let internal = bools(df, s::INTERNAL);
    let mut out = Vec::with_capacity(df.height());
    for i in 0..df.height() {
        out.push(Msg {
            conversation_id: cid[i].clone().unwrap_or_default(),
            message_id: mid[i].clone().unwrap_or_default(),
            timestamp_ms: ts[i].unwrap_or(0),
            role: role[i].clone().unwrap_or_default(),
            author_id: aid[i].clone(),
            author_name: name[i].clone(),
            text: text[i].clone().unwrap_or_default(),
            internal: internal[i].unwrap_or(false),
            subject: subject[i].clone(),
            quoted_text: quoted[i].clone(),
        });
    }
    out
}
