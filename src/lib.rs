//! otai (応対): evidence-backed quality scores for customer-support chat and e-mail logs.
//!
//! The pipeline: [`ingest`] (files → canonical messages) → [`frame`] (polars frames)
//! → [`output`] (atomic writes). [`text`] is the only module that touches lindera.
//! See ARCHITECTURE.md for the map and its invariants.

pub mod agents;
pub mod calendar;
pub mod chart;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod eval;
pub mod frame;
pub mod ingest;
pub mod output;
pub mod query;
pub mod report;
pub mod schema;
pub mod score;
pub mod synth;
pub mod text;
pub mod timings;

use std::process::ExitCode;

/// Fatal errors: the run cannot go on. Each names the file and the fix.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {reason}")]
    Input { path: String, reason: String },
    #[error("{path}: {reason}")]
    Config { path: String, reason: String },
    #[error(transparent)]
    Dictionary(#[from] text::dict::DictError),
    #[error("{path}: {reason}")]
    Output { path: String, reason: String },
}

/// How a run ended, as the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every record was used.
    Clean = 0,
    /// The run finished, but some records were rejected (see rejects.csv).
    SomeRejected = 1,
    /// The run could not finish.
    Fatal = 2,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        ExitCode::from(o as u8)
    }
}

/// Runs one parsed command line.
pub fn run(cli: cli::Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        cli::Command::Analyze(args) => cmd::analyze::run(config::AnalyzeConfig::from_args(args)?),
        cli::Command::Rubric => cmd::rubric::run(),
        cli::Command::Eval(args) => cmd::eval::run(&args.labels, &args.data, args.by_rule),
        cli::Command::Report(args) => cmd::report::run(
            &args.data,
            args.out.as_deref().unwrap_or(&args.data),
            &report::Options {
                week: args.week,
                mask: !args.no_mask,
            },
        ),
        cli::Command::BenchTokenize(args) => {
            cmd::bench_tokenize::run(&args.input, args.dict.as_deref())
        }
        cli::Command::Gen(args) => cmd::generate::run(args.conversations, args.seed, &args.out),
        cli::Command::Query(args) => {
            cmd::query::run(&args.sql, &args.data, args.format, args.out.as_deref())
        }
    }
}
