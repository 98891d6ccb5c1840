//! Mail threading: Message-ID / In-Reply-To / References first (every id a message
//! names joins its thread, so two replies to a missing message still meet), then a
//! normalised-subject fallback for replies that carry no reference headers
//! ("Re:", "RE:", "Fwd:", 「返信:」「転送:」 and list tags like "[notmuch]" removed).
//! A thread's conversation id is the Message-ID of its earliest message.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use super::ParsedMail;
use crate::group::{Item, Sorter, Stash};
use crate::hash::sha256_hex;

const PREFIXES: &[&str] = &[
    "re:",
    "re：",
    "fwd:",
    "fw:",
    "fwd：",
    "fw：",
    "aw:",
    "sv:",
    "返信:",
    "返信：",
    "転送:",
    "転送：",
    "答复:",
    "回复:",
];

/// Strips reply/forward prefixes and list tags; returns the core subject and whether a
/// reply/forward prefix was present.
pub fn normalize_subject(subject: &str) -> (String, bool) {
    let mut s = subject.trim().to_string();
    let mut was_reply = false;
    loop {
        let lower = s.to_lowercase();
        if let Some(p) = PREFIXES.iter().find(|p| lower.starts_with(*p)) {
            s = s[p.len()..].trim_start().to_string();
            was_reply = true;
            continue;
        }
        // "Re[2]:" / "RE(3):"
        if (lower.starts_with("re[") || lower.starts_with("re("))
            && let Some(end) = s.find([':', '：'])
            && end <= 8
        {
            s = s[end..]
                .trim_start_matches([':', '：'])
                .trim_start()
                .to_string();
            was_reply = true;
            continue;
        }
        if s.starts_with('[')
            && let Some(end) = s.find(']')
        {
            s = s[end + 1..].trim_start().to_string();
            continue;
        }
        break;
    }
    let squeezed = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    (squeezed, was_reply)
}

/// A mail's id as threading knows it: 128 bits of its SHA-256 (ids are only compared),
/// as two words (a key of 8-byte alignment keeps the table's entries at 24 bytes).
fn id_key(id: &str) -> [u64; 2] {
    crate::hash::sha256_128(id.as_bytes())
}

const NONE: u32 = u32::MAX;
/// The top bit of [`Key::subject`]: a reply (by its subject) without reference headers,
/// which joins the thread of its subject.
const JOINS_BY_SUBJECT: u32 = 1 << 31;

/// What threading keeps of a mail while the mail itself waits in the stash: 24 bytes.
#[derive(Clone, Copy)]
struct Key {
    timestamp_ms: i64,
    /// The mail's line, saturated at `u32::MAX`: past it, mails of one file keep their
    /// reading order, which is their line order (the sort is stable).
    line: u32,
    file: u32,
    /// Its own id in the union-find.
    node: u32,
    /// Its core subject ([`NONE`]: no subject), with [`JOINS_BY_SUBJECT`].
    subject: u32,
}

/// Keys in chunks: no doubling of one large buffer (and no copy of it) as mail arrives.
#[derive(Default)]
struct Keys {
    chunks: Vec<Vec<Key>>,
    len: usize,
}

const CHUNK: usize = 1 << 16;

impl Keys {
    fn push(&mut self, key: Key) {
        if self.len.is_multiple_of(CHUNK) {
            self.chunks.push(Vec::with_capacity(CHUNK));
        }
        if let Some(last) = self.chunks.last_mut() {
            last.push(key);
            self.len += 1;
        }
    }

    fn get(&self, i: usize) -> &Key {
        &self.chunks[i / CHUNK][i % CHUNK]
    }
}

/// Mail threading without holding the mails: each mail's ids are joined as it arrives
/// (from any reader, in any order), a few numbers are kept, and the mail waits in a
/// [`Stash`] (written to the spill folder past the budget) until [`Threads::finish`]
/// hands it to the sorter with its conversation. The result does not depend on the
/// order mails arrive in.
pub struct Threads<'d> {
    inner: Mutex<Inner<'d>>,
}

