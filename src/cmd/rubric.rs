//! `otai rubric`: prints the built-in rubric so a team can copy and edit it.

use crate::error::Outcome;
use crate::score::rubric::DEFAULT_RUBRIC;

pub fn run() -> anyhow::Result<Outcome> {
    print!("{DEFAULT_RUBRIC}");
    Ok(Outcome::Clean)
}
