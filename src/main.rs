//! The `otai` binary: parse, run, report the error chain, exit with a code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = otai::cli::Cli::parse();
    match otai::run(cli) {
        Ok(outcome) => outcome.into(),
        Err(err) => {
            eprintln!("error: {err:#}");
            otai::Outcome::Fatal.into()
        }
    }
}
