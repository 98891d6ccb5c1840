//! `otai report --data DIR`: rebuilds reports/ and coaching/ from the result tables alone.

use std::path::Path;

use crate::error::Outcome;
use crate::report::{self, Options};

pub fn run(data: &Path, out: &Path, opts: &Options) -> anyhow::Result<Outcome> {
    let tables = report::read(data, opts)?;
    report::write(out, &report::generate(&tables, opts)?)?;
    Ok(Outcome::Clean)
}
