//! The grouping stage between reading and scoring: messages sorted into whole
//! conversations without holding them all, by an external merge sort. Readers (`ingest`)
//! feed it; scoring reads whole conversations out of it. It knows only the canonical
//! message (`schema`), nothing of any input format.
//!
//! Readers hand their messages to a [`Sorter`] as they parse them. While the messages
//! held stay under half a byte budget they are only gathered; past it, the gathered
//! messages are sorted and written as one *run*, on a thread of its own while reading
//! goes on, to a spill folder inside the output folder
//! ([`SpillDir`], removed when the run ends, however it ends). At the end the runs (and
//! what is still held) are merged in order, and [`Conversations`] hands out one whole
//! conversation at a time, its duplicate message ids dropped.
//!
//! The order is the one `ingest` has always had: conversation, time, source file, source
//! line, message id, then the record's position in its file (`seq`), so equal keys come
//! out in reading order whichever run they were spilled in. A small input never reaches
//! half the budget: nothing is written and the merge is a sort in memory.
//!
//! One reader's messages often come in that order already (an export sorted by
//! conversation): [`Sorter::streaming`] hands each conversation to the merge as soon as
//! the next one starts, and falls back to the sort when the order breaks.
//!
//! Mail cannot be sorted as it is read: its conversation is known only once every mail
//! was threaded. It waits in a [`Stash`] (arrival order, written to the same folder past
//! the same budget) and joins the sort afterwards.
//!
//! A run file is a sequence of records, each field length-prefixed (little-endian), the
//! file name only where it differs from the record before (a tag byte says which): no
//! framework, nothing read back but what this module wrote in the same process.

use std::cmp::Ordering;
use std::collections::{BTreeSet, BinaryHeap, HashMap};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use rayon::prelude::*;

use crate::schema::RecordError;
use crate::schema::{Channel, Message, Role};

/// The sort's byte budget: half of it held before a sorted run is written (about 150k
/// chat messages), the other half for the run being written meanwhile.
/// `OTAI_SPILL_BYTES` overrides it (tests force tiny runs to show spilling changes
/// nothing).
pub const SPILL_BYTES: usize = 160 << 20;

/// The run budget: [`SPILL_BYTES`] unless `OTAI_SPILL_BYTES` says otherwise.
pub fn spill_bytes() -> usize {
    std::env::var("OTAI_SPILL_BYTES")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(SPILL_BYTES)
}

/// The spill folder `<out>/.otai-spill-<pid>`: made when the first run is written and
/// removed with everything in it when this guard is dropped (on success, on an error
/// and while a panic unwinds). The name starts with a dot, so a walk never reads it as
/// input even if a killed run left it behind, and the next run in the same output
/// folder removes such leftovers (on Linux, where it can tell their process is gone).
#[derive(Debug)]
pub struct SpillDir {
    path: Option<PathBuf>,
    made: Mutex<bool>,
}

const SPILL_PREFIX: &str = ".otai-spill-";

impl SpillDir {
    pub fn inside(out: &Path) -> SpillDir {
        remove_leftovers(out);
        SpillDir {
            path: Some(out.join(format!("{SPILL_PREFIX}{}", std::process::id()))),
            made: Mutex::new(false),
        }
    }

    /// No folder: everything stays in memory (the library's `ingest`).
    pub fn none() -> SpillDir {
        SpillDir {
            path: None,
            made: Mutex::new(false),
        }
    }

    fn make(&self) -> io::Result<&Path> {
        let path = self
            .path
            .as_deref()
            .ok_or_else(|| io::Error::other("no spill folder (internal error)"))?;
        let mut made = self.made.lock().unwrap_or_else(|e| e.into_inner());
        if !*made {
            std::fs::create_dir_all(path)?;
            *made = true;
        }
        Ok(path)
    }
}

impl Drop for SpillDir {
    fn drop(&mut self) {
        let made = *self.made.get_mut().unwrap_or_else(|e| e.into_inner());
        if made && let Some(path) = &self.path {
            let _ = std::fs::remove_dir_all(path);
        }
    }
}

/// Removes the spill folders of killed runs (a signal ends a process without its guard):
/// those whose process no longer exists. Only where `/proc` tells (Linux).
fn remove_leftovers(out: &Path) {
    if !Path::new("/proc/self").exists() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(out) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(SPILL_PREFIX))
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !Path::new("/proc").join(pid.to_string()).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// A message on its way to the sort, with its position in its file (the last tie
/// breaker) and its reply link (for reply chains that need a file's linked messages).
#[derive(Debug, Clone)]
pub struct Item {
    pub message: Message,
    pub seq: u64,
    pub reply_to: Option<String>,
    /// The message id was derived (the record had none): linking knows such a message
    /// by its line, as before the id was given.
    pub derived_id: bool,
}

impl Item {
    /// Heap bytes, roughly: what holding it costs.
    fn weight(&self) -> usize {
        let m = &self.message;
        let opt = |s: &Option<String>| s.as_ref().map_or(0, String::capacity);
        std::mem::size_of::<Item>()
            + m.conversation_id.capacity()
            + m.message_id.capacity()
            + m.text.capacity()
            // Shared by the messages of a file: counted as the bytes of its name (a bound).
            + m.source_file.len()
            + opt(&m.author_id)
            + opt(&m.author_name)
            + opt(&m.subject)
            + opt(&m.quoted_text)
            + opt(&self.reply_to)
    }
}

/// Why a sorted run could not be written to the spill folder `at`.
fn write_failed(at: &str, why: impl std::fmt::Display) -> String {
    format!("cannot write sorted messages to {at} ({why})")
}

/// The output order: conversation, time, source file, line, message id, position in the file.
pub fn order(a: &Item, b: &Item) -> Ordering {
    let (x, y) = (&a.message, &b.message);
    (
        &x.conversation_id,
        x.timestamp_ms,
        &x.source_file,
        x.source_line,
        &x.message_id,
        a.seq,
    )
        .cmp(&(
            &y.conversation_id,
            y.timestamp_ms,
            &y.source_file,
            y.source_line,
            &y.message_id,
            b.seq,
        ))
}

/// The thread writing a run: it answers with the run's path, or why it could not write it.
type RunWriter = std::thread::JoinHandle<Result<PathBuf, String>>;

/// Gathers messages from every reader, spilling sorted runs past the budget.
///
/// A run is sorted and written on a thread of its own while readers go on filling the
/// next one (writing and freeing a run used to stop reading for a third of a second at
/// 1M messages). A run is cut at half the budget and a second run waits until the first
/// is written: with one reader (a JSONL file) the run being written and the one filling
/// fit the budget; readers of several files side by side may each hold a cut run while
/// they wait, (readers + 1) / 2 budgets at most (before: one budget per reader). A
/// streaming sorter holds at most three quarters of the budget while it streams (the
/// conversation being read and those held back, those handed over and not yet taken, the
/// one the merge is taking: a quarter each), and the budget again once it sorts the rest.
pub struct Sorter<'d> {
    dir: &'d SpillDir,
    budget: usize,
    held: Mutex<(Vec<Item>, usize)>,
    /// The run being sorted and written, if any (its thread's answer: the run's path,
    /// or why it could not be written).
    writing: Mutex<Option<RunWriter>>,
    runs: Mutex<Vec<PathBuf>>,
    next_run: AtomicUsize,
    /// The first spill that failed; later messages are dropped (the run is fatal).
    failed: Mutex<Option<String>>,
    /// Set by [`Sorter::streaming`]: conversations go to the merge as they are read.
    stream: Option<Mutex<Stream>>,
}

