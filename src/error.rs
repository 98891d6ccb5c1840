//! The fatal [`Error`] (the run cannot go on; each names the file and the fix) and the
//! [`Outcome`] of a run as the process exit code.

use std::process::ExitCode;

/// Fatal errors: the run cannot go on. Each names the file and the fix.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {reason}")]
    Input { path: String, reason: String },
    #[error("{path}: {reason}")]
    Config { path: String, reason: String },
    #[error(transparent)]
    Dictionary(#[from] crate::text::dict::DictError),
    #[error("{path}: {reason}")]
    Output { path: String, reason: String },
}

/// How a run ended, as the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every record was used.
    Clean = 0,
    /// The run finished, but some records were rejected (see rejects.csv).
    SomeRejected = 1,
    /// The run could not finish.
    Fatal = 2,
}

impl From<Outcome> for ExitCode {
    fn from(o: Outcome) -> ExitCode {
        ExitCode::from(o as u8)
    }
}
