//! `otai report --data DIR`: rebuilds reports/ and coaching/ from the result tables alone.

use std::path::Path;

use crate::Outcome;
use crate::report::{self, Options, Tables};

pub fn run(data: &Path, out: &Path, opts: &Options) -> anyhow::Result<Outcome> {
    let tables = Tables::read(data, opts)?;
    report::write(out, &report::generate(&tables, opts)?)?;
    Ok(Outcome::Clean)
}