impl<'d> Sorter<'d> {
    pub fn new(dir: &'d SpillDir, budget: usize) -> Sorter<'d> {
        Sorter {
            dir,
            budget,
            held: Mutex::new((Vec::new(), 0)),
            writing: Mutex::new(None),
            runs: Mutex::new(Vec::new()),
            next_run: AtomicUsize::new(0),
            failed: Mutex::new(None),
            stream: None,
        }
    }

    /// A sorter for one reader whose input may already be in order (an export sorted by
    /// conversation), and the [`Conversations`] it feeds while it is still being fed.
    ///
    /// As long as the conversations arrive whole and in order (each conversation's
    /// messages together, conversation ids ascending; within a conversation any order),
    /// each conversation is sorted alone and handed to the merge as soon as the next one
    /// starts: nothing is spilled, and scoring goes on while the file is read. The first
    /// [`STREAM_PREFIX`] messages are held back until they are seen to be in order.
    ///
    /// When the order breaks, what was not handed over yet and everything after it is
    /// sorted as [`Sorter::new`] sorts, and merged after what was handed over, which is
    /// right as long as no message belongs to a conversation handed over already. One
    /// that does makes the streamed conversations wrong: the merge then ends with
    /// [`Tally::unsorted`] set, messages pushed after it are dropped, and the caller reads
    /// the input again with [`Sorter::new`] (the only case in which streaming costs more).
    pub fn streaming(dir: &'d SpillDir, budget: usize) -> (Sorter<'d>, Conversations) {
        // A few conversations' worth ahead: the reader waits when scoring is behind.
        let (tx, rx) = std::sync::mpsc::sync_channel(STREAM_AHEAD);
        let ahead = std::sync::Arc::new(Ahead {
            state: Mutex::new((0, false)),
            taken: std::sync::Condvar::new(),
            limit: budget / 4,
            waits: AtomicUsize::new(0),
        });
        let mut sorter = Sorter::new(dir, budget);
        sorter.stream = Some(Mutex::new(Stream {
            tx: Some(tx),
            ahead: ahead.clone(),
            open: Vec::new(),
            waiting: Vec::new(),
            waiting_items: 0,
            held_bytes: 0,
            last_sent: None,
            degraded: false,
            abandoned: false,
        }));
        let merge = Merge::new(vec![Source::Stream(Box::new(Streaming {
            rx,
            ahead,
            current: Vec::new().into_iter(),
            rest: None,
        }))]);
        (sorter, Conversations::new(merge, false))
    }

    /// Whether a streaming sorter wants no more messages: it gave up (see
    /// [`Sorter::streaming`]: the input is read again), or its merge is gone (scoring
    /// stopped on an error). A reader may stop reading.
    pub fn stopped(&self) -> bool {
        self.stream.as_ref().is_some_and(|s| {
            let s = s.lock().unwrap_or_else(|e| e.into_inner());
            s.abandoned || s.tx.is_none() || s.ahead.closed()
        })
    }

    /// A reader met a record without a conversation id: its file's chains are linked at
    /// the end, through every message of the file. A streaming sorter that handed
    /// conversations over gives up now (rather than when linking); one that handed
    /// nothing over sorts as an ordinary one from here on.
    pub fn needs_links(&self) {
        let Some(stream) = &self.stream else {
            return;
        };
        let mut s = stream.lock().unwrap_or_else(|e| e.into_inner());
        if s.abandoned {
            return;
        }
        // Handed over (also before the order broke): the chain may lead into a
        // conversation already scored.
        if s.last_sent.is_some() {
            s.abandon();
            return;
        }
        if s.degraded {
            return;
        }
        s.degraded = true;
        let rest = s.unsent();
        drop(s);
        self.hold(rest, 0);
    }

    /// A streaming sorter's push: see [`Sorter::streaming`]. Returns the messages that go
    /// to the ordinary sort (the order broke, before or now).
    fn stream_push(&self, stream: &Mutex<Stream>, items: Vec<Item>) -> Vec<Item> {
        let mut s = stream.lock().unwrap_or_else(|e| e.into_inner());
        if s.abandoned {
            return Vec::new();
        }
        if s.degraded {
            if items.iter().any(|i| s.handed_over(i)) {
                s.abandon();
                return Vec::new();
            }
            return items;
        }
        let mut items = items.into_iter();
        while let Some(item) = items.next() {
            let open = s.open.first().map(|o| o.message.conversation_id.as_str());
            match open.map(|o| item.message.conversation_id.as_str().cmp(o)) {
                None | Some(Ordering::Equal) => {}
                Some(Ordering::Greater) => s.close_open(),
                Some(Ordering::Less) => {
                    if s.handed_over(&item) {
                        s.abandon();
                        return Vec::new();
                    }
                    // Out of order, but of no conversation handed over: what was not
                    // handed over goes to the ordinary sort, and so does everything after.
                    return s.degrade(item, items);
                }
            }
            s.held_bytes += item.weight();
            s.open.push(item);
            // Past a quarter of the budget held (a years-long chat in one conversation,
            // or a prefix of very long messages), what is held is sorted as the ordinary
            // sort does it, spilled past the budget, and so is everything after.
            if s.held_bytes >= self.budget / 4
                && self.dir.path.is_some()
                && let Some(item) = s.open.pop()
            {
                s.held_bytes -= item.weight();
                return s.degrade(item, items);
            }
        }
        Vec::new()
    }

    /// Takes messages; past half the budget, what is held is sorted and written as a run
    /// (on a thread of its own, see [`Sorter`]).
    pub fn push(&self, items: Vec<Item>) {
        self.push_beside(items, 0);
    }

    /// [`Sorter::push`] for a caller that holds `beside` bytes of its own while it hands
    /// messages over (mail threading's tables): they count against the same budget, so
    /// what is held here is written sooner.
    pub fn push_beside(&self, items: Vec<Item>, beside: usize) {
        let items = match &self.stream {
            Some(stream) => self.stream_push(stream, items),
            None => items,
        };
        self.hold(items, beside);
    }

    /// Holds `items` for the ordinary sort, spilling past half the budget.
    fn hold(&self, items: Vec<Item>, beside: usize) {
        if items.is_empty() {
            return;
        }
        let full = {
            let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
            held.1 += items.iter().map(Item::weight).sum::<usize>();
            if held.0.is_empty() {
                held.0 = items;
            } else {
                held.0.extend(items);
            }
            // Half the budget for what is held, half for the run being written. At most
            // half of the held half is taken off for `beside`: runs stay large enough to
            // be merged together (thousands of tiny runs would each want a read buffer).
            let half = self.budget / 2;
            if held.1 + beside.min(half / 2) >= half && self.dir.path.is_some() {
                held.1 = 0;
                Some(std::mem::take(&mut held.0))
            } else {
                None
            }
        };
        if let Some(items) = full {
            self.spill(items);
        }
    }

    /// Sorts and writes `items` as a run on a thread of its own, once the run before it
    /// is written (one run is written at a time).
    fn spill(&self, mut items: Vec<Item>) {
        let mut writing = self.writing.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(previous) = writing.take() {
            self.settle(previous);
        }
        if self.failure().is_some() {
            return;
        }
        let n = self.next_run.fetch_add(1, AtomicOrdering::Relaxed);
        let at = self.dir_shown();
        let dir = match self.dir.make() {
            Ok(dir) => dir.to_path_buf(),
            Err(e) => return self.fail(write_failed(&at, e)),
        };
        let spawned = std::thread::Builder::new().spawn(move || {
            // Sorted on this thread alone, never on the rayon pool: the thread that spills
            // next may be a pool thread waiting here for this one, and a sort waiting for
            // the pool would then never finish (readers of several files push from the
            // pool). Off the reading path, and runs arrive mostly in order.
            items.sort_unstable_by(order);
            let path = dir.join(format!("run-{n:05}"));
            let written = write_run(&path, &items);
            // Freed here too: dropping a run's strings takes as long as writing them.
            drop(items);
            written.map(|()| path).map_err(|e| write_failed(&at, e))
        });
        match spawned {
            Ok(handle) => *writing = Some(handle),
            // The messages went with the thread that could not start: the run is lost,
            // and so is the whole analysis (fatal, as a full disk is).
            Err(e) => self.fail(format!(
                "cannot start a thread to write sorted messages to {} ({e})",
                self.dir_shown()
            )),
        }
    }

    /// Waits for the run being written, if any.
    fn settle_writing(&self) {
        let pending = self
            .writing
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(handle) = pending {
            self.settle(handle);
        }
    }

    /// Records what a run's writer answered: its path, or the failure.
    fn settle(&self, handle: RunWriter) {
        match handle.join() {
            Ok(Ok(path)) => {
                self.runs
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push(path);
            }
            Ok(Err(why)) => self.fail(why),
            Err(_) => self.fail(write_failed(
                &self.dir_shown(),
                "the writing thread stopped; please report this as a bug",
            )),
        }
    }

    fn fail(&self, why: String) {
        self.failed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_or_insert(why);
    }

    fn dir_shown(&self) -> String {
        self.dir
            .path
            .as_deref()
            .unwrap_or(Path::new(""))
            .display()
            .to_string()
    }

    fn failure(&self) -> Option<String> {
        self.failed
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Whether any run was written (tests and timings).
    pub fn spilled(&self) -> usize {
        self.settle_writing();
        self.runs.lock().unwrap_or_else(|e| e.into_inner()).len()
    }

    /// Reply-chain keys of every message gathered from `files` (held or spilled): the
    /// messages of a file that also has messages without a conversation id take part in
    /// its chains. Only read when such a file exists.
    pub fn links(&self, files: &BTreeSet<String>) -> Result<Vec<LinkKey>, String> {
        // Linking needs every message gathered: a streaming sorter gave up when the
        // first record without a conversation id was read, unless it had handed nothing
        // over (then it sorts as an ordinary one since).
        self.needs_links();
        if self.stopped() {
            return Ok(Vec::new());
        }
        self.settle_writing();
        if let Some(why) = self.failure() {
            return Err(why);
        }
        let key = |item: &Item| {
            let m = &item.message;
            LinkKey {
                file: m.source_file.to_string(),
                message_id: if item.derived_id {
                    String::new()
                } else {
                    m.message_id.clone()
                },
                line: m.source_line,
                timestamp_ms: m.timestamp_ms,
                reply_to: item.reply_to.clone(),
            }
        };
        let mut out: Vec<LinkKey> = {
            let held = self.held.lock().unwrap_or_else(|e| e.into_inner());
            held.0
                .iter()
                .filter(|i| files.contains(&*i.message.source_file))
                .map(key)
                .collect()
        };
        let runs = self.runs.lock().unwrap_or_else(|e| e.into_inner()).clone();
        for path in runs {
            let mut r = open_run(&path).map_err(|e| read_failed(&path, &e))?;
            while let Some(item) = read_item(&mut r).map_err(|e| read_failed(&path, &e))? {
                if files.contains(&*item.message.source_file) {
                    out.push(key(&item));
                }
            }
        }
        Ok(out)
    }

    /// Everything gathered, in order, a conversation at a time. What is still held is
    /// written as a last run when others were written (the memory goes to scoring).
    pub fn finish(mut self) -> Result<Conversations, String> {
        if let Some(stream) = self.stream.take() {
            return self.finish_stream(stream.into_inner().unwrap_or_else(|e| e.into_inner()));
        }
        self.settle_writing();
        if let Some(why) = self.failure() {
            return Err(why);
        }
        let mut held = std::mem::take(&mut self.held.lock().unwrap_or_else(|e| e.into_inner()).0);
        let mut sources = Vec::new();
        if self
            .runs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_empty()
        {
            held.par_sort_unstable_by(order);
            sources.push(Source::Held(held.into_iter()));
        } else {
            if !held.is_empty() {
                self.spill(std::mem::take(&mut held));
                self.settle_writing();
            }
            if let Some(why) = self.failure() {
                return Err(why);
            }
            let runs = std::mem::take(&mut *self.runs.lock().unwrap_or_else(|e| e.into_inner()));
            for path in runs {
                let r = open_run(&path).map_err(|e| read_failed(&path, &e))?;
                sources.push(Source::Run(r, path));
            }
        }
        let mut merge = Merge::new(sources);
        for i in 0..merge.sources.len() {
            merge.refill(i)?;
        }
        Ok(Conversations::new(merge, true))
    }
}

impl Sorter<'_> {
    /// A streaming sorter's end: the last conversations are handed over, or, once the
    /// order broke, the ordinary merge of what came after (or word that it gave up).
    /// What it returns is empty: the merge is the one [`Sorter::streaming`] returned.
    fn finish_stream(self, mut s: Stream) -> Result<Conversations, String> {
        let empty = Conversations::new(Merge::new(Vec::new()), true);
        if s.abandoned {
            // The merge was told when it happened.
            return Ok(empty);
        }
        if s.degraded {
            let rest = self.finish();
            return match rest {
                Ok(rest) => {
                    s.send(Streamed::Rest(Box::new(rest.merge)));
                    Ok(empty)
                }
                Err(why) => {
                    s.send(Streamed::Failed(why.clone()));
                    Err(why)
                }
            };
        }
        s.close_open();
        s.send_waiting();
        Ok(empty)
    }
}

/// Messages a streaming sorter holds back before handing any over: enough to tell an
/// export sorted by conversation from one in time order (whose conversations interleave).
pub const STREAM_PREFIX: usize = 4096;

/// Conversations handed over and not yet taken by the merge, at most (and at most a
/// quarter of the budget's bytes, [`Ahead`]).
const STREAM_AHEAD: usize = 256;

/// The bytes of the conversations handed over and not yet taken by the merge: the
/// reader waits while they are over the limit (a file of a few hundred very long
/// conversations would otherwise wait in memory whole while scoring catches up).
struct Ahead {
    /// Bytes in flight, and whether the merge is gone (then nobody waits).
    state: Mutex<(usize, bool)>,
    taken: std::sync::Condvar,
    limit: usize,
    /// How often the reader waited (tests).
    waits: AtomicUsize,
}

impl Ahead {
    /// Waits until `bytes` more fit (one conversation always goes when none is in flight).
    fn reserve(&self, bytes: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        while !s.1 && s.0 > 0 && s.0 + bytes > self.limit {
            self.waits.fetch_add(1, AtomicOrdering::Relaxed);
            s = self.taken.wait(s).unwrap_or_else(|e| e.into_inner());
        }
        s.0 += bytes;
    }

