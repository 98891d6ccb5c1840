//! The `otai` binary: parse, run, report the error chain, exit with a code.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: scoring allocates many small strings on two threads at once, where it is
/// markedly faster than the system allocator (see bench/run.sh).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
