//! `otai analyze`: ingest → frames → result files in `--out`.
//!
//! Writes messages.parquet, conversations.parquet/.csv, rejects.csv and run.json.
//! Exit code 0 when every record was accepted, 1 when some were rejected.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::Context as _;
use rayon::prelude::*;
use serde_json::json;

use crate::config::AnalyzeConfig;
use crate::ingest::{self, Ingested};
use crate::score::{self, ConversationScore, Evidence, Rubric};
use crate::text::{self, Analyzer};
use crate::{Error, Outcome, frame, output};

pub fn run(cfg: AnalyzeConfig) -> anyhow::Result<Outcome> {
    let started = chrono::Utc::now();
    let (jobs, skipped) = ingest::plan_jobs(&cfg.inputs, &|folder| cfg.settings_for(folder))?;
    // Fail fast on a missing dictionary, before any work.
    let dict_dir = cfg.dict_from_folders();
    let analyzer = Analyzer::load(dict_dir.as_deref()).map_err(Error::from)?;
    let rubric = cfg.load_rubric()?;
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
    let ingested = ingest::ingest(&jobs, &|| bar.inc(1));
    bar.finish_and_clear();

    let (scores, evidence) =
        score::score_all(&ingested.messages, &analyzer, &rubric).map_err(|reason| {
            Error::Config {
                path: "rubric".into(),
                reason,
            }
        })?;

    write_outputs(
        &cfg, &ingested, &skipped, started, &rubric, &scores, &evidence,
    )?;

    let read: u64 = ingested.files.iter().map(|f| f.read).sum();
    let rejected = ingested.rejects.len();
    if !cfg.quiet {
        eprintln!(
            "otai: {} files, {read} records: {} accepted, {rejected} rejected → {}",
            ingested.files.len(),
            ingested.messages.len(),
            cfg.out.display()
        );
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

fn write_outputs(
    cfg: &AnalyzeConfig,
    ingested: &Ingested,
    skipped: &[String],
    started: chrono::DateTime<chrono::Utc>,
    rubric: &Rubric,
    scores: &[ConversationScore],
    evidence: &[Evidence],
) -> anyhow::Result<()> {
    let out: &Path = &cfg.out;
    let languages: Vec<&str> = ingested
        .messages
        .par_iter()
        .map(|m| text::detect_language(&m.text))
        .collect();
    let messages = frame::messages_frame(&ingested.messages, &languages)
        .context("building the messages frame")?;
    let conversations =
        frame::conversations_frame(&messages).context("building the conversations frame")?;
    let scores_in = scores;
    let scores = frame::scores_frame(scores).context("building the scores frame")?;
    let conversations = frame::with_scores(&conversations, &scores).context("joining scores")?;
    let evidence_df = frame::evidence_frame(evidence).context("building the evidence frame")?;
    let primary: std::collections::HashMap<String, String> = {
        let ids = conversations.column("conversation_id")?.str()?.clone();
        let agents = conversations.column("primary_agent_id")?.str()?.clone();
        ids.iter()
            .zip(agents.iter())
            .filter_map(|(c, a)| Some((c?.to_string(), a?.to_string())))
            .collect()
    };
    let tz = score::calendar(rubric)
        .map(|c| c.tz)
        .unwrap_or(chrono_tz::Asia::Tokyo);
    let agents = crate::agents::agents_frame(&ingested.messages, scores_in, evidence, &primary, tz)
        .context("building the agents frame")?;
    let evidence = evidence_df;

    output::write_parquet(&messages, &out.join("messages.parquet"))?;
    output::write_parquet(&conversations, &out.join("conversations.parquet"))?;
    output::write_csv(&conversations, &out.join("conversations.csv"), cfg.csv_bom)?;
    output::write_parquet(&evidence, &out.join("evidence.parquet"))?;
    output::write_parquet(&agents, &out.join("agents.parquet"))?;
    output::write_csv(&agents, &out.join("agents.csv"), cfg.csv_bom)?;
    output::write_csv(&evidence, &out.join("evidence.csv"), cfg.csv_bom)?;
    output::write_rejects(&ingested.rejects, &out.join("rejects.csv"), cfg.csv_bom)?;

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
            })
        })
        .collect();
    let run = json!({
        "otai_version": env!("CARGO_PKG_VERSION"),
        "started_at": started.to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "finished_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        "config_files": config_files,
        "config_hash": config_hash,
        "rubric_hash": rubric.hash,
        "inputs": inputs,
        "skipped": skipped,
        "totals": {
            "files": ingested.files.len(),
            "read": read,
            "accepted": ingested.messages.len(),
            "rejected": ingested.rejects.len(),
            "conversations": conversations.height(),
            "evidence": evidence.height(),
            "agent_weeks": agents.height(),
        },
    });
    output::write_json(&run, &out.join("run.json"))?;
    if let Some(opts) = &cfg.report {
        let tables = crate::report::Tables::from_frames(&conversations, &evidence, &agents);
        crate::report::write(out, &crate::report::generate(&tables, opts)?)?;
    }
    Ok(())
}
