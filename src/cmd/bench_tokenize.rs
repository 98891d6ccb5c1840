//! `otai bench-tokenize --input FILE` (hidden): the floor of any Japanese pipeline —
//! lindera tokenizing the `text` of every JSONL record with both cores (segmenting and
//! reading each token's part of speech), nothing else: no normalisation, no allocation
//! of our own tokens.
//! bench/run.sh compares `otai analyze` end to end against it.

use std::path::Path;
use std::time::Instant;

use anyhow::Context as _;
use rayon::prelude::*;

use crate::error::{Error, Outcome};
use crate::score::rubric::Rubric;
use crate::text::Analyzer;

pub fn run(input: &Path, dict: Option<&Path>) -> anyhow::Result<Outcome> {
    let analyzer =
        Analyzer::load(dict, Rubric::default_rubric().lexicon.stop_words).map_err(Error::from)?;
    let raw = std::fs::read_to_string(input)
        .with_context(|| format!("{}: cannot read", input.display()))?;
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let started = Instant::now();
    let tokens: usize = texts.par_iter().map(|t| analyzer.segment_only(t)).sum();
    let secs = started.elapsed().as_secs_f64().max(1e-9);
    println!(
        "{{\"messages\": {}, \"bytes\": {bytes}, \"tokens\": {tokens}, \"seconds\": {secs:.3}, \"messages_per_s\": {:.0}, \"mb_per_s\": {:.2}, \"threads\": {}}}",
        texts.len(),
        texts.len() as f64 / secs,
        bytes as f64 / secs / 1e6,
        rayon::current_num_threads()
    );
    Ok(Outcome::Clean)
}
