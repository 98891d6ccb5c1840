//! otai (応対): evidence-backed quality scores for customer-support chat and e-mail logs.
//!
//! The pipeline: [`ingest`] (files → canonical messages) → [`frame`] (polars frames)
//! → [`output`] (atomic writes). [`text`] is the only module that touches lindera.
//! See ARCHITECTURE.md for the map and its invariants.

pub mod agents;
pub mod blockio;
pub mod calendar;
pub mod chart;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod error;
pub mod eval;
pub mod frame;
pub mod group;
pub mod hash;
pub mod ingest;
pub mod memory;
pub mod output;
pub mod query;
pub mod report;
pub mod results;
pub mod schema;
pub mod score;
pub mod synth;
pub mod text;
pub mod timings;

/// Runs one parsed command line: `config` resolves the flags, a `cmd` module does the work.
pub fn run(cli: cli::Cli) -> anyhow::Result<error::Outcome> {
    match config::Job::from_cli(cli)? {
        config::Job::Analyze(cfg) => cmd::analyze::run(*cfg),
        config::Job::Inspect(cfg) => cmd::inspect::run(&cfg),
        config::Job::Rubric => cmd::rubric::run(),
        config::Job::Eval(cfg) => cmd::eval::run(&cfg.labels, &cfg.data, cfg.by_rule),
        config::Job::Report(cfg) => cmd::report::run(&cfg.data, &cfg.out, &cfg.options),
        config::Job::BenchTokenize { input, dict } => {
            cmd::bench_tokenize::run(&input, dict.as_deref())
        }
        config::Job::Gen {
            conversations,
            seed,
            out,
        } => cmd::generate::run(conversations, seed, &out),
        config::Job::Query(cfg) => {
            cmd::query::run(&cfg.sql, &cfg.data, cfg.format, cfg.out.as_deref())
        }
    }
}