    fn release(&self, bytes: usize) {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        s.0 = s.0.saturating_sub(bytes);
        self.taken.notify_all();
    }

    fn closed(&self) -> bool {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1
    }

    fn close(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).1 = true;
        self.taken.notify_all();
    }
}

/// What a streaming sorter hands the merge.
enum Streamed {
    /// One whole conversation, sorted, and its bytes ([`Ahead`]).
    Conversation(Vec<Item>, usize),
    /// The ordinary merge of everything after the conversations handed over.
    Rest(Box<Merge>),
    /// A message came for a conversation handed over already: the merge is wrong.
    Unsorted,
    /// The ordinary sort failed (a full disk): the merge stops with this.
    Failed(String),
}

/// A streaming sorter's state (see [`Sorter::streaming`]).
struct Stream {
    /// To the merge; `None` once it is gone (scoring stopped).
    tx: Option<std::sync::mpsc::SyncSender<Streamed>>,
    ahead: std::sync::Arc<Ahead>,
    /// The conversation being read.
    open: Vec<Item>,
    /// Whole conversations not yet handed over (the prefix held back).
    waiting: Vec<Vec<Item>>,
    waiting_items: usize,
    /// What `open` and `waiting` hold ([`Item::weight`]).
    held_bytes: usize,
    /// The conversation handed over last.
    last_sent: Option<String>,
    /// The order broke before any message of a handed-over conversation came: the rest
    /// goes to the ordinary sort.
    degraded: bool,
    /// A message came for a conversation handed over already.
    abandoned: bool,
}

