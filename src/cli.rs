//! Command-line flags (clap derive) and nothing else: [`crate::config`] is the only
//! reader of these types and turns them into plain settings.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "otai",
    version,
    about = "Evidence-backed quality scores for customer-support chat and e-mail logs",
    long_about = "otai (応対) turns exported support conversations into per-conversation scores, \
                  per-agent reports and charts. Japanese first, English second."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Ingest exported logs, score every conversation and write the result tables into --out.
    Analyze(AnalyzeArgs),
    /// What otai makes of each export file: format, encoding, column → field mapping (and
    /// how each was decided), unused columns, roles, agents, time range, three records as
    /// read, and the otai.toml lines that fix what it cannot map. Writes nothing.
    Inspect(InspectArgs),
    /// Print the built-in rubric (phrase patterns, weights, SLA targets, business hours) to copy and edit.
    Rubric,
    /// Precision / recall / F1 of the scores in --data against a labels file.
    Eval(EvalArgs),
    /// SQL over the result tables (messages, conversations, evidence, agents) in --data.
    Query(QueryArgs),
    /// Rebuild the reports (per agent, team weekly review, coaching exports) from the tables in --data.
    Report(ReportArgs),
    /// Write a synthetic corpus (canonical JSONL) for benchmarks; the same seed gives the same bytes.
    Gen(GenArgs),
    /// Benchmark floor: lindera tokenizing every message text of a JSONL file with all cores.
    #[command(hide = true)]
    BenchTokenize(BenchTokenizeArgs),
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Files or folders of exported logs (as for `otai analyze`).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// How to print: text for people, json for scripts.
    #[arg(long, value_enum, default_value_t = InspectFormat::Text)]
    pub format: InspectFormat,
    /// Input format; `auto` detects each file's format from its name and content.
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    pub input_format: FormatArg,
    /// Time zone for timestamps written without an offset (IANA name).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Mail from this domain (or its subdomains) is from an agent. Repeatable.
    #[arg(long = "agent-domain", value_name = "DOMAIN")]
    pub agent_domains: Vec<String>,
    /// Settings file (otai.toml); applies to every input instead of the ones found in input folders.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InspectFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct BenchTokenizeArgs {
    #[arg(long, value_name = "FILE")]
    pub input: PathBuf,
    #[arg(long, value_name = "DIR")]
    pub dict: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct GenArgs {
    /// How many conversations.
    #[arg(long, default_value_t = 1000)]
    pub conversations: u64,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Output file (JSONL).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// A folder written by `otai analyze`; several (or a folder holding several runs, one
    /// per subfolder) are reported on as one: weeks analysed separately, or one desk split
    /// over machines.
    #[arg(long, value_name = "DIR", required = true, num_args = 1..)]
    pub data: Vec<PathBuf>,
    /// Where to write reports/ and coaching/ (default: --data when it is one run; required
    /// for several).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// ISO week to report on, e.g. 2026-W10 (default: the latest week in the data).
    #[arg(long, value_name = "WEEK")]
    pub week: Option<String>,
    /// Keep personal data (e-mail, phone, card, account numbers, addresses) in coaching exports.
    #[arg(long)]
    pub no_mask: bool,
    /// How many conversations the review queue lists per agent (「今週読むべき会話」).
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub review: usize,
    /// How many conversations the team review's queue lists.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub review_team: usize,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    /// A SQL statement, or a .sql file (see queries/).
    #[arg(value_name = "SQL | FILE")]
    pub sql: String,
    /// A folder written by `otai analyze`.
    #[arg(long, value_name = "DIR")]
    pub data: PathBuf,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    pub format: QueryFormat,
    /// Write the result to this file instead of stdout (required for parquet).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QueryFormat {
    Table,
    Csv,
    Json,
    Parquet,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Labels, one JSON object per line (the format of ../shared/eval/dev/labels.jsonl).
    #[arg(long, value_name = "FILE")]
    pub labels: std::path::PathBuf,
    /// A folder written by `otai analyze` (its conversations.parquet and evidence.parquet are read).
    #[arg(long, value_name = "DIR")]
    pub data: std::path::PathBuf,
    /// Also list every rule's true and false positives against the labels (tuning from data).
    #[arg(long)]
    pub by_rule: bool,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Files or folders of exported logs (folders are walked; an otai.toml inside applies to them).
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Folder to write messages.parquet, conversations.*, rejects.csv and run.json into.
    #[arg(long, short = 'o', value_name = "DIR")]
    pub out: PathBuf,
    /// Input format; `auto` detects each file's format from its name and content.
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    pub format: FormatArg,
    /// Time zone for timestamps written without an offset (IANA name).
    #[arg(long, value_name = "ZONE")]
    pub tz: Option<String>,
    /// Mail from this domain (or its subdomains) is from an agent. Repeatable.
    #[arg(long = "agent-domain", value_name = "DOMAIN")]
    pub agent_domains: Vec<String>,
    /// Settings file (otai.toml); applies to every input instead of the ones found in input folders.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Rubric file (see `otai rubric`); replaces the built-in one.
    #[arg(long, value_name = "FILE")]
    pub rubric: Option<PathBuf>,
    /// A lindera dictionary folder, or an IPADIC source folder to build one from.
    #[arg(long, value_name = "DIR")]
    pub dict: Option<PathBuf>,
    /// Write CSV files for people with a UTF-8 BOM (Japanese Excel needs it).
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set)]
    pub csv_bom: bool,
    /// Do not write reports/ and coaching/.
    #[arg(long)]
    pub no_report: bool,
    /// Keep personal data in coaching exports (masked by default).
    #[arg(long)]
    pub no_mask: bool,
    /// ISO week for the reports (default: the latest week in the data).
    #[arg(long, value_name = "WEEK")]
    pub week: Option<String>,
    /// How many conversations the review queue lists per agent (「今週読むべき会話」).
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub review: usize,
    /// How many conversations the team review's queue lists.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub review_team: usize,
    /// No progress bar and no summary on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Auto,
    Jsonl,
    Json,
    Csv,
    Mbox,
    Maildir,
    Eml,
    Zendesk,
    Intercom,
    Freshdesk,
    Helpscout,
    Chatwoot,
    Slack,
    Teams,
    Line,
}
