//! Freed memory given back to the system. The allocator is the binary's choice
//! (`main.rs`), so the binary says how ([`set_release`]); the library says when: after
//! reading ([`release_everywhere`]: the sort's buffers and the readers' scratch are freed
//! but still held by the threads that used them, and idle threads never hand freed pages
//! back on their own), and after the merge assembled a conversation far larger than a
//! batch ([`release_here`]: the copies its list left behind as it grew). A million-message
//! conversation otherwise starts scoring with several hundred MiB of freed pages still
//! counted against the process (bench/long.sh).

use std::sync::OnceLock;

static RELEASE: OnceLock<fn()> = OnceLock::new();

/// How the calling thread gives its freed memory back (set once, by the binary).
pub fn set_release(f: fn()) {
    let _ = RELEASE.set(f);
}

/// Gives the calling thread's freed memory back, if the binary said how (tests run
/// without).
pub fn release_here() {
    if let Some(f) = RELEASE.get() {
        f();
    }
}

/// Gives freed memory back on every thread of the pool and on this one.
pub fn release_everywhere() {
    if RELEASE.get().is_some() {
        rayon::broadcast(|_| release_here());
        release_here();
    }
}