impl Stream {
    /// Whether `item`'s conversation was handed over already (or comes before one that was).
    fn handed_over(&self, item: &Item) -> bool {
        self.last_sent
            .as_deref()
            .is_some_and(|last| item.message.conversation_id.as_str() <= last)
    }

    /// From `item` on, messages go to the ordinary sort, and so does every message not
    /// handed over yet: returned, unless one of `later` belongs to a conversation handed
    /// over (then the stream gives up and none is).
    fn degrade(&mut self, item: Item, later: impl Iterator<Item = Item>) -> Vec<Item> {
        self.degraded = true;
        let mut rest = self.unsent();
        rest.push(item);
        for i in later {
            if self.handed_over(&i) {
                self.abandon();
                return Vec::new();
            }
            rest.push(i);
        }
        rest
    }

    /// Every message not handed over, taken (waiting conversations, then the open one).
    fn unsent(&mut self) -> Vec<Item> {
        let mut rest: Vec<Item> = self.waiting.drain(..).flatten().collect();
        self.waiting_items = 0;
        self.held_bytes = 0;
        rest.append(&mut self.open);
        rest
    }

    /// Gives up: the merge is told at once (scoring stops), and what is held goes.
    fn abandon(&mut self) {
        if !self.abandoned {
            self.send(Streamed::Unsorted);
            self.tx = None;
        }
        self.abandoned = true;
        drop(self.unsent());
    }

    /// The open conversation is whole: sorted, it waits to be handed over (at once once
    /// the prefix was seen in order).
    fn close_open(&mut self) {
        if self.open.is_empty() {
            return;
        }
        let mut done = std::mem::take(&mut self.open);
        done.sort_unstable_by(order);
        self.waiting_items += done.len();
        self.waiting.push(done);
        if self.last_sent.is_some() || self.waiting_items >= STREAM_PREFIX {
            self.send_waiting();
        }
    }

    fn send_waiting(&mut self) {
        self.waiting_items = 0;
        self.held_bytes = self.open.iter().map(Item::weight).sum();
        for conversation in std::mem::take(&mut self.waiting) {
            self.last_sent = Some(conversation[0].message.conversation_id.clone());
            let bytes = conversation.iter().map(Item::weight).sum();
            self.ahead.reserve(bytes);
            self.send(Streamed::Conversation(conversation, bytes));
        }
    }

    /// Hands over; once the merge is gone (scoring stopped on an error), nothing is.
    fn send(&mut self, part: Streamed) {
        if let Some(tx) = &self.tx
            && tx.send(part).is_err()
        {
            self.tx = None;
        }
    }
}

impl Drop for Sorter<'_> {
    /// A run still being written is waited for: its folder goes when the [`SpillDir`]
    /// this sorter borrows is dropped, after it.
    fn drop(&mut self) {
        self.settle_writing();
    }
}

impl<'d> Sorter<'d> {
    /// A [`Stash`] in the same spill folder, with an eighth of the budget: what waits in
    /// it waits beside threading's own tables, and writing it more often costs little
    /// (it is written once and read back in order).
    pub fn stash(&self) -> Stash<'d> {
        Stash {
            dir: self.dir,
            budget: self.budget / 8,
            held: Vec::new(),
            held_bytes: 0,
            files: Vec::new(),
            failed: None,
        }
    }
}

/// Messages kept in arrival order until their conversation is known (mail waits for
/// threading, which needs every mail's headers first): held up to the budget, then
/// written to a file in the spill folder, and read back in the same order.
pub struct Stash<'d> {
    dir: &'d SpillDir,
    budget: usize,
    held: Vec<Item>,
    held_bytes: usize,
    files: Vec<PathBuf>,
    /// The first write that failed; later messages are dropped (the run is fatal).
    failed: Option<String>,
}

impl Stash<'_> {
    pub fn push(&mut self, item: Item) {
        if self.failed.is_some() {
            return;
        }
        self.held_bytes += item.weight();
        self.held.push(item);
        if self.held_bytes >= self.budget && self.dir.path.is_some() {
            self.write_held();
        }
    }

    fn write_held(&mut self) {
        let items = std::mem::take(&mut self.held);
        self.held_bytes = 0;
        let written = (|| -> io::Result<PathBuf> {
            let path = self
                .dir
                .make()?
                .join(format!("stash-{:05}", self.files.len()));
            write_run(&path, &items)?;
            Ok(path)
        })();
        match written {
            Ok(path) => self.files.push(path),
            Err(e) => {
                let at = self.dir.path.as_deref().unwrap_or(Path::new(""));
                self.failed = Some(format!(
                    "cannot write mail waiting to be threaded to {} ({e})",
                    at.display()
                ));
            }
        }
    }

    /// Writes what is held when something was written already: the memory is needed
    /// elsewhere until the messages are read back.
    pub fn set_aside(&mut self) {
        if !self.files.is_empty() && !self.held.is_empty() {
            self.write_held();
        }
    }

    /// Every message in arrival order, borrowed.
    pub fn each(&self, f: &mut dyn FnMut(&Item)) -> Result<(), String> {
        if let Some(why) = &self.failed {
            return Err(why.clone());
        }
        for path in &self.files {
            let mut r = open_run(path).map_err(|e| read_failed(path, &e))?;
            while let Some(item) = read_item(&mut r).map_err(|e| read_failed(path, &e))? {
                f(&item);
            }
        }
        self.held.iter().for_each(f);
        Ok(())
    }

    /// Every message in arrival order, handed over. When some were written, the rest
    /// are written too first, so that the memory goes to whoever takes them.
    pub fn drain(mut self, f: &mut dyn FnMut(Item)) -> Result<(), String> {
        self.set_aside();
        if let Some(why) = self.failed.take() {
            return Err(why);
        }
        for path in std::mem::take(&mut self.files) {
            let mut r = open_run(&path).map_err(|e| read_failed(&path, &e))?;
            while let Some(item) = read_item(&mut r).map_err(|e| read_failed(&path, &e))? {
                f(item);
            }
            drop(r);
            let _ = std::fs::remove_file(&path);
        }
        std::mem::take(&mut self.held).into_iter().for_each(f);
        Ok(())
    }
}

/// What reply-chain linking needs of a message that already knows its conversation.
#[derive(Debug)]
pub struct LinkKey {
    pub file: String,
    pub message_id: String,
    pub line: u64,
    pub timestamp_ms: i64,
    pub reply_to: Option<String>,
}

