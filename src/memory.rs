//! Freed memory given back to the system. The allocator is the binary's choice
//! (`main.rs`), so the binary says how ([`set_release`]); the library says when: after
//! reading ([`release_everywhere`]: the sort's buffers and the readers' scratch are freed
//! but still held by the threads that used them, and idle threads never hand freed pages
//! back on their own), and after the merge assembled a conversation far larger than a
//! batch ([`release_here`]: the copies its list left behind as it grew); and from a giant
//! batch on, every free gives its pages back at once ([`give_back_at_once`], how set by
//! [`set_at_once`]). A million-message conversation otherwise starts scoring with several
//! hundred MiB of freed pages still counted against the process (bench/long.sh).

use std::sync::OnceLock;

static RELEASE: OnceLock<fn()> = OnceLock::new();
static AT_ONCE: OnceLock<fn()> = OnceLock::new();
static KEEP: OnceLock<fn()> = OnceLock::new();

/// How to keep freed pages for reuse until memory is asked back (set once, by the binary).
pub fn set_keep(f: fn()) {
    let _ = KEEP.set(f);
}

/// From now on freed pages stay for reuse, and go back only where this module is told
/// to give them back (`analyze`, which says where: otherwise the allocator gives them
/// back within a second and the kernel zeroes them again when they are taken anew).
pub fn keep_freed_pages() {
    if let Some(f) = KEEP.get() {
        f();
    }
}

/// How the calling thread gives its freed memory back (set once, by the binary).
pub fn set_release(f: fn()) {
    let _ = RELEASE.set(f);
}

/// How to make every later free give memory back at once (set once, by the binary).
pub fn set_at_once(f: fn()) {
    let _ = AT_ONCE.set(f);
}

/// From now on, freed memory goes back at once rather than after the allocator's short
/// delay: asked for when a giant conversation is scored, where what is freed and not yet
/// given back (90–175 MiB, varying from run to run with the timing) decided whether a
/// million-message conversation stayed under 1 GiB. Costs a little time on every free, so
/// only runs that meet such a conversation pay it.
pub fn give_back_at_once() {
    if let Some(f) = AT_ONCE.get() {
        f();
    }
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
