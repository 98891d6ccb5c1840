//! `otai analyze`: ingest → frames → result files in `--out`.
//!
//! Writes messages.parquet, conversations.parquet/.csv, rejects.csv and run.json.
//! Exit code 0 when every record was accepted, 1 when some were rejected.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::Path;

use anyhow::Context as _;
use polars::prelude::DataFrame;
use serde_json::json;

use crate::agents::Credit;
use crate::config::AnalyzeConfig;
use crate::error::{Error, Outcome};
use crate::ingest::{self, Ingested};
use crate::schema::Message;
use crate::score::{self, ConversationScore, Found, Rubric};
use crate::text::{self, Analyzer};
use crate::{frame, output};

pub fn run(cfg: AnalyzeConfig) -> anyhow::Result<Outcome> {
    let started = chrono::Utc::now();
    // This run says where memory goes back (`crate::memory`): until then, freed pages are
    // reused rather than given back and zeroed again by the kernel.
    crate::memory::keep_freed_pages();
    let mut t = crate::timings::Timings::from_env();
    let (jobs, skipped) = ingest::plan_jobs(&cfg.inputs, Some(&cfg.out), &|folder| {
        cfg.settings_for(folder)
    })?;
    // Fail fast on a missing dictionary, before any work (it loads while files are read).
    let dict_dir = cfg.dict_from_folders();
    let dictionary = text::dict::resolve(dict_dir.as_deref()).map_err(Error::from)?;
    let rubric = cfg.load_rubric()?;
    // A rule that no longer matches its own example is most likely an editing slip (a
    // `\b` beside kana, a dropped alternative): said even with --quiet.
    for (rule, example) in rubric.example_misses() {
        eprintln!(
            "otai: warning: rubric rule {rule} does not match its own example {example:?}; fix the pattern or the example"
        );
    }
    for rule in rubric.unused_rules() {
        eprintln!(
            "otai: warning: rubric rule {rule} is of a behaviour otai no longer reads (empathy / self_efficacy became step_guidance, vicarious, encouragement and emotional_care); `otai rubric` shows the rules that replace it"
        );
    }
    // The calendar is checked before any work, so a typo in business hours is fatal early.
    score::calendar(&rubric).map_err(|reason| Error::Config {
        path: "rubric".into(),
        reason,
    })?;

    std::fs::create_dir_all(&cfg.out).map_err(|e| Error::Output {
        path: cfg.out.display().to_string(),
        reason: format!("cannot create the output folder ({e})"),
    })?;

    let bar = progress_bar(jobs.len() as u64, cfg.quiet);
    // One input file is scored while it is read, as long as its conversations come whole
    // and in order (an export sorted by conversation): see `Sorter::streaming`. Should a
    // conversation already scored come again, that attempt's files are dropped and the
    // input is read again, sorted first.
    let job = Job {
        cfg: &cfg,
        jobs: &jobs,
        dictionary: &dictionary,
        rubric: &rubric,
        bar: &bar,
    };
    let stream = jobs.len() == 1 && std::env::var_os("OTAI_NO_STREAMING").is_none();
    let streamed = match stream {
        true => stream_and_write(&job, &mut t)?,
        false => None,
    };
    let (ingested, totals) = match streamed {
        Some(done) => done,
        None => {
            if stream {
                t.note("the file could not be streamed (a conversation already scored came again, or a record without a conversation id came after conversations were scored): it is read again, sorted first");
            }
            bar.reset();
            sort_and_write(&job, &mut t)?
        }
    };
    // Said even with --quiet: a run that cannot credit its agents has failed its purpose.
    if let Some(w) = ingested.author_warning() {
        eprintln!("otai: warning: {w}");
    }
    // What the walk left out, and what readers left out inside files (a zip's entries).
    let mut skipped = skipped;
    skipped.extend(ingested.skipped.iter().cloned());
    skipped.sort();
    write_run_json(&cfg, &ingested, &skipped, started, &rubric, &totals)?;
    t.lap("write");
    if let Some(opts) = &cfg.report {
        // Scoring and writing are over: what their threads freed goes back before the
        // reports read the week in.
        crate::memory::release_everywhere();
        // From the files just written, as `otai report` reads them: the same bytes, and
        // only the review week's rows are read back.
        let tables = crate::report::read(&cfg.out, opts)?;
        t.lap("reports: read the week back");
        let files = crate::report::generate(&tables, opts)?;
        t.lap("reports: build");
        crate::report::write(&cfg.out, &files)?;
        t.lap("reports: write");
    }

    let read: u64 = ingested.files.iter().map(|f| f.read).sum();
    let rejected = ingested.rejects.len();
    // A mapping in otai.toml to a column no input has is most likely a typo: said even
    // with --quiet, like a rubric rule that misses its example; once per mapping, with
    // the first file it applies to (a year of daily files would say it 365 times).
    let mut said: Vec<(&str, &str, usize)> = Vec::new();
    for f in &ingested.files {
        for w in &f.mapping_warnings {
            match said
                .iter_mut()
                .find(|(warning, _, _)| *warning == w.as_str())
            {
                Some((_, _, n)) => *n += 1,
                None => said.push((w, &f.path, 1)),
            }
        }
    }
    for (warning, path, n) in said {
        let more = match n {
            1 => String::new(),
            n => format!(" (and {} more files)", n - 1),
        };
        eprintln!("otai: warning: {path}{more}: {warning}");
    }
    if !cfg.quiet {
        eprintln!(
            "otai: {} files, {read} records: {} accepted, {rejected} rejected{}{} → {}",
            ingested.files.len(),
            ingested.accepted,
            match ingested.files.iter().map(|f| f.ignored).sum::<u64>() {
                0 => String::new(),
                n => format!(", {n} ignored (events, not messages)"),
            },
            match ingested.files.iter().map(|f| f.duplicates).sum::<u64>() {
                0 => String::new(),
                n => format!(
                    ", {n} duplicates (messages seen again in overlapping exports, kept once)"
                ),
            },
            cfg.out.display()
        );
        for f in &ingested.files {
            for note in &f.inferred {
                eprintln!("  {}: {note}", f.path);
            }
            let unused = ingest::record::unused_columns(&f.columns);
            if !unused.is_empty() {
                eprintln!(
                    "  {}: columns not used: {} (map one with `[input.columns] <field> = \"<column>\"` in otai.toml; `otai inspect` shows every mapping)",
                    f.path,
                    unused.join(", ")
                );
            }
        }
        for r in ingested.rejects.iter().take(10) {
            eprintln!("  rejected {r}");
        }
        if rejected > 10 {
            eprintln!(
                "  … and {} more in {}",
                rejected - 10,
                cfg.out.join("rejects.csv").display()
            );
        }
    }
    Ok(if rejected == 0 {
        Outcome::Clean
    } else {
        Outcome::SomeRejected
    })
}