fn read_failed(path: &Path, e: &io::Error) -> String {
    format!(
        "cannot read back sorted messages from {} ({e})",
        path.display()
    )
}

/// Writes `items` in the run format to a new file at `path` ([`open_run`] reads it back).
fn write_run(path: &Path, items: &[Item]) -> io::Result<()> {
    let mut w = BufWriter::with_capacity(1 << 20, File::create(path)?);
    let mut file: Option<&str> = None;
    for item in items {
        write_item(&mut w, item, file)?;
        file = Some(&item.message.source_file);
    }
    w.into_inner().map_err(io::IntoInnerError::into_error)?;
    Ok(())
}

fn open_run(path: &Path) -> io::Result<RunReader> {
    Ok(RunReader {
        r: BufReader::with_capacity(256 << 10, File::open(path)?),
        file: None,
    })
}

/// A run read back record by record ([`read_item`]).
struct RunReader {
    r: BufReader<File>,
    /// The file name of the record read last (a record of the same file names none).
    file: Option<std::sync::Arc<str>>,
}

enum Source {
    Held(std::vec::IntoIter<Item>),
    Run(RunReader, PathBuf),
    Stream(Box<Streaming>),
}

/// The merge's end of a streaming sorter: conversations as they come, then the ordinary
/// merge of the rest, if the order broke.
struct Streaming {
    rx: std::sync::mpsc::Receiver<Streamed>,
    ahead: std::sync::Arc<Ahead>,
    current: std::vec::IntoIter<Item>,
    rest: Option<Box<Merge>>,
}

impl Streaming {
    fn next(&mut self) -> Result<Option<Item>, StreamStop> {
        loop {
            if let Some(rest) = &mut self.rest {
                return rest.pop().map_err(StreamStop::Failed);
            }
            if let Some(item) = self.current.next() {
                return Ok(Some(item));
            }
            match self.rx.recv() {
                Ok(Streamed::Conversation(c, bytes)) => {
                    self.ahead.release(bytes);
                    self.current = c.into_iter();
                }
                Ok(Streamed::Rest(merge)) => self.rest = Some(merge),
                Ok(Streamed::Unsorted) => return Err(StreamStop::Unsorted),
                Ok(Streamed::Failed(why)) => return Err(StreamStop::Failed(why)),
                // The sorter finished (or went away: its reader's error is reported there).
                Err(_) => return Ok(None),
            }
        }
    }
}

impl Drop for Streaming {
    /// The reader never waits for a merge that is gone.
    fn drop(&mut self) {
        self.ahead.close();
    }
}

/// Why a stream stopped early.
enum StreamStop {
    Unsorted,
    Failed(String),
}

/// The head of one source in the merge heap (smallest first).
struct Head(Item, usize);

impl PartialEq for Head {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Head {}
impl PartialOrd for Head {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Head {
    fn cmp(&self, other: &Self) -> Ordering {
        // BinaryHeap is a max-heap: reversed, so the smallest message is on top.
        order(&other.0, &self.0).then(other.1.cmp(&self.1))
    }
}

struct Merge {
    sources: Vec<Source>,
    heap: BinaryHeap<Head>,
    /// A streaming sorter gave up (see [`Sorter::streaming`]).
    unsorted: bool,
}

impl Merge {
    fn new(sources: Vec<Source>) -> Merge {
        Merge {
            heap: BinaryHeap::with_capacity(sources.len()),
            sources,
            unsorted: false,
        }
    }

    fn refill(&mut self, i: usize) -> Result<(), String> {
        let next = match &mut self.sources[i] {
            Source::Held(it) => it.next(),
            Source::Run(r, path) => read_item(r).map_err(|e| read_failed(path, &e))?,
            Source::Stream(s) => match s.next() {
                Ok(item) => item,
                Err(StreamStop::Failed(why)) => return Err(why),
                Err(StreamStop::Unsorted) => {
                    // The stream ends here; the tally says why.
                    self.unsorted = true;
                    None
                }
            },
        };
        if let Some(item) = next {
            self.heap.push(Head(item, i));
        } else if let Source::Run(_, path) = &self.sources[i] {
            // A finished run's disk goes back early; the folder goes at the end anyway.
            let _ = std::fs::remove_file(path);
        }
        Ok(())
    }

    fn pop(&mut self) -> Result<Option<Item>, String> {
        let Some(Head(item, i)) = self.heap.pop() else {
            return Ok(None);
        };
        self.refill(i)?;
        Ok(Some(item))
    }
}

/// What the merge saw, for the per-file counts: messages kept per source file, the same
/// messages seen again (overlapping exports) per source file, and the message ids used
/// twice with different content, rejected.
#[derive(Debug, Default)]
pub struct Tally {
    pub accepted: u64,
    pub per_file: HashMap<String, u64>,
    /// Per source file: messages that repeat one already kept, to the letter.
    pub repeated: HashMap<String, u64>,
    /// Customer-visible agent messages kept, and how many of them name no author (no
    /// agent can be credited: a run where all of them do has failed its purpose).
    pub agent_messages: u64,
    pub agent_without_author: u64,
    pub duplicates: Vec<RecordError>,
    /// Why the merge stopped early (a run could not be read back; a streaming sorter's
    /// ordinary sort could not be written), if it did.
    pub failed: Option<String>,
    /// A streaming sorter gave up ([`Sorter::streaming`]): what was handed out is not the
    /// input's conversations; read the input again with an ordinary sorter.
    pub unsorted: bool,
}

/// Whole conversations in output order, from a finished [`Sorter`] (or one still being
/// fed: [`Sorter::streaming`]).
pub struct Conversations {
    merge: Merge,
    /// The first message of the next conversation, already taken from the merge.
    next: Option<Item>,
    tally: Tally,
    /// The sources' first messages were taken (a stream's only when first asked: it
    /// waits for its reader).
    started: bool,
}

impl Conversations {
    /// The merge's conversations; `started` when its sources' first messages were taken.
    fn new(merge: Merge, started: bool) -> Conversations {
        Conversations {
            merge,
            next: None,
            tally: Tally::default(),
            started,
        }
    }

    /// Counts and rejects, once every conversation was taken.
    pub fn finish(mut self) -> Tally {
        self.tally.unsorted = self.merge.unsorted;
        self.tally
    }

    fn take(&mut self) -> Option<Item> {
        if let Some(item) = self.next.take() {
            return Some(item);
        }
        if !self.started {
            self.started = true;
            for i in 0..self.merge.sources.len() {
                if let Err(why) = self.merge.refill(i) {
                    self.tally.failed.get_or_insert(why);
                    return None;
                }
            }
        }
        match self.merge.pop() {
            Ok(item) => item,
            Err(why) => {
                self.tally.failed.get_or_insert(why);
                None
            }
        }
    }
}

impl Iterator for Conversations {
    type Item = Vec<Message>;

