//! `otai gen --conversations N --seed S --out FILE`: a synthetic corpus for benchmarks.

use std::io::Write as _;
use std::path::Path;

use crate::error::Outcome;
use crate::{output, synth};

pub fn run(conversations: u64, seed: u64, out: &Path) -> anyhow::Result<Outcome> {
    let mut messages = 0;
    output::write_atomic(out, |w| {
        messages = synth::generate(w, conversations, seed)?;
        w.flush()?;
        Ok(())
    })?;
    eprintln!(
        "otai gen: {conversations} conversations, {messages} messages → {}",
        out.display()
    );
    Ok(Outcome::Clean)
}