fn progress_bar(len: u64, quiet: bool) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{spinner} reading {pos}/{len} files {wide_bar} {elapsed}",
    ) {
        bar.set_style(style);
    }
    bar
}

/// Messages per batch (a batch ends at the first conversation boundary past it): scoring,
/// frames and writes go a batch at a time, so memory beyond the ingested messages stays
/// bounded; the size is fixed (not derived from the machine), so the files are the same
/// everywhere.
const BATCH_MESSAGES: usize = 8_192;

/// What the batches produced, for run.json and the reports.
struct Totals {
    agents: DataFrame,
    conversation_rows: usize,
    evidence_rows: usize,
}

/// One scored batch, ready to be turned into frames and written.
struct Scored<'r> {
    messages: Vec<Message>,
    scores: Vec<ConversationScore>,
    evidence: Vec<Found<'r>>,
}

/// The streaming result files.
struct Sinks {
    messages: output::TableSink,
    conversations_parquet: output::TableSink,
    conversations_csv: output::TableSink,
    evidence_parquet: output::TableSink,
    evidence_csv: output::TableSink,
}

/// What reading, scoring and writing take, whichever way the input is read.
struct Job<'a> {
    cfg: &'a AnalyzeConfig,
    jobs: &'a [ingest::FileJob],
    dictionary: &'a text::dict::Resolved,
    rubric: &'a Rubric,
    bar: &'a indicatif::ProgressBar,
}