    fn next(&mut self) -> Option<Vec<Message>> {
        let first = self.take()?;
        let mut group = vec![first];
        while let Some(item) = self.take() {
            if item.message.conversation_id != group[0].message.conversation_id {
                self.next = Some(item);
                break;
            }
            group.push(item);
        }
        drop_duplicates(&mut group, &mut self.tally);
        self.tally.accepted += group.len() as u64;
        let mut messages = Vec::with_capacity(group.len());
        for item in group {
            let m = &item.message;
            if m.role == Role::Agent && !m.internal {
                self.tally.agent_messages += 1;
                if m.author_id.is_none() && m.author_name.is_none() {
                    self.tally.agent_without_author += 1;
                }
            }
            match self.tally.per_file.get_mut(&*item.message.source_file) {
                Some(n) => *n += 1,
                None => {
                    self.tally
                        .per_file
                        .insert(item.message.source_file.to_string(), 1);
                }
            }
            messages.push(item.message);
        }
        Some(messages)
    }
}

/// Whether `a` repeats `b` to the letter: the same message seen again, as when a week's
/// export and the next overlap (a ticket still open is exported again). Mail is never a
/// repeat: a mail delivered twice stays a duplicate to reject, as it always was.
fn repeats(a: &Message, b: &Message) -> bool {
    a.channel != crate::schema::Channel::Email
        && a.timestamp_ms == b.timestamp_ms
        && a.role == b.role
        && a.author_id == b.author_id
        && a.author_name == b.author_name
        && a.text == b.text
        && a.internal == b.internal
}

/// A message id seen twice in one conversation: the first in source order (file, line,
/// position in the file) is kept. A later one that repeats it to the letter is counted as
/// repeated for its file (overlapping exports); one with other content is rejected, naming
/// where the kept one is, so counts still reconcile.
fn drop_duplicates(group: &mut Vec<Item>, tally: &mut Tally) {
    if group.len() < 2 {
        return;
    }
    // The first in source order of each id (borrowed keys: duplicates are rare).
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(group.len());
    let mut twice = false;
    for (i, item) in group.iter().enumerate() {
        let m = &item.message;
        match first.entry(m.message_id.as_str()) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
            }
            std::collections::hash_map::Entry::Occupied(mut e) => {
                twice = true;
                let k = &group[*e.get()];
                let earlier = (&m.source_file, m.source_line, item.seq)
                    < (&k.message.source_file, k.message.source_line, k.seq);
                if earlier {
                    e.insert(i);
                }
            }
        }
    }
    if !twice {
        return;
    }
    // Per item: None when kept, else whether it repeats the kept one and where that is.
    let fate: Vec<Option<(bool, String, u64)>> = group
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let k = first[item.message.message_id.as_str()];
            (k != i).then(|| {
                let kept = &group[k].message;
                (
                    repeats(&item.message, kept),
                    kept.source_file.to_string(),
                    kept.source_line,
                )
            })
        })
        .collect();
    drop(first);
    let mut fate = fate.into_iter();
    group.retain(|item| {
        let Some((repeat, file, line)) = fate.next().flatten() else {
            return true;
        };
        let m = &item.message;
        if repeat {
            *tally.repeated.entry(m.source_file.to_string()).or_default() += 1;
        } else {
            tally.duplicates.push(RecordError {
                file: m.source_file.to_string(),
                line: m.source_line,
                record_id: Some(m.message_id.clone()),
                reason: format!(
                    "duplicate message id \"{}\" in conversation \"{}\" with other content than the one kept at {file}:{line}; give each message its own id, or remove one of the two",
                    m.message_id, m.conversation_id
                ),
            });
        }
        false
    });
}

// The run format: strings as u32 length + bytes, optional strings with a 0/1 tag first.

fn put_str(w: &mut impl Write, s: &str) -> io::Result<()> {
    let len = u32::try_from(s.len()).map_err(|_| io::Error::other("a field over 4 GiB"))?;
    w.write_all(&len.to_le_bytes())?;
    w.write_all(s.as_bytes())
}

fn put_opt(w: &mut impl Write, s: &Option<String>) -> io::Result<()> {
    match s {
        None => w.write_all(&[0]),
        Some(s) => {
            w.write_all(&[1])?;
            put_str(w, s)
        }
    }
}

/// One record; its file name only when it differs from `previous_file` (the record
/// before it in the run): most runs hold one file or a few, and the name of each message
/// was a sixth of all bytes spilled.
fn write_item(w: &mut impl Write, item: &Item, previous_file: Option<&str>) -> io::Result<()> {
    let m = &item.message;
    put_str(w, &m.conversation_id)?;
    put_str(w, &m.message_id)?;
    w.write_all(&m.timestamp_ms.to_le_bytes())?;
    w.write_all(&m.utc_offset_s.to_le_bytes())?;
    let role = match m.role {
        Role::Customer => 0u8,
        Role::Agent => 1,
        Role::Bot => 2,
        Role::System => 3,
    };
    let channel = match m.channel {
        Channel::Chat => 0u8,
        Channel::Email => 1,
        Channel::Other => 2,
    };
    w.write_all(&[
        role,
        channel,
        u8::from(m.internal),
        u8::from(item.derived_id),
    ])?;
    put_opt(w, &m.author_id)?;
    put_opt(w, &m.author_name)?;
    put_str(w, &m.text)?;
    put_opt(w, &m.subject)?;
    put_opt(w, &m.quoted_text)?;
    if previous_file == Some(&*m.source_file) {
        w.write_all(&[0])?;
    } else {
        w.write_all(&[1])?;
        put_str(w, &m.source_file)?;
    }
    w.write_all(&m.source_line.to_le_bytes())?;
    w.write_all(&item.seq.to_le_bytes())?;
    put_opt(w, &item.reply_to)
}

fn get<const N: usize>(r: &mut impl Read) -> io::Result<[u8; N]> {
    let mut b = [0u8; N];
    r.read_exact(&mut b)?;
    Ok(b)
}

fn get_str(r: &mut impl Read) -> io::Result<String> {
    let len = u32::from_le_bytes(get(r)?) as usize;
    // Filled as read, not zeroed first.
    let mut bytes = Vec::with_capacity(len);
    r.take(len as u64).read_to_end(&mut bytes)?;
    if bytes.len() != len {
        return Err(io::Error::from(io::ErrorKind::UnexpectedEof));
    }
    String::from_utf8(bytes).map_err(|_| io::Error::other("a spilled field is not UTF-8"))
}

fn get_opt(r: &mut impl Read) -> io::Result<Option<String>> {
    match get::<1>(r)?[0] {
        0 => Ok(None),
        _ => get_str(r).map(Some),
    }
}

/// A file name as one shared string: the messages read back from the runs name a few
/// files over and over (a million-message conversation, one file), so the names last met
/// on this thread are reused instead of each message holding its own copy.
fn shared_file_name(name: String) -> std::sync::Arc<str> {
    use std::cell::RefCell;
    use std::sync::Arc;
    thread_local! {
        static RECENT: RefCell<Vec<Arc<str>>> = const { RefCell::new(Vec::new()) };
    }
    RECENT.with(|recent| {
        let mut recent = recent.borrow_mut();
        if let Some(found) = recent.iter().find(|f| ***f == *name) {
            return Arc::clone(found);
        }
        let shared: Arc<str> = name.into();
        if recent.len() >= 16 {
            recent.remove(0);
        }
        recent.push(Arc::clone(&shared));
        shared
    })
}

