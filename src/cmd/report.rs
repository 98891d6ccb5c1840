//! `otai report --data DIR…`: rebuilds reports/ and coaching/ from the result tables
//! alone, of one run or of several merged (see [`crate::report::read_runs`]).

use std::path::{Path, PathBuf};

use crate::error::Outcome;
use crate::report::{self, Options};

pub fn run(data: &[PathBuf], out: &Path, opts: &Options) -> anyhow::Result<Outcome> {
    let tables = report::read_runs(data, opts)?;
    report::write(out, &report::generate(&tables, opts)?)?;
    Ok(Outcome::Clean)
}
