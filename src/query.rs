//! SQL over the result tables with polars SQL: `messages`, `conversations`, `evidence`
//! and `agents`, read lazily from the Parquet files `otai analyze` wrote. No writing.

use std::path::Path;

use polars::prelude::*;
use polars::sql::SQLContext;

/// The tables a query can name, and their files.
pub const TABLES: [(&str, &str); 4] = [
    ("messages", "messages.parquet"),
    ("conversations", "conversations.parquet"),
    ("evidence", "evidence.parquet"),
    ("agents", "agents.parquet"),
];

#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    #[error(
        "{dir}: no result tables here (missing {missing}); run `otai analyze <INPUT> --out {dir}` first"
    )]
    NoData { dir: String, missing: String },
    #[error(
        "the query failed: {0}; the tables are messages, conversations, evidence and agents (see README.md for their columns)"
    )]
    Sql(String),
}

/// Runs `sql` over the tables in `data`.
pub fn run(data: &Path, sql: &str) -> Result<DataFrame, QueryError> {
    let mut ctx = SQLContext::new();
    let mut missing = Vec::new();
    for (name, file) in TABLES {
        let path = data.join(file);
        if !path.is_file() {
            missing.push(file);
            continue;
        }
        let lf = LazyFrame::scan_parquet(
            PlRefPath::from(path.to_string_lossy().as_ref()),
            ScanArgsParquet::default(),
        )
        .map_err(|e| QueryError::Sql(e.to_string()))?;
        ctx.register(name, lf);
    }
    if missing.len() == TABLES.len() {
        return Err(QueryError::NoData {
            dir: data.display().to_string(),
            missing: missing.join(", "),
        });
    }
    ctx.execute(sql)
        .and_then(|lf| lf.collect())
        .map_err(|e| QueryError::Sql(e.to_string()))
}