/// The next record of a run, or `None` at its end.
fn read_item(run: &mut RunReader) -> io::Result<Option<Item>> {
    let r = &mut run.r;
    if r.fill_buf_empty()? {
        return Ok(None);
    }
    let conversation_id = get_str(r)?;
    let message_id = get_str(r)?;
    let timestamp_ms = i64::from_le_bytes(get(r)?);
    let utc_offset_s = i32::from_le_bytes(get(r)?);
    let [role, channel, internal, derived_id] = get::<4>(r)?;
    let role = match role {
        0 => Role::Customer,
        1 => Role::Agent,
        2 => Role::Bot,
        _ => Role::System,
    };
    let channel = match channel {
        0 => Channel::Chat,
        1 => Channel::Email,
        _ => Channel::Other,
    };
    let author_id = get_opt(r)?;
    let author_name = get_opt(r)?;
    let text = get_str(r)?;
    let subject = get_opt(r)?;
    let quoted_text = get_opt(r)?;
    let [named] = get::<1>(r)?;
    let source_file = match (named, &run.file) {
        (0, Some(previous)) => std::sync::Arc::clone(previous),
        (0, None) => return Err(io::Error::other("a record without its file name")),
        _ => {
            let name = shared_file_name(get_str(r)?);
            run.file = Some(std::sync::Arc::clone(&name));
            name
        }
    };
    let source_line = u64::from_le_bytes(get(r)?);
    let seq = u64::from_le_bytes(get(r)?);
    let reply_to = get_opt(r)?;
    Ok(Some(Item {
        message: Message {
            conversation_id,
            message_id,
            timestamp_ms,
            utc_offset_s,
            role,
            author_id,
            author_name,
            channel,
            text,
            internal: internal != 0,
            subject,
            quoted_text,
            source_file,
            source_line,
        },
        seq,
        reply_to,
        derived_id: derived_id != 0,
    }))
}

trait AtEnd {
    fn fill_buf_empty(&mut self) -> io::Result<bool>;
}