impl Job<'_> {
    /// Builds the rubric's rule sets and loads the dictionary (while files are read).
    fn analyzer(&self) -> Result<Analyzer, crate::text::dict::DictError> {
        self.rubric.compile_sets();
        Analyzer::from_resolved(self.dictionary, self.rubric.lexicon.stop_words.clone())
    }

    fn output_error(&self, reason: String) -> Error {
        Error::Output {
            path: self.cfg.out.display().to_string(),
            reason,
        }
    }
}

/// Reads every file into the sort (spilling past its budget) while the dictionary loads,
/// then scores and writes the conversations in order.
fn sort_and_write(
    job: &Job<'_>,
    t: &mut crate::timings::Timings,
) -> anyhow::Result<(Ingested, Totals)> {
    let (cfg, rubric, bar) = (job.cfg, job.rubric, job.bar);
    // Messages past the budget are sorted into runs in a folder inside `--out`, removed
    // when this guard goes (success, error or panic).
    let spill = crate::group::SpillDir::inside(&cfg.out);
    let sorter = crate::group::Sorter::new(&spill, crate::group::spill_bytes());
    let (analyzer, sorted) = std::thread::scope(|scope| {
        let loading = scope.spawn(|| job.analyzer());
        let sorted = ingest::ingest_sorted(job.jobs, &|| bar.inc(1), sorter);
        let analyzer = loading
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (analyzer, sorted)
    });
    let analyzer = analyzer.map_err(Error::from)?;
    let (ingested, conversations) = sorted.map_err(|reason| job.output_error(reason))?;
    bar.finish_and_clear();
    crate::memory::release_everywhere();
    t.lap("dictionary+ingest");
    write_outputs(cfg, conversations, || Ok(ingested), &analyzer, rubric, t)?
        .context("an ordinary sort said its input was out of order (internal error)")
}

/// Reads the one input file on a thread of its own into a streaming sorter while the
/// dictionary loads and the conversations read so far are scored and written. `None`
/// when the file turned out not to be in order after all (nothing was written).
fn stream_and_write(
    job: &Job<'_>,
    t: &mut crate::timings::Timings,
) -> anyhow::Result<Option<(Ingested, Totals)>> {
    let Job {
        cfg,
        jobs,
        rubric,
        bar,
        ..
    } = *job;
    let spill = crate::group::SpillDir::inside(&cfg.out);
    let (sorter, conversations) =
        crate::group::Sorter::streaming(&spill, crate::group::spill_bytes());
    std::thread::scope(|scope| {
        let ingesting = scope.spawn(|| {
            let ingested = ingest::ingest_sorted(jobs, &|| bar.inc(1), sorter);
            // What reading freed (its buffers; a conversation too large to stream, sorted
            // and spilled here) goes back before the merge gathers such a conversation.
            crate::memory::release_everywhere();
            ingested
        });
        let analyzer = job.analyzer().map_err(Error::from)?;
        t.lap("dictionary (reading goes on)");
        let mut reader = Some(ingesting);
        let ingested = || -> anyhow::Result<Ingested> {
            let Some(reader) = reader.take() else {
                anyhow::bail!("the reader was joined twice (internal error)");
            };
            let (ingested, _none) = reader
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                .map_err(|reason| job.output_error(reason))?;
            bar.finish_and_clear();
            Ok(ingested)
        };
        let written = write_outputs(cfg, conversations, ingested, &analyzer, rubric, t);
        // Scoring stopped before it took the reader's answer (an error, or the stream gave
        // up): the reader stops at its next chunk; a panic in it is the run's panic.
        if let Some(reader) = reader.take()
            && let Err(panic) = reader.join()
        {
            std::panic::resume_unwind(panic);
        }
        written
    })
}

