//! `otai query <SQL | file.sql> --data DIR [--format table|csv|json|parquet]`.

use std::io::Write;
use std::path::Path;

use anyhow::Context as _;
use polars::prelude::*;

use crate::config::QueryFormat;
use crate::error::Outcome;
use crate::{frame, output, query};

/// SQL from the argument, or from the file it names.
pub fn read_sql(arg: &str) -> anyhow::Result<String> {
    let path = Path::new(arg);
    if arg.ends_with(".sql") || (path.is_file() && !arg.contains(' ')) {
        return std::fs::read_to_string(path)
            .with_context(|| format!("{arg}: cannot read the SQL file"));
    }
    Ok(arg.to_string())
}

/// Renders a result: an aligned table, CSV, or JSON (one array of row objects).
pub fn render(df: &DataFrame, format: QueryFormat) -> anyhow::Result<Vec<u8>> {
    Ok(match format {
        QueryFormat::Table => {
            // SAFETY of output: env vars only widen polars' table printing for this process.
            let mut out = Vec::new();
            writeln!(out, "{df}")?;
            out
        }
        QueryFormat::Csv => {
            let mut ready = output::csv_ready(df)?;
            let mut out = Vec::new();
            CsvWriter::new(&mut out)
                .include_header(true)
                .finish(&mut ready)?;
            out
        }
        QueryFormat::Json => {
            let names: Vec<String> = df
                .get_column_names()
                .iter()
                .map(|s| s.to_string())
                .collect();
            let rows: Vec<serde_json::Value> = (0..df.height())
                .map(|i| {
                    let obj: serde_json::Map<String, serde_json::Value> = df
                        .columns()
                        .iter()
                        .zip(&names)
                        .map(|(c, n)| {
                            (
                                n.clone(),
                                c.get(i)
                                    .map(frame::any_to_json)
                                    .unwrap_or(serde_json::Value::Null),
                            )
                        })
                        .collect();
                    serde_json::Value::Object(obj)
                })
                .collect();
            let mut out = serde_json::to_vec_pretty(&rows)?;
            out.push(b'\n');
            out
        }
        QueryFormat::Parquet => anyhow::bail!("parquet output needs a file: pass --out FILE"),
    })
}

pub fn run(
    sql_arg: &str,
    data: &Path,
    format: QueryFormat,
    out: Option<&Path>,
) -> anyhow::Result<Outcome> {
    let sql = read_sql(sql_arg)?;
    let df = query::run(data, &sql)?;
    match (format, out) {
        (QueryFormat::Parquet, Some(path)) => output::write_parquet(&df, path)?,
        (QueryFormat::Parquet, None) => {
            anyhow::bail!("parquet output needs a file: pass --out FILE")
        }
        (f, Some(path)) => {
            let bytes = render(&df, f)?;
            output::write_atomic(path, |w| Ok(w.write_all(&bytes)?))?;
        }
        (f, None) => std::io::stdout().write_all(&render(&df, f)?)?,
    }
    Ok(Outcome::Clean)
}