impl<R: Read> AtEnd for BufReader<R> {
    fn fill_buf_empty(&mut self) -> io::Result<bool> {
        use std::io::BufRead as _;
        Ok(self.fill_buf()?.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::test_message;

    fn item(conversation: &str, ts: i64, id: &str, seq: u64) -> Item {
        let mut m = test_message(conversation, ts, Role::Customer, Some("a"), false);
        m.message_id = id.into();
        m.text = format!("text {conversation} {ts} ✓");
        m.subject = (ts % 2 == 0).then(|| "件名".to_string());
        Item {
            message: m,
            seq,
            reply_to: None,
            derived_id: false,
        }
    }

    /// Each conversation's (conversation, time, id) rows.
    type Keys = Vec<Vec<(String, i64, String)>>;

    fn all(sorter: Sorter<'_>) -> (Keys, Tally) {
        let mut conversations = sorter.finish().expect("merge");
        let got = conversations
            .by_ref()
            .map(|c| {
                c.into_iter()
                    .map(|m| (m.conversation_id, m.timestamp_ms, m.message_id))
                    .collect()
            })
            .collect();
        (got, conversations.finish())
    }

    fn input() -> Vec<Vec<Item>> {
        vec![
            vec![item("b", 5, "b5", 0), item("a", 3, "a3", 1)],
            vec![item("a", 1, "a1", 2), item("c", 9, "c9", 3)],
            vec![item("b", 2, "b2", 4), item("a", 3, "a3", 5)],
        ]
    }

    #[test]
    fn spilled_runs_merge_as_a_sort_in_memory() {
        let dir = tempfile::tempdir().expect("temp");
        let spill = SpillDir::inside(dir.path());
        let tiny = Sorter::new(&spill, 1);
        for part in input() {
            tiny.push(part);
        }
        assert_eq!(tiny.spilled(), 3);
        let (spilled, spilled_tally) = all(tiny);

        let none = SpillDir::none();
        let held = Sorter::new(&none, 1);
        for part in input() {
            held.push(part);
        }
        assert_eq!(held.spilled(), 0);
        let (in_memory, tally) = all(held);
        assert_eq!(spilled, in_memory);
        assert_eq!(
            in_memory,
            vec![
                vec![
                    (String::from("a"), 1, "a1".into()),
                    ("a".into(), 3, "a3".into())
                ],
                vec![("b".into(), 2, "b2".into()), ("b".into(), 5, "b5".into())],
                vec![("c".into(), 9, "c9".into())],
            ]
        );
        // The second a3 (later in its file) repeats the first to the letter: counted as a
        // duplicate of its file, not rejected.
        assert!(tally.duplicates.is_empty());
        assert_eq!(tally.repeated.values().sum::<u64>(), 1);
        assert_eq!(spilled_tally.repeated, tally.repeated);
        assert_eq!(tally.accepted, 5);
        drop(spill);
        assert_eq!(std::fs::read_dir(dir.path()).expect("read").count(), 0);
    }

    /// `n` conversations of three messages each, in order, as one reader's pushes.
    fn sorted_items(n: usize) -> Vec<Item> {
        (0..n * 3)
            .map(|i| {
                let c = format!("c{:05}", i / 3);
                item(&c, (i % 3) as i64 * 10, &format!("{c}-{}", i % 3), i as u64)
            })
            .collect()
    }

    /// What a streaming sorter hands out for `items` pushed in parts of `part` (read and
    /// merged side by side, as analyze does), and what an ordinary sorter gives.
    fn streamed_and_sorted(items: Vec<Item>, part: usize, budget: usize) -> [(Keys, Tally); 2] {
        let (streamed, sorted, _) = streamed_sorted_waits(items, part, budget);
        [streamed, sorted]
    }

    /// [`streamed_and_sorted`], and how often the reader waited for the merge (which
    /// takes its time: a conversation every 200 µs).
    fn streamed_sorted_waits(
        items: Vec<Item>,
        part: usize,
        budget: usize,
    ) -> ((Keys, Tally), (Keys, Tally), usize) {
        let again = items.clone();
        let dir = tempfile::tempdir().expect("temp");
        let spill = SpillDir::inside(dir.path());
        let mut waits = 0;
        let streamed = std::thread::scope(|scope| {
            let (sorter, mut conversations) = Sorter::streaming(&spill, budget);
            let ahead = sorter
                .stream
                .as_ref()
                .map(|s| s.lock().unwrap().ahead.clone())
                .expect("streaming");
            scope.spawn(move || {
                let mut items = items.into_iter();
                loop {
                    let next: Vec<Item> = items.by_ref().take(part).collect();
                    if next.is_empty() {
                        break;
                    }
                    sorter.push(next);
                }
                sorter.finish().expect("finish");
            });
            let got: Keys = conversations
                .by_ref()
                .map(|c| {
                    std::thread::sleep(std::time::Duration::from_micros(200));
                    c.into_iter()
                        .map(|m| (m.conversation_id, m.timestamp_ms, m.message_id))
                        .collect()
                })
                .collect();
            waits = ahead.waits.load(AtomicOrdering::Relaxed);
            (got, conversations.finish())
        });
        let dir2 = tempfile::tempdir().expect("temp");
        let spill2 = SpillDir::inside(dir2.path());
        let ordinary = Sorter::new(&spill2, budget);
        ordinary.push(again);
        (streamed, all(ordinary), waits)
    }

    /// `n` conversations of `len` messages with `text_bytes` of text each, in order.
    fn long_items(n: usize, len: usize, text_bytes: usize) -> Vec<Item> {
        (0..n * len)
            .map(|i| {
                let c = format!("d{:05}", i / len);
                let mut it = item(&c, (i % len) as i64, &format!("{c}-{}", i % len), i as u64);
                it.message.text = "あ".repeat(text_bytes / 3);
                it
            })
            .collect()
    }

    #[test]
    fn a_streaming_sorter_waits_for_the_merge_past_its_bytes_ahead() {
        // 300 conversations of 60 messages of 1 KB: about 80 KB each; a quarter of the
        // budget holds about 100 of them, fewer than the 256 the channel would (and the
        // first 4,096 messages, held back, fit it).
        let budget = 32 << 20;
        let ((streamed, st), (sorted, _), waits) =
            streamed_sorted_waits(long_items(300, 60, 1024), 500, budget);
        assert_eq!(streamed, sorted);
        assert!(!st.unsorted);
        assert!(waits > 0, "the reader waited for the merge");
        // A conversation past a quarter of the budget, after others were handed over:
        // sorted (and spilled) as the ordinary sort does, merged after them.
        let mut items = long_items(300, 60, 1024);
        let giant = long_items(1, 8000, 1024).into_iter().map(|mut i| {
            i.message.conversation_id = "d99999".into();
            i.seq += 1 << 30;
            i
        });
        items.extend(giant);
        items.extend(sorted_items(10).into_iter().map(|mut i| {
            i.message.conversation_id = format!("e{}", i.message.conversation_id);
            i.seq += 1 << 31;
            i
        }));
        let ((streamed, st), (sorted, so), _) = streamed_sorted_waits(items, 500, budget);
        assert_eq!(streamed, sorted);
        assert_eq!(streamed.len(), 311);
        assert_eq!(st.accepted, so.accepted);
        assert!(!st.unsorted && st.failed.is_none());
    }

    #[test]
    fn a_streaming_sorter_gives_up_for_reply_chains_once_it_handed_over() {
        let dir = tempfile::tempdir().expect("temp");
        let spill = SpillDir::inside(dir.path());
        // Nothing handed over yet: it sorts as an ordinary one, and links.
        let (early, mut conversations) = Sorter::streaming(&spill, usize::MAX);
        early.push(sorted_items(10));
        early.needs_links();
        assert!(!early.stopped());
        assert_eq!(early.links(&BTreeSet::new()).expect("links").len(), 0);
        early.finish().expect("finish");
        assert_eq!(conversations.by_ref().count(), 10);
        assert!(!conversations.finish().unsorted);
        // Handed over, then out of order (sorted from there), then a reply chain: the
        // chain may lead into a conversation handed over, so it gives up too.
        let (degraded, mut conversations) = Sorter::streaming(&spill, usize::MAX);
        std::thread::scope(|scope| {
            scope.spawn(move || {
                let mut items = sorted_items(3000);
                items[8001..8007].rotate_left(3);
                degraded.push(items);
                assert!(!degraded.stopped(), "out of order after hand-over: sorted");
                degraded.needs_links();
                assert!(degraded.stopped(), "a chain after hand-over: given up");
                degraded.finish().expect("finish");
            });
            assert!(conversations.by_ref().count() < 3000);
        });
        assert!(conversations.finish().unsorted);
        // Conversations handed over: it gives up at once.
        let (late, mut conversations) = Sorter::streaming(&spill, usize::MAX);
        std::thread::scope(|scope| {
            scope.spawn(move || {
                late.push(sorted_items(3000));
                late.needs_links();
                assert!(late.stopped(), "the reader is told to stop");
                late.finish().expect("finish");
            });
            let got = conversations.by_ref().count();
            assert!(got < 3000);
        });
        assert!(conversations.finish().unsorted);
    }

    #[test]
    fn a_streaming_sorter_hands_out_what_a_sort_would() {
        let n = 3000;
        let base = sorted_items(n);
        let late = 3 * n * 2 / 3;
        // Each conversation's messages in reverse (order within one does not matter).
        let mut reversed = sorted_items(n);
        reversed[late..late + 3].reverse();
        // Two whole conversations swapped after the first were handed over.
        let mut swapped = sorted_items(n);
        swapped[late..late + 6].rotate_left(3);
        // Time order: the conversations interleave from the start.
        let mut interleaved = sorted_items(n);
        interleaved.sort_by_key(|i| (i.message.timestamp_ms, i.seq));
        let cases = [
            ("in order", base, usize::MAX),
            ("reversed inside one", reversed, usize::MAX),
            ("two swapped late", swapped, usize::MAX),
            ("interleaved", interleaved, usize::MAX),
            // Past half the budget: sorted and spilled as an ordinary sorter does.
            ("over the budget", sorted_items(n), 40_000),
        ];
        for (name, items, budget) in cases {
            for part in [1, 700] {
                let count = items.len();
                let [(streamed, st), (sorted, so)] =
                    streamed_and_sorted(items.clone(), part, budget);
                assert_eq!(streamed, sorted, "{name}, parts of {part}");
                assert_eq!(streamed.len(), n, "{name}");
                assert_eq!(st.accepted, count as u64, "{name}");
                assert_eq!(st.accepted, so.accepted, "{name}");
                assert!(!st.unsorted && st.failed.is_none(), "{name}");
            }
        }
    }

    #[test]
    fn a_streaming_sorter_gives_up_when_a_handed_out_conversation_comes_again() {
        let mut items = sorted_items(3000);
        let early = item("c00001", 5, "c00001-late", 1 << 40);
        items.push(early);
        let [(streamed, st), (_, so)] = streamed_and_sorted(items, 500, usize::MAX);
        assert!(st.unsorted, "the merge says the stream was wrong");
        assert!(!so.unsorted);
        // It stopped before the end (the conversations after were not all handed out).
        assert!(streamed.len() < 3000);
    }

    #[test]
    fn a_streaming_sorter_hands_over_while_it_is_fed() {
        let dir = tempfile::tempdir().expect("temp");
        let spill = SpillDir::inside(dir.path());
        let (sorter, mut conversations) = Sorter::streaming(&spill, usize::MAX);
        let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
        std::thread::scope(|scope| {
            scope.spawn(move || {
                let mut items = sorted_items(2000);
                let last = items.split_off(items.len() - 3);
                sorter.push(items);
                // The rest only once the merge took conversations: they were handed over
                // before the reader finished.
                go_rx
                    .recv_timeout(std::time::Duration::from_secs(60))
                    .expect("conversations handed over before the end");
                sorter.push(last);
                sorter.finish().expect("finish");
            });
            let first: Vec<_> = Iterator::take(&mut conversations, 100).collect();
            assert_eq!(first[0][0].conversation_id, "c00000");
            go_tx.send(()).expect("reader waits");
            assert_eq!(conversations.by_ref().count(), 1900);
        });
    }

    #[test]
    fn a_killed_runs_spill_folder_is_removed_by_the_next_run() {
        let dir = tempfile::tempdir().expect("temp");
        // No process has this id (Linux's pid_max is at most 4,194,304).
        let stale = dir.path().join(".otai-spill-999999999");
        std::fs::create_dir_all(&stale).expect("make");
        std::fs::write(stale.join("run-00000"), b"x").expect("write");
        let other = dir.path().join(".otai-spill-notapid");
        std::fs::create_dir_all(&other).expect("make");
        let _spill = SpillDir::inside(dir.path());
        assert_eq!(stale.exists(), !Path::new("/proc/self").exists());
        assert!(
            other.exists(),
            "only spill folders named by a process id are removed"
        );
    }

    #[test]
    fn the_spill_folder_goes_away_on_a_panic() {
        let dir = tempfile::tempdir().expect("temp");
        let folder = dir
            .path()
            .join(format!(".otai-spill-{}", std::process::id()));
        let caught = std::panic::catch_unwind(|| {
            let spill = SpillDir::inside(dir.path());
            let sorter = Sorter::new(&spill, 1);
            sorter.push(input().remove(0));
            assert!(folder.is_dir());
            panic!("boom");
        });
        assert!(caught.is_err());
        assert!(!folder.exists());
    }
}