/// Scores the conversations batch by batch as the merge hands them out and writes every
/// result table. While one batch is written, the next is scored (both cores stay busy).
/// A batch is freed once written (the files hold it). Once every conversation was taken,
/// `ingested` gives the readers' counts and rejects, completed here. `None` when a
/// streaming sorter gave up: nothing is written, the files half made are removed.
fn write_outputs(
    cfg: &AnalyzeConfig,
    merged: crate::group::Conversations,
    ingested: impl FnOnce() -> anyhow::Result<Ingested>,
    analyzer: &Analyzer,
    rubric: &Rubric,
    t: &mut crate::timings::Timings,
) -> anyhow::Result<Option<(Ingested, Totals)>> {
    let out: &Path = &cfg.out;
    let config_error = |reason: String| Error::Config {
        path: "rubric".into(),
        reason,
    };
    let mut sinks = Sinks {
        messages: output::TableSink::parquet(&out.join("messages.parquet"))?,
        conversations_parquet: output::TableSink::parquet(&out.join("conversations.parquet"))?,
        conversations_csv: output::TableSink::csv(&out.join("conversations.csv"), cfg.csv_bom)?,
        evidence_parquet: output::TableSink::parquet(&out.join("evidence.parquet"))?,
        evidence_csv: output::TableSink::csv(&out.join("evidence.csv"), cfg.csv_bom)?,
    };
    // For the timings note.
    let mut text_bytes = 0usize;
    let mut message_count = 0usize;
    let mut agents = crate::agents::AgentWeeks::default();
    let mut evidence_rows = 0;
    let mut conversation_rows = 0;

    // Batches are scored here (every core) and handed to a writer thread, which builds
    // their frames and appends them to the files while the next batch is scored. The
    // channel holds one batch, so memory stays at about two batches.
    let mut writer_busy = 0.0;
    let mut scoring_time = 0.0;
    let mut send_wait = 0.0;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Scored>(1);
    // The merge (reading sorted runs back, grouping conversations, cutting batches) goes
    // on a thread of its own, one batch ahead of scoring.
    let (batch_tx, batch_rx) = std::sync::mpsc::sync_channel::<Vec<Message>>(1);
    let mut merge_wait = 0.0;
    // A batch this large is one giant conversation (or a few): after it is assembled and
    // after it is scored, the threads involved give their freed memory back.
    let size = batch_size();
    let giant = |b: &[Message]| b.len() > size.saturating_mul(4);
    let (writer_result, tally) = std::thread::scope(|scope| {
        let merging = scope.spawn(move || {
            let mut batches = Batches::new(merged, size);
            for b in batches.by_ref() {
                // A conversation far larger than a batch left the copies of its list, as
                // it grew, among this thread's freed pages.
                if giant(&b) {
                    crate::memory::release_here();
                }
                // Scoring stopped (an error, reported by the caller).
                if batch_tx.send(b).is_err() {
                    break;
                }
            }
            batches.into_inner().finish()
        });
        let writer = scope.spawn(|| -> anyhow::Result<()> {
            for done in rx {
                let busy = std::time::Instant::now();
                let written = write_batch(&done, &mut sinks, &mut agents)?;
                writer_busy += busy.elapsed().as_secs_f64();
                let was_giant = giant(&done.messages);
                // Written: the batch is not needed again (freed here, on this thread).
                drop(done);
                if was_giant {
                    crate::memory::release_here();
                }
                evidence_rows += written.evidence;
                conversation_rows += written.conversations;
            }
            Ok(())
        });
        let mut scoring = Ok(());
        let mut waiting_for_merge = std::time::Instant::now();
        for b in batch_rx.iter() {
            merge_wait += waiting_for_merge.elapsed().as_secs_f64();
            text_bytes += b.iter().map(|m| m.text.len()).sum::<usize>();
            message_count += b.len();
            let is_giant = giant(&b);
            if is_giant {
                // What every thread freed before it (kept for reuse until now) goes back
                // first, and from here on every free gives its pages back at once.
                crate::memory::give_back_at_once();
                crate::memory::release_everywhere();
            }
            let scoring_started = std::time::Instant::now();
            let scored = score::score_all(&b, analyzer, rubric);
            scoring_time += scoring_started.elapsed().as_secs_f64();
            // What scoring a giant conversation freed (its prepared sentences, lemmas,
            // the detectors' lists) is held by the pool's idle threads until given back.
            if is_giant {
                crate::memory::release_everywhere();
            }
            match scored {
                Ok((scores, evidence)) => {
                    let batch = Scored {
                        messages: b,
                        scores,
                        evidence,
                    };
                    // A closed channel means the writer failed; its error is reported below.
                    let waiting = std::time::Instant::now();
                    let sent = tx.send(batch);
                    send_wait += waiting.elapsed().as_secs_f64();
                    if sent.is_err() {
                        break;
                    }
                }
                Err(reason) => {
                    scoring = Err(config_error(reason));
                    break;
                }
            }
            waiting_for_merge = std::time::Instant::now();
        }
        drop(tx);
        drop(batch_rx);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(anyhow::anyhow!("the writer thread panicked")));
        let tally = merging
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (written.and(scoring.map_err(anyhow::Error::from)), tally)
    });
    writer_result?;
    if tally.unsorted {
        // The sinks' temporary files go with them.
        return Ok(None);
    }
    let mut ingested = ingested()?;
    if let Some(reason) = tally.failed.clone() {
        return Err(Error::Output {
            path: out.display().to_string(),
            reason,
        }
        .into());
    }
    ingested.reconcile(tally);
    t.lap("score+write");
    t.note(&format!(
        "scoring {scoring_time:.3} s, waiting for the merge {merge_wait:.3} s, for the writer \
         {send_wait:.3} s; writer busy {writer_busy:.3} s"
    ));
    let (sentences, bytes) = analyzer.analysed();
    t.note(&format!(
        "lemmas needed for {sentences} sentences, {bytes} bytes of {message_count} messages' \
         {text_bytes} (lindera runs only for those)"
    ));

    // The sinks' last row groups are encoded and every file synced side by side (the
    // cores are free now; on small inputs this step was a tenth of the run).
    let Sinks {
        messages,
        conversations_parquet,
        conversations_csv,
        evidence_parquet,
        evidence_csv,
    } = sinks;
    let agents = std::thread::scope(|scope| -> anyhow::Result<DataFrame> {
        let finishing: Vec<_> = [
            messages,
            conversations_parquet,
            conversations_csv,
            evidence_parquet,
            evidence_csv,
        ]
        .into_iter()
        .map(|sink| scope.spawn(move || sink.finish()))
        .collect();
        let agents = (|| -> anyhow::Result<DataFrame> {
            let agents = agents.finish().context("building the agents frame")?;
            output::write_parquet(&agents, &out.join("agents.parquet"))?;
            output::write_csv(&agents, &out.join("agents.csv"), cfg.csv_bom)?;
            output::write_rejects(&ingested.rejects, &out.join("rejects.csv"), cfg.csv_bom)?;
            Ok(agents)
        })();
        for sink in finishing {
            sink.join()
                .unwrap_or_else(|_| Err(anyhow::anyhow!("finishing a result file panicked")))?;
        }
        agents
    })?;
    Ok(Some((
        ingested,
        Totals {
            agents,
            conversation_rows,
            evidence_rows,
        },
    )))
}

