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
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay`'s place in mimalloc's `mi_option_e` (the same in its v2 and v3).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// The purge delay otai runs with until memory is asked back: an hour, so in effect freed
/// pages are kept for reuse and go back to the system only where `otai::memory` says
/// (mimalloc's collect then purges them whatever their delay). With mimalloc's own 1 s
/// delay, pages freed while reading or between batches went back to the system and came
/// back moments later as fresh pages the kernel zeroes: a third of all page faults at 1M
/// messages (about 80k of 230k, 0.3 s of kernel time), for no lower peak.
const KEEP_FREED_MS: std::ffi::c_long = 3_600_000;

/// Whether the purge delay is one otai may change: mimalloc's default (10 ms in v2, 1000
/// ms in v3, which the mimalloc crate builds by default) or otai's own, and the user set
/// none (`MIMALLOC_PURGE_DELAY`). A mimalloc whose options moved is left alone.
///
/// SAFETY (of the calls below): both functions take and return plain integers. Other
/// threads may read the option while it is written (mimalloc keeps it in a plain `long`):
/// a word-sized store, so a reader sees the old delay or the new one, either valid.
fn purge_delay_is_ours() -> bool {
    std::env::var_os("MIMALLOC_PURGE_DELAY").is_none()
        // SAFETY: see above.
        && matches!(unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }, 10 | 1000 | KEEP_FREED_MS)
}

/// Freed pages are kept for reuse ([`KEEP_FREED_MS`]); `analyze` asks for it (it alone
/// says where memory goes back: other commands keep mimalloc's own delay).
fn keep_freed_pages() {
    if purge_delay_is_ours() {
        // SAFETY: see `purge_delay_is_ours`.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, KEEP_FREED_MS) };
    }
}

/// Every later free gives its pages back at once (mimalloc's purge delay 0), for the rest
/// of the run (the reports pay the same small cost).
fn purge_at_once() {
    if purge_delay_is_ours() {
        // SAFETY: see `purge_delay_is_ours`.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    }
}

/// The calling thread's freed memory back to the system (`otai::memory` says when).
fn give_back_freed_memory() {
    // SAFETY: mi_collect takes no pointers; it walks the calling thread's own heap.
    unsafe { mi_collect(true) };
}

fn main() -> ExitCode {
    prefer_base_pages();
    otai::memory::set_allocator(otai::memory::Allocator {
        keep: keep_freed_pages,
        release: give_back_freed_memory,
        at_once: purge_at_once,
    });
    let cli = otai::cli::Cli::parse();
    match otai::run(cli) {
        Ok(outcome) => outcome.into(),
        Err(err) => {
            eprintln!("error: {err:#}");
            otai::error::Outcome::Fatal.into()
        }
    }
}