struct Inner<'d> {
    ids: HashMap<[u64; 2], u32>,
    parent: Vec<u32>,
    files: Vec<String>,
    file_index: HashMap<String, u32>,
    subjects: HashMap<[u64; 2], u32>,
    keys: Keys,
    stash: Stash<'d>,
}

impl Inner<'_> {
    fn node(&mut self, id: &str) -> u32 {
        let next = self.parent.len() as u32;
        let n = *self.ids.entry(id_key(id)).or_insert(next);
        if n == next {
            self.parent.push(n);
        }
        n
    }

    fn find(&mut self, mut i: u32) -> u32 {
        while self.parent[i as usize] != i {
            let up = self.parent[self.parent[i as usize] as usize];
            self.parent[i as usize] = up;
            i = up;
        }
        i
    }

    fn union(&mut self, a: u32, b: u32) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi as usize] = lo;
        }
    }
}

impl<'d> Threads<'d> {
    pub fn new(stash: Stash<'d>) -> Threads<'d> {
        Threads {
            inner: Mutex::new(Inner {
                ids: HashMap::new(),
                parent: Vec::new(),
                files: Vec::new(),
                file_index: HashMap::new(),
                subjects: HashMap::new(),
                keys: Keys::default(),
                stash,
            }),
        }
    }

    /// Takes parsed mails (emptying `mails`), with agent aliases applied to senders.
    pub fn add(&self, mails: &mut Vec<ParsedMail>, aliases: &BTreeMap<String, String>) {
        if mails.is_empty() {
            return;
        }
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        for mut m in mails.drain(..) {
            crate::ingest::canonical_agent(&mut m.from_address, aliases);
            let id = m.message_id.take().unwrap_or_else(|| {
                let key = format!(
                    "{}\u{0}{}\u{0}{}",
                    crate::ingest::file_name(&m.source_file),
                    m.source_line,
                    m.timestamp_ms
                );
                format!("{}@otai.invalid", &sha256_hex(key.as_bytes())[..16])
            });
            let node = inner.node(&id);
            for p in &m.parents {
                let other = inner.node(p);
                inner.union(node, other);
            }
            let subject = match m.subject.as_deref().map(normalize_subject) {
                Some((core, was_reply)) if !core.is_empty() => {
                    let next = inner.subjects.len() as u32;
                    let s = *inner.subjects.entry(id_key(&core)).or_insert(next);
                    if was_reply && m.parents.is_empty() {
                        s | JOINS_BY_SUBJECT
                    } else {
                        s
                    }
                }
                _ => NONE,
            };
            let file = match inner.file_index.get(&m.source_file) {
                Some(&f) => f,
                None => {
                    let f = inner.files.len() as u32;
                    inner.files.push(m.source_file.clone());
                    inner.file_index.insert(m.source_file.clone(), f);
                    f
                }
            };
            inner.keys.push(Key {
                timestamp_ms: m.timestamp_ms,
                line: u32::try_from(m.source_line).unwrap_or(u32::MAX),
                file,
                node,
                subject,
            });
            inner.stash.push(Item {
                message: m.into_message(id),
                seq: 0,
                reply_to: None,
                derived_id: false,
            });
        }
    }

    /// Threads every mail taken and hands them to `sorter`. A thread's conversation id
    /// is the id of its earliest mail (time, then file and line); `seq` is a mail's
    /// place in that order. Fails only when the stash cannot be written or read back.
    pub fn finish(self, sorter: &Sorter<'_>) -> Result<(), String> {
        let mut inner = self.inner.into_inner().unwrap_or_else(|e| e.into_inner());
        let keys = std::mem::take(&mut inner.keys);
        if keys.len == 0 {
            return Ok(());
        }
        inner.stash.set_aside();
        // Every mail has arrived: ids are no longer looked up (the union-find is
        // `parent`), so their table goes first.
        let subject_count = inner.subjects.len();
        inner.ids = HashMap::new();
        inner.subjects = HashMap::new();
        inner.file_index = HashMap::new();
        // Deterministic order: by time, then where the mail was found.
        let mut order: Vec<u32> = (0..keys.len as u32).collect();
        {
            let files = &inner.files;
            order.sort_by(|&a, &b| {
                let (x, y) = (keys.get(a as usize), keys.get(b as usize));
                (x.timestamp_ms, &files[x.file as usize], x.line).cmp(&(
                    y.timestamp_ms,
                    &files[y.file as usize],
                    y.line,
                ))
            });
        }
        // Subject fallback: a reply without references joins the earliest thread with
        // the same core subject that started before it.
        let mut by_subject = vec![NONE; subject_count];
        for &i in &order {
            let k = keys.get(i as usize);
            if k.subject == NONE {
                continue;
            }
            let subject = (k.subject & !JOINS_BY_SUBJECT) as usize;
            match by_subject[subject] {
                NONE => by_subject[subject] = k.node,
                first if k.subject & JOINS_BY_SUBJECT != 0 => inner.union(first, k.node),
                _ => {}
            }
        }
        // Each mail's thread (named by its first mail), its place in the order and,
        // for the same Message-ID delivered twice (cross-posted, or filed in two
        // folders), which delivery it is: the second gets a suffixed id.
        let mut thread_of_root: HashMap<u32, u32> = HashMap::new();
        let mut first_mail: Vec<u32> = Vec::new();
        let mut deliveries = vec![0u32; inner.parent.len()];
        // Per mail (by arrival): its thread and its place in the order; the rare later
        // deliveries of one id apart.
        let mut place = vec![(0u32, 0u32); keys.len];
        let mut redelivered: HashMap<u32, u32> = HashMap::new();
        for (seq, &i) in order.iter().enumerate() {
            let node = keys.get(i as usize).node;
            let root = inner.find(node);
            let thread = *thread_of_root.entry(root).or_insert_with(|| {
                first_mail.push(i);
                first_mail.len() as u32 - 1
            });
            deliveries[node as usize] += 1;
            if deliveries[node as usize] > 1 {
                redelivered.insert(i, deliveries[node as usize]);
            }
            place[i as usize] = (thread, seq as u32);
        }
        drop((keys, order, thread_of_root, deliveries));
        // Only the stash is needed from here on: the id tables go before the mails come
        // back.
        let Inner {
            stash,
            parent,
            files,
            ..
        } = inner;
        drop((parent, files));
        // The threads' names: the ids of their first mails.
        let mut names = vec![String::new(); first_mail.len()];
        let mut at = 0usize;
        stash.each(&mut |item| {
            let thread = place[at].0;
            if first_mail[thread as usize] as usize == at {
                names[thread as usize] = item.message.message_id.clone();
            }
            at += 1;
        })?;
        drop(first_mail);
        // What threading still holds while the mails go to the sort counts against the
        // sort's budget (at 3M mails, about 55 MB).
        let beside = place.capacity() * std::mem::size_of::<(u32, u32)>()
            + names
                .iter()
                .map(|n| n.capacity() + std::mem::size_of::<String>())
                .sum::<usize>()
            + redelivered.capacity() * 16;
        let mut at = 0usize;
        let mut batch = Vec::with_capacity(4096);
        stash.drain(&mut |mut item| {
            let (thread, seq) = place[at];
            let delivery = redelivered.get(&(at as u32)).copied().unwrap_or(1);
            at += 1;
            item.message.conversation_id = names[thread as usize].clone();
            if delivery > 1 {
                item.message.message_id = format!("{}#{delivery}", item.message.message_id);
            }
            item.seq = u64::from(seq);
            batch.push(item);
            if batch.len() == 4096 {
                sorter.push_beside(std::mem::take(&mut batch), beside);
            }
        })?;
        sorter.push_beside(batch, beside);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::SpillDir;
    use crate::schema::Role;

    fn mail(id: Option<&str>, parents: &[&str], subject: &str, ts: i64, file: &str) -> ParsedMail {
        ParsedMail {
            message_id: id.map(str::to_string),
            parents: parents.iter().map(|p| p.to_string()).collect(),
            subject: Some(subject.to_string()),
            from_address: Some("a@example.jp".into()),
            from_name: None,
            role: Role::Customer,
            timestamp_ms: ts,
            offset_s: 0,
            text: format!("body {ts}"),
            quoted: None,
            source_file: file.to_string(),
            source_line: ts as u64,
        }
    }

    /// (conversation, message id) of every message, in output order; `budget` bytes of
    /// stash and sort (tiny: every mail is written and read back).
    fn threaded(mails: Vec<ParsedMail>, budget: usize) -> Vec<(String, String)> {
        let dir = tempfile::tempdir().expect("temp");
        let spill = SpillDir::inside(dir.path());
        let sorter = Sorter::new(&spill, budget);
        let threads = Threads::new(sorter.stash());
        // Two readers hand over their mails in turn.
        let (mut a, mut b): (Vec<_>, Vec<_>) =
            mails.into_iter().enumerate().partition(|(i, _)| i % 2 == 0);
        let mut a: Vec<ParsedMail> = a.drain(..).map(|(_, m)| m).collect();
        let mut b: Vec<ParsedMail> = b.drain(..).map(|(_, m)| m).collect();
        threads.add(&mut b, &BTreeMap::new());
        threads.add(&mut a, &BTreeMap::new());
        threads.finish(&sorter).expect("threaded");
        let got = sorter
            .finish()
            .expect("merged")
            .flatten()
            .map(|m| (m.conversation_id, m.message_id))
            .collect();
        drop(spill);
        assert_eq!(std::fs::read_dir(dir.path()).expect("read").count(), 0);
        got
    }

    /// Threads by references (a missing parent still joins its replies), by subject for
    /// a reply without references, a second delivery of one id suffixed; the result is
    /// the same whatever order the mails arrive in and whether the stash is written.
    #[test]
    fn threading_does_not_depend_on_arrival_order_or_spilling() {
        let mails = || {
            vec![
                mail(Some("r1"), &["gone"], "Re: 請求書", 30, "b.mbox"),
                mail(Some("root"), &[], "請求書", 10, "a.mbox"),
                mail(Some("r2"), &["gone"], "Re: 請求書", 40, "a.mbox"),
                mail(None, &[], "Re: ログイン", 60, "a.mbox"),
                mail(Some("login"), &[], "ログイン", 50, "b.mbox"),
                mail(Some("root"), &[], "請求書", 20, "c.mbox"),
                mail(Some("other"), &[], "Re: 請求書", 70, "a.mbox"),
            ]
        };
        let expected: Vec<(String, String)> = [
            ("login", "login"),
            ("login", ""),
            ("r1", "r1"),
            ("r1", "r2"),
            ("root", "root"),
            ("root", "root#2"),
            ("root", "other"),
        ]
        .iter()
        .map(|(c, m)| (c.to_string(), m.to_string()))
        .collect();
        let held = threaded(mails(), usize::MAX);
        let derived = &held[1].1;
        assert!(derived.ends_with("@otai.invalid"), "{derived}");
        let mut want = expected.clone();
        want[1].1 = derived.clone();
        assert_eq!(held, want);
        let mut reversed = mails();
        reversed.reverse();
        assert_eq!(threaded(reversed, usize::MAX), want);
        assert_eq!(threaded(mails(), 1), want);
    }

    #[test]
    fn subject_normalization() {
        assert_eq!(
            normalize_subject("Re: RE: Fwd: ログイン"),
            ("ログイン".into(), true)
        );
        assert_eq!(
            normalize_subject("返信: 転送: 請求書"),
            ("請求書".into(), true)
        );
        assert_eq!(
            normalize_subject("[notmuch] [PATCH] Fix  it"),
            ("fix it".into(), false)
        );
        assert_eq!(normalize_subject("Re[2]: 件名"), ("件名".into(), true));
    }
}