/// The batch size: [`BATCH_MESSAGES`], or `OTAI_BATCH_MESSAGES` (tests cut tiny batches
/// to show batching changes nothing).
fn batch_size() -> usize {
    std::env::var("OTAI_BATCH_MESSAGES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(BATCH_MESSAGES)
}

/// Consecutive runs of whole conversations of about `size` messages, smaller towards the
/// end (a quarter of what is left, down to 1,024): the writer finishes the last batch
/// alone, so a small last batch leaves a core idle for less time. One empty batch when
/// there are no messages, so every file still gets its columns.
///
/// The conversations come one at a time from the merge, so how many are left is not
/// known: up to `4 × size` messages are read ahead, which is enough to tell whether the
/// batch is a full one (more than that is left) or one of the last (all that is left is
/// read ahead, so the count is exact). The cuts are those of the whole list at once.
struct Batches<I> {
    conversations: I,
    size: usize,
    ahead: std::collections::VecDeque<Vec<Message>>,
    ahead_messages: usize,
    done: bool,
    yielded: bool,
}

impl<I: Iterator<Item = Vec<Message>>> Batches<I> {
    fn new(conversations: I, size: usize) -> Self {
        Batches {
            conversations,
            size,
            ahead: std::collections::VecDeque::new(),
            ahead_messages: 0,
            done: false,
            yielded: false,
        }
    }

    fn into_inner(self) -> I {
        self.conversations
    }

    /// Reads ahead until `want` messages wait or the conversations end.
    fn read_ahead(&mut self, want: usize) {
        while !self.done && self.ahead_messages < want {
            match self.conversations.next() {
                Some(c) => {
                    self.ahead_messages += c.len();
                    self.ahead.push_back(c);
                }
                None => self.done = true,
            }
        }
    }
}

impl<I: Iterator<Item = Vec<Message>>> Iterator for Batches<I> {
    type Item = Vec<Message>;

    fn next(&mut self) -> Option<Vec<Message>> {
        let size = self.size;
        let full = size.saturating_mul(4);
        self.read_ahead(full);
        if self.ahead.is_empty() {
            if self.yielded {
                return None;
            }
            self.yielded = true;
            return Some(Vec::new());
        }
        // What is left, when known (all of it is ahead); otherwise more than `full`.
        let left = if self.done {
            self.ahead_messages
        } else {
            full.max(self.ahead_messages)
        };
        let target = size.min((left / 4).max(size.min(1024)));
        let mut batch: Vec<Message> = Vec::new();
        while let Some(c) = self.ahead.pop_front() {
            self.ahead_messages -= c.len();
            if batch.is_empty() {
                batch = c;
            } else {
                batch.extend(c);
            }
            if self.ahead.is_empty() {
                self.read_ahead(1);
            }
            if batch.len() >= target || self.ahead.is_empty() {
                break;
            }
        }
        self.yielded = true;
        Some(batch)
    }
}

/// What one batch wrote, kept for the whole-run tables.
struct Written {
    conversations: usize,
    evidence: usize,
}

/// Frames for one scored batch: messages, conversations (with scores) and evidence are
/// appended to their files; agent tallies are added up.
fn write_batch(
    batch: &Scored,
    sinks: &mut Sinks,
    agents: &mut crate::agents::AgentWeeks,
) -> anyhow::Result<Written> {
    // On this thread, not the rayon pool: the pool is scoring the next batch, and a
    // parallel call from here would wait for that batch to finish.
    let conversations =
        frame::conversations_frame(&batch.messages).context("building the conversations frame")?;
    let scores_df = frame::scores_frame(&batch.scores).context("building the scores frame")?;
    let conversations = frame::with_scores(&conversations, &scores_df).context("joining scores")?;
    let primary: HashMap<String, String> = {
        let ids = conversations.column("conversation_id")?.str()?.clone();
        let agent_ids = conversations.column("primary_agent_id")?.str()?.clone();
        ids.iter()
            .zip(agent_ids.iter())
            .filter_map(|(c, a)| Some((c?.to_string(), a?.to_string())))
            .collect()
    };
    let credits = batch
        .evidence
        .iter()
        .map(|f| Credit::of_found(f, &batch.messages));
    agents.add(&batch.messages, &batch.scores, credits, &primary);
    // Messages and evidence go out a row group at a time: a batch is usually smaller
    // than one (one slice, as before), but a batch holding one giant conversation would
    // otherwise be copied whole into a frame beside itself.
    for slice in row_groups(&batch.messages) {
        let languages: Vec<&str> = slice
            .iter()
            .map(|m| text::detect_language(&m.text))
            .collect();
        let messages =
            frame::messages_frame(slice, &languages).context("building the messages frame")?;
        sinks.messages.write(&messages)?;
    }
    let mut evidence_rows = 0;
    for slice in row_groups(&batch.evidence) {
        let evidence =
            frame::evidence_frame(slice, &batch.messages).context("building the evidence frame")?;
        sinks.evidence_parquet.write(&evidence)?;
        sinks.evidence_csv.write(&evidence)?;
        evidence_rows += evidence.height();
    }
    sinks.conversations_parquet.write(&conversations)?;
    sinks.conversations_csv.write(&conversations)?;
    Ok(Written {
        conversations: conversations.height(),
        evidence: evidence_rows,
    })
}

/// `rows` a row group at a time, and one empty slice when there are none (the sinks learn
/// their columns from a first, possibly empty, batch).
fn row_groups<T>(rows: &[T]) -> impl Iterator<Item = &[T]> {
    rows.chunks(output::ROW_GROUP_ROWS)
        .chain(rows.is_empty().then_some(rows))
}

fn write_run_json(
    cfg: &AnalyzeConfig,
    ingested: &Ingested,
    skipped: &[ingest::Skipped],
    started: chrono::DateTime<chrono::Utc>,
    rubric: &Rubric,
    totals: &Totals,
) -> anyhow::Result<()> {
    let out: &Path = &cfg.out;
    let (config_files, config_hash) = cfg.config_fingerprint();
    let read: u64 = ingested.files.iter().map(|f| f.read).sum();
    let inputs: Vec<_> = ingested
        .files
        .iter()
        .map(|f| {
            json!({
                "path": f.path,
                "format": f.format.map(|x| x.as_str()),
                "size": f.size,
                "sha256": f.sha256,
                "read": f.read,
                "accepted": f.accepted,
                "rejected": f.rejected,
                "ignored": f.ignored,
                "duplicates": f.duplicates,
                "inferred": f.inferred,
                "mapping_warnings": f.mapping_warnings,
                "encoding": f.encoding,
                "columns": f.columns.iter().map(|c| json!({
                    "column": c.column,
                    "field": c.field,
                    "how": c.how,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let skipped: Vec<_> = skipped.iter().map(ingest::Skipped::to_json).collect();
    let run = json!({
        "otai_version": env!("CARGO_PKG_VERSION"),
        "started_at": started.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "finished_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "config_files": config_files,
        "config_hash": config_hash,
        "rubric_hash": rubric.hash,
        "time_zone": rubric.business_hours.tz,
        "inputs": inputs,
        "skipped": skipped,
        "warnings": ingested.author_warning().into_iter().collect::<Vec<_>>(),
        "agent_messages": ingested.agent_messages,
        "agent_messages_without_author": ingested.agent_without_author,
        "totals": {
            "files": ingested.files.len(),
            "read": read,
            "accepted": ingested.accepted,
            "rejected": ingested.rejects.len(),
            "ignored": ingested.files.iter().map(|f| f.ignored).sum::<u64>(),
            "duplicates": ingested.files.iter().map(|f| f.duplicates).sum::<u64>(),
            "conversations": totals.conversation_rows,
            "evidence": totals.evidence_rows,
            "agent_weeks": totals.agents.height(),
        },
    });
    output::write_json(&run, &out.join("run.json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::{Role, test_message};

    /// The cuts of the whole list at once (how batches were cut before the merge
    /// streamed them): the ends of the batches.
    fn cuts_of_the_whole(sizes: &[usize], size: usize) -> Vec<usize> {
        let n: usize = sizes.iter().sum();
        let mut ends = Vec::new();
        let (mut start, mut end) = (0, 0);
        for s in sizes {
            end += s;
            let target = size.min(((n - start) / 4).max(size.min(1024)));
            if end - start >= target || end == n {
                ends.push(end);
                start = end;
            }
        }
        ends
    }

    #[test]
    fn streamed_batches_cut_where_the_whole_list_would() {
        // Conversation sizes from a small generator: runs of short chats, a long one.
        let mut state = 7u64;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize
        };
        for case in 0..200 {
            let count = next() % 300;
            let sizes: Vec<usize> = (0..count)
                .map(|_| {
                    if next() % 50 == 0 {
                        1 + next() % 400
                    } else {
                        1 + next() % 12
                    }
                })
                .collect();
            let size = [1, 7, 64, 1024, 8192][case % 5];
            let conversations: Vec<Vec<Message>> = sizes
                .iter()
                .enumerate()
                .map(|(i, &s)| {
                    (0..s)
                        .map(|t| {
                            test_message(&format!("c{i:04}"), t as i64, Role::Customer, None, false)
                        })
                        .collect()
                })
                .collect();
            let mut ends = Vec::new();
            let mut total = 0;
            for batch in Batches::new(conversations.into_iter(), size) {
                total += batch.len();
                ends.push(total);
            }
            let mut want = cuts_of_the_whole(&sizes, size);
            if want.is_empty() {
                // One empty batch, so every file gets its columns.
                want.push(0);
            }
            assert_eq!(ends, want, "sizes {sizes:?}, batch size {size}");
        }
    }
}
