//! One file per subcommand: each holds the command's `run`, taking resolved config.

pub mod analyze;
pub mod bench_tokenize;
pub mod eval;
pub mod generate;
pub mod inspect;
pub mod query;
pub mod report;
pub mod rubric;
