//! `otai eval --labels FILE --data DIR`: precision / recall / F1 of the scores in DIR.

use std::path::Path;

use anyhow::Context as _;
use polars::prelude::*;

use crate::error::Outcome;
use crate::eval;

fn read_table(data: &Path, name: &str) -> anyhow::Result<DataFrame> {
    let path = data.join(name);
    let file = std::fs::File::open(&path).with_context(|| {
        format!(
            "{}: not found; run `otai analyze <messages> --out {}` first",
            path.display(),
            data.display()
        )
    })?;
    anyhow::Context::with_context(ParquetReader::new(file).finish(), || {
        format!("{}: unreadable", path.display())
    })
}

pub fn run(labels: &Path, data: &Path, by_rule: bool) -> anyhow::Result<Outcome> {
    let text = std::fs::read_to_string(labels)
        .with_context(|| format!("{}: cannot read the labels file", labels.display()))?;
    let mut rows = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        rows.push(
            serde_json::from_str(line)
                .with_context(|| format!("{}:{}: not a JSON object", labels.display(), i + 1))?,
        );
    }
    let conversations = read_table(data, "conversations.parquet")?;
    let evidence = read_table(data, "evidence.parquet")?;
    let report = eval::evaluate(&rows, &conversations, &evidence);
    println!("{report}");
    if by_rule {
        println!("\n{}", eval::by_rule(&rows, &evidence));
    }
    Ok(Outcome::Clean)
}
