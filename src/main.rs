//! The `otai` binary: parse, run, report the error chain, exit with a code.

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: scoring allocates many small strings on two threads at once, where it is
/// markedly faster than the system allocator (see bench/run.sh).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Transparent huge pages off for this process (unless `MIMALLOC_ALLOW_THP` says
/// otherwise): mimalloc asks for them, and the kernel then zeroes 2 MiB at each first
/// touch. otai fills fresh memory once and streams it out, so TLB savings are small,
/// while the zeroing (and compaction to find 2 MiB) cost a million-message run about
/// 3 s of kernel time on a 2-core VM (bench/run.sh, 2026-12-01).
fn prefer_base_pages() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: prctl(PR_SET_THP_DISABLE) takes integers only and changes a flag of
        // this process; a kernel without it returns an error, which changes nothing.
        unsafe {
            libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
        }
    }
}

unsafe extern "C" {
    /// mimalloc: frees the calling thread's delayed frees and gives its empty pages back.
    fn mi_collect(force: bool);
}

/// The calling thread's freed memory back to the system (`otai::memory` says when).
fn give_back_freed_memory() {
    // SAFETY: mi_collect takes no pointers; it walks the calling thread's own heap.
    unsafe { mi_collect(true) };
}

fn main() -> ExitCode {
    prefer_base_pages();
    otai::memory::set_release(give_back_freed_memory);
    let cli = otai::cli::Cli::parse();
    match otai::run(cli) {
        Ok(outcome) => outcome.into(),
        Err(err) => {
            eprintln!("error: {err:#}");
            otai::error::Outcome::Fatal.into()
        }
    }
}
