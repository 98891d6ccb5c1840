//! Freed memory given back to the system. The allocator is the binary's choice
//! (`main.rs`), so the binary says how ([`set_allocator`]); the library says when: after
//! reading ([`release_everywhere`]: the sort's buffers and the readers' scratch are freed
//! but still held by the threads that used them, and idle threads never hand freed pages
//! back on their own), and after the merge assembled a conversation far larger than a
//! batch ([`release_here`]: the copies its list left behind as it grew); and from a giant
//! batch on, every free gives its pages back at once ([`give_back_at_once`]). A
//! million-message conversation otherwise starts scoring with several hundred MiB of
//! freed pages still counted against the process (bench/long.sh). Until then, `analyze`
//! keeps freed pages for reuse ([`keep_freed_pages`]).

use std::sync::OnceLock;

/// How the binary's allocator does each of what this module is asked for.
pub struct Allocator {
    /// Keeps freed pages for reuse until they are asked back.
    pub keep: fn(),
    /// Gives the calling thread's freed memory back.
    pub release: fn(),
    /// Makes every later free give its memory back at once.
    pub at_once: fn(),
}

static ALLOCATOR: OnceLock<Allocator> = OnceLock::new();

/// How the allocator keeps and gives back memory (set once, by the binary; tests run
/// without, and then nothing here does anything).
pub fn set_allocator(allocator: Allocator) {
    let _ = ALLOCATOR.set(allocator);
}

/// From now on freed pages stay for reuse, and go back only where this module is told
/// to give them back (`analyze`, which says where: otherwise the allocator gives them
/// back within a second and the kernel zeroes them again when they are taken anew).
pub fn keep_freed_pages() {
    if let Some(a) = ALLOCATOR.get() {
        (a.keep)();
    }
}

/// From now on, freed memory goes back at once rather than after the allocator's short
/// delay: asked for when a giant conversation is scored, where what is freed and not yet
/// given back (90–175 MiB, varying from run to run with the timing) decided whether a
/// million-message conversation stayed under 1 GiB. Costs a little time on every free, so
/// only runs that meet such a conversation pay it.
pub fn give_back_at_once() {
    if let Some(a) = ALLOCATOR.get() {
        (a.at_once)();
    }
}

/// Gives the calling thread's freed memory back, if the binary said how.
pub fn release_here() {
    if let Some(a) = ALLOCATOR.get() {
        (a.release)();
    }
}

/// Gives freed memory back on every thread of the pool and on this one.
pub fn release_everywhere() {
    if ALLOCATOR.get().is_some() {
        rayon::broadcast(|_| release_here());
        release_here();
    }
}
