//! JSONL and JSON readers. JSON may be an array of messages, an object holding a
//! `messages` array, or conversations (`{"id": .., "messages": [..]}`) in either.
//! Conversation-level fields (id, channel, subject) are inherited by their messages.

use std::io::Read;

use serde_json::{Map, Value};

use super::lite::{Line, LiteRecord};
use super::record::{self, KeyMap, Origin, Record};
use super::{FileRead, RecordError, Settings};

fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
}

/// One JSON object per line; blank lines are skipped, every other line is a record.
pub fn read_jsonl(file: &str, bytes: &[u8], settings: &Settings) -> FileRead {
    let body = strip_bom(bytes);
    let bom = (bytes.len() - body.len()) as u64;
    let (inferred, more) = infer_from_sample(body, settings);
    let mut out = read_jsonl_lines(
        file,
        body,
        0,
        bom,
        more.as_ref().unwrap_or(settings),
        &inferred,
    );
    out.inferred = inferred.iter().map(record::Inferred::note).collect();
    out.encoding = Some("UTF-8".into());
    out
}

/// Lines read to find fields by what their keys hold, when no key is named for them.
const SAMPLE_LINES: usize = 64;

/// The fields the first lines name no key for (role, time, conversation, text), found by
/// what their keys hold (see [`KeyMap::infer`]); with the settings that map them, when
/// any was found.
fn infer_from_sample(
    bytes: &[u8],
    settings: &Settings,
) -> (Vec<record::Inferred>, Option<Settings>) {
    let rows: Vec<Map<String, Value>> = bytes
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
        .take(SAMPLE_LINES)
        .filter_map(|l| serde_json::from_slice::<Map<String, Value>>(l).ok())
        .collect();
    if rows.is_empty() {
        return (Vec::new(), None);
    }
    // Every key of the sample (lines may leave out keys they have no value for), sorted.
    let names: Vec<String> = rows
        .iter()
        .flat_map(|r| r.keys().cloned())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let all: Vec<&Map<String, Value>> = rows.iter().collect();
    let mut keys = KeyMap::resolve(names.iter().map(String::as_str), settings);
    let inferred = keys.infer(&names, &all, settings);
    if inferred.is_empty() {
        return (inferred, None);
    }
    // What the values say replaces a mapping whose column this file does not have (one
    // otai.toml may name a CSV's column beside JSONL files).
    let mut more = settings.clone();
    for i in &inferred {
        more.columns
            .insert(i.field.config_name().to_string(), i.column.clone());
    }
    (inferred, Some(more))
}

/// The longest JSONL line read: twice the message limit (the line holds other fields and
/// JSON escapes besides the text). A longer line is skipped as it streams past, never held.
fn line_limit(settings: &Settings) -> usize {
    settings.max_message_bytes.saturating_mul(2)
}

/// Why an over-long line was rejected: where it is, how long, and the fix.
fn overlong_reason(len: u64, offset: u64, settings: &Settings) -> String {
    format!(
        "line is {len} bytes (from byte {offset}), over twice the message limit of {} bytes; it was skipped without being read whole; raise `[input] max_message_bytes` in otai.toml if this is real",
        settings.max_message_bytes
    )
}

/// Bytes read from a JSONL file per step: memory stays bounded however large the file.
const JSONL_CHUNK: usize = 8 << 20;
/// Each step is parsed in pieces of about this size, in parallel.
const JSONL_PIECE: usize = 512 << 10;

/// JSONL from a reader, a chunk at a time (the file is never held whole), each chunk
/// parsed on every core. `seen` gets every byte read (for the file's hash); `drain` is
/// shown each chunk's records in file order and may take them (the sorter does), so
/// they are not held here. Same records, rejects and line numbers as [`read_jsonl`] over
/// the whole file.
pub fn read_jsonl_stream(
    file: &str,
    reader: impl Read + Send,
    settings: &Settings,
    seen: &mut (dyn FnMut(&[u8]) + Send),
    drain: &mut dyn FnMut(&mut Vec<record::Partial>) -> bool,
) -> FileRead {
    read_jsonl_stream_drained(
        file,
        reader,
        settings,
        seen,
        JSONL_CHUNK,
        JSONL_PIECE,
        drain,
    )
}

/// Whole lines read by the reader thread, already cut into pieces for the parsers.
struct Chunk {
    bytes: Vec<u8>,
    /// Each piece's byte range in `bytes`, the number of lines before it in the file and
    /// its byte offset in the file.
    pieces: Vec<(std::ops::Range<usize>, u64, u64)>,
}

/// What the reader thread hands over: lines, a line too long to hold (skipped as it went
/// past), or the error that stopped it (with the number of lines read before it).
enum Step {
    Lines(Chunk),
    Overlong(Overlong),
    Failed(std::io::Error, u64),
}

/// A line over the limit, measured while its bytes are thrown away.
#[derive(Debug, Clone, Copy)]
struct Overlong {
    /// 1-based line number and byte offset where it starts.
    line: u64,
    offset: u64,
    /// Bytes before its newline (a final `\r` included, as read).
    raw_len: u64,
    last_cr: bool,
    /// Only whitespace so far: a blank line, skipped like any other blank line.
    blank: bool,
}

impl Overlong {
    fn absorb(&mut self, bytes: &[u8]) {
        if let Some(&last) = bytes.last() {
            self.last_cr = last == b'\r';
        }
        self.blank = self.blank && bytes.iter().all(u8::is_ascii_whitespace);
        self.raw_len += bytes.len() as u64;
    }

    /// The line's length as the line reader counts it (without a final `\r`).
    fn len(&self) -> u64 {
        self.raw_len - u64::from(self.last_cr)
    }
}

/// [`read_jsonl_stream`] with the chunk and piece sizes given (tests use tiny ones so
/// every boundary case is crossed).
///
/// A reader thread reads, hashes and cuts chunk k+1 while chunk k is parsed on the
/// rayon pool; at most two chunks wait between them, so memory stays bounded. Each
/// piece's records are kept as parsed and moved once into the result at the end (one
/// growing vector of every record would be copied again at each doubling).
pub fn read_jsonl_stream_sized(
    file: &str,
    reader: impl Read + Send,
    settings: &Settings,
    seen: &mut (dyn FnMut(&[u8]) + Send),
    chunk_size: usize,
    piece_size: usize,
) -> FileRead {
    read_jsonl_stream_drained(
        file,
        reader,
        settings,
        seen,
        chunk_size,
        piece_size,
        &mut |_| true,
    )
}

/// [`read_jsonl_stream_sized`] with a `drain` (see [`read_jsonl_stream`]).
fn read_jsonl_stream_drained(
    file: &str,
    reader: impl Read + Send,
    settings: &Settings,
    seen: &mut (dyn FnMut(&[u8]) + Send),
    chunk_size: usize,
    piece_size: usize,
    drain: &mut dyn FnMut(&mut Vec<record::Partial>) -> bool,
) -> FileRead {
    use rayon::prelude::*;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Step>(1);
    // Parsed chunks' buffers go back to the reader: fresh memory is costly to touch.
    let (spent_tx, spent_rx) = std::sync::mpsc::channel::<Vec<u8>>();
    let mut out = FileRead::default();
    let mut parsed: Vec<Vec<record::Partial>> = Vec::new();
    let limit = line_limit(settings);
    // Fields no key is named for are looked for in the first chunk's lines, once.
    let mut sampled: Option<(Vec<record::Inferred>, Option<Settings>)> = None;
    std::thread::scope(|scope| {
        scope.spawn(move || {
            read_chunks(reader, seen, chunk_size, piece_size, limit, &tx, &spent_rx)
        });
        for step in rx {
            match step {
                Step::Lines(chunk) => {
                    let (inferred, more) = sampled.get_or_insert_with(|| {
                        let found = infer_from_sample(&chunk.bytes, settings);
                        out.inferred = found.0.iter().map(record::Inferred::note).collect();
                        found
                    });
                    let settings = more.as_ref().unwrap_or(settings);
                    let inferred = &*inferred;
                    let reads: Vec<FileRead> = chunk
                        .pieces
                        .par_iter()
                        .map(|(range, before, offset)| {
                            let bytes = &chunk.bytes[range.clone()];
                            read_jsonl_lines(file, bytes, *before, *offset, settings, inferred)
                        })
                        .collect();
                    let mut go_on = true;
                    for mut r in reads {
                        out.read += r.read;
                        record::merge_columns(&mut out.columns, r.columns);
                        go_on &= drain(&mut r.partials);
                        if !r.partials.is_empty() {
                            parsed.push(r.partials);
                        }
                        out.rejects.extend(r.rejects);
                    }
                    // The taker wants no more (a streaming sort gave up: the file is read
                    // again); the reader thread stops at its next send.
                    if !go_on {
                        break;
                    }
                    let _ = spent_tx.send(chunk.bytes);
                }
                Step::Overlong(o) if o.blank => {}
                Step::Overlong(o) => {
                    out.read += 1;
                    out.rejects.push(RecordError {
                        file: file.to_string(),
                        line: o.line,
                        record_id: None,
                        reason: overlong_reason(o.len(), o.offset, settings),
                    });
                }
                Step::Failed(e, lines_before) => {
                    out.read += 1;
                    out.rejects.push(RecordError {
                        file: file.to_string(),
                        line: lines_before + 1,
                        record_id: None,
                        reason: format!(
                            "cannot read the rest of the file ({e}); records from here on are missing"
                        ),
                    });
                }
            }
        }
    });
    // JSONL is UTF-8 (a line that is not is a reject).
    out.encoding = Some("UTF-8".into());
    out.partials = Vec::with_capacity(parsed.iter().map(Vec::len).sum());
    for piece in parsed {
        out.partials.extend(piece);
    }
    out
}

/// The reader thread of [`read_jsonl_stream_sized`]: reads up to `chunk_size` bytes
/// at a time, shows them to `seen`, drops a leading BOM and sends whole lines cut into
/// pieces of about `piece_size` bytes, numbered by the lines and bytes before them.
///
/// Memory stays bounded whatever the file holds: a partial line that grows past `limit`
/// bytes (a file without newlines, a binary archive named `.jsonl`) is not kept; its
/// bytes are counted as they go past until its newline, and only its position and
/// length are sent.
fn read_chunks(
    mut reader: impl Read,
    seen: &mut (dyn FnMut(&[u8]) + Send),
    chunk_size: usize,
    piece_size: usize,
    limit: usize,
    tx: &std::sync::mpsc::SyncSender<Step>,
    spent: &std::sync::mpsc::Receiver<Vec<u8>>,
) {
    let chunk_size = chunk_size.max(1);
    // The first reads are smaller (an eighth of a chunk, doubling), so the parsers start
    // early: a small file is otherwise read whole before any parsing begins.
    let mut step = (chunk_size / 8).max(1);
    // Room for a chunk and the partial line carried over from the one before.
    let fresh = || Vec::with_capacity(chunk_size + (64 << 10));
    let mut buf: Vec<u8> = fresh();
    let mut lines_before = 0u64;
    // The file offset of `buf[0]`.
    let mut consumed = 0u64;
    let mut skipping: Option<Overlong> = None;
    let mut first = true;
    loop {
        let filled = buf.len();
        let n = match (&mut reader).take(step as u64).read_to_end(&mut buf) {
            Ok(n) => n,
            Err(e) => {
                // The lines read so far are parsed; the partial line is lost with the rest.
                buf.truncate(filled);
                let _ = tx.send(Step::Failed(e, lines_before));
                return;
            }
        };
        seen(&buf[filled..]);
        let eof = n == 0;
        if first {
            if buf.len() < 3 && !eof {
                continue;
            }
            first = false;
            if buf.starts_with(b"\xef\xbb\xbf") {
                buf.drain(..3);
                consumed = 3;
            }
        }
        // An over-long line: drop its bytes up to its newline, then go on with the rest.
        if let Some(mut o) = skipping.take() {
            match memchr::memchr(b'\n', &buf) {
                Some(i) => {
                    o.absorb(&buf[..i]);
                    buf.drain(..=i);
                    consumed = o.offset + o.raw_len + 1;
                    lines_before += 1;
                    if tx.send(Step::Overlong(o)).is_err() {
                        return;
                    }
                }
                None => {
                    o.absorb(&buf);
                    buf.clear();
                    if eof {
                        let _ = tx.send(Step::Overlong(o));
                        return;
                    }
                    skipping = Some(o);
                    step = (step * 2).min(chunk_size);
                    continue;
                }
            }
        }
        // Whole lines only, unless the file has ended.
        let cut = if eof {
            buf.len()
        } else {
            match memchr::memrchr(b'\n', &buf) {
                Some(i) => i + 1,
                None => {
                    // `limit + 1`: a line of exactly `limit` bytes may be followed by a
                    // `\r` whose `\n` has not been read yet; it is still a line to read.
                    if buf.len() > limit + 1 {
                        skipping = Some(start_skipping(&buf, lines_before, consumed));
                        buf.clear();
                    }
                    continue;
                }
            }
        };
        // The partial last line starts the next buffer (a parsed one when one is back).
        let mut next = spent.try_recv().unwrap_or_else(|_| fresh());
        next.clear();
        next.extend_from_slice(&buf[cut..]);
        let mut bytes = std::mem::replace(&mut buf, next);
        bytes.truncate(cut);
        let mut pieces = Vec::new();
        let mut at = 0;
        for p in split_lines(&bytes, piece_size.max(1)) {
            pieces.push((at..at + p.len(), lines_before, consumed + at as u64));
            at += p.len();
            lines_before += p.iter().filter(|&&b| b == b'\n').count() as u64;
        }
        consumed += cut as u64;
        if tx.send(Step::Lines(Chunk { bytes, pieces })).is_err() || eof {
            return;
        }
        if buf.len() > limit + 1 {
            skipping = Some(start_skipping(&buf, lines_before, consumed));
            buf.clear();
        }
        step = (step * 2).min(chunk_size);
    }
}

/// Starts skipping the partial line `partial` (no newline in it yet).
fn start_skipping(partial: &[u8], lines_before: u64, offset: u64) -> Overlong {
    let mut o = Overlong {
        line: lines_before + 1,
        offset,
        raw_len: 0,
        last_cr: false,
        blank: true,
    };
    o.absorb(partial);
    o
}

/// `bytes` cut after newlines into pieces of at least `size` bytes.
fn split_lines(bytes: &[u8], size: usize) -> Vec<&[u8]> {
    let mut pieces = Vec::new();
    let mut rest = bytes;
    while rest.len() > size {
        match rest[size..].iter().position(|&b| b == b'\n') {
            Some(i) => {
                let (a, b) = rest.split_at(size + i + 1);
                pieces.push(a);
                rest = b;
            }
            None => break,
        }
    }
    if !rest.is_empty() || pieces.is_empty() {
        pieces.push(rest);
    }
    pieces
}

/// The records of `bytes` (whole lines), numbered from `lines_before + 1`; `bytes` start
/// at byte `offset` of the file.
fn read_jsonl_lines(
    file: &str,
    bytes: &[u8],
    lines_before: u64,
    offset: u64,
    settings: &Settings,
    inferred: &[record::Inferred],
) -> FileRead {
    let mut out = FileRead::default();
    let mut keys = KeyCache {
        inferred,
        ..KeyCache::default()
    };
    let mut at = offset;
    for (i, raw_line) in bytes.split(|&b| b == b'\n').enumerate() {
        let line_no = lines_before + i as u64 + 1;
        let line_offset = at;
        at += raw_line.len() as u64 + 1;
        let raw_line = raw_line.strip_suffix(b"\r").unwrap_or(raw_line);
        if raw_line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        out.read += 1;
        let reject = |reason: String| RecordError {
            file: file.to_string(),
            line: line_no,
            record_id: None,
            reason,
        };
        if raw_line.len() > line_limit(settings) {
            out.rejects.push(reject(overlong_reason(
                raw_line.len() as u64,
                line_offset,
                settings,
            )));
            continue;
        }
        let Ok(text) = std::str::from_utf8(raw_line) else {
            out.rejects.push(reject(
                "line is not valid UTF-8; JSONL must be UTF-8".into(),
            ));
            continue;
        };
        let obj = match serde_json::from_str::<Line>(text) {
            Ok(Line::Object(obj)) => obj,
            Ok(Line::NotObject) => {
                out.rejects
                    .push(reject("line is JSON but not an object".into()));
                continue;
            }
            Err(e) => {
                out.rejects.push(reject(format!(
                    "invalid JSON ({e}); is the line truncated?"
                )));
                continue;
            }
        };
        let map = keys.resolve(&obj, settings);
        push_record(&mut out, map, file, line_no, &obj, None, settings);
    }
    out.columns = keys.columns;
    out
}

/// Exports repeat the same keys on every line: the field mapping is resolved once per
/// distinct key list, not per record.
#[derive(Default)]
struct KeyCache<'a> {
    last: Option<(Vec<String>, KeyMap)>,
    /// Fields found by their values for this file (for the column map's "how").
    inferred: &'a [record::Inferred],
    /// Every key met and what it became.
    columns: Vec<record::ColumnUse>,
}

impl KeyCache<'_> {
    fn resolve(&mut self, obj: &LiteRecord<'_>, settings: &Settings) -> &KeyMap {
        let same = self.last.as_ref().is_some_and(|(k, _)| {
            k.len() == obj.len() && k.iter().zip(obj.keys()).all(|(a, b)| a == b)
        });
        if !same {
            let map = KeyMap::resolve(obj.keys(), settings);
            record::merge_columns(
                &mut self.columns,
                map.columns(obj.keys(), settings, self.inferred),
            );
            self.last = Some((obj.keys().map(str::to_string).collect(), map));
        }
        &self.last.as_ref().expect("set above").1
    }
}

fn push_record(
    out: &mut FileRead,
    keys: &KeyMap,
    file: &str,
    line: u64,
    obj: &(impl Record + ?Sized),
    conversation: Option<&str>,
    settings: &Settings,
) {
    match record::to_message(obj, keys, conversation, Origin { file, line }, settings) {
        Ok(p) => out.partials.push(p),
        Err(e) => out.rejects.push(e),
    }
}

/// Every `{` outside strings: (nesting depth before it, 1-based line).
fn object_starts(text: &str) -> Vec<(usize, u64)> {
    let mut out = Vec::new();
    let (mut depth, mut line, mut in_str, mut escaped) = (0usize, 1u64, false, false);
    for b in text.bytes() {
        if b == b'\n' {
            line += 1;
        }
        if in_str {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_str = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_str = true,
            b'{' => {
                out.push((depth, line));
                depth += 1;
            }
            b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    out
}

/// A whole JSON document.
pub fn read_json(file: &str, bytes: &[u8], settings: &Settings) -> FileRead {
    let Ok(text) = std::str::from_utf8(strip_bom(bytes)) else {
        return FileRead::reject_whole_file(file, "not valid UTF-8; JSON must be UTF-8".into());
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return FileRead {
                rejects: vec![RecordError {
                    file: file.to_string(),
                    line: e.line() as u64,
                    record_id: None,
                    reason: format!("invalid JSON ({e}); the whole file was skipped"),
                }],
                read: 1,
                ..FileRead::default()
            };
        }
    };
    let mut starts = object_starts(text).into_iter();
    let mut out = FileRead::default();
    match value {
        Value::Array(items) => walk_items(
            &mut out,
            file,
            &items,
            1,
            None,
            &Map::new(),
            &mut starts,
            settings,
        ),
        Value::Object(obj) => {
            let _top = starts.next();
            walk_container(&mut out, file, &obj, 1, &mut starts, settings);
        }
        _ => {
            return FileRead::reject_whole_file(
                file,
                "JSON is neither an array nor an object".into(),
            );
        }
    }
    out
}

/// An object that holds `messages` or `conversations`; `depth` is the nesting inside it.
fn walk_container(
    out: &mut FileRead,
    file: &str,
    obj: &Map<String, Value>,
    depth: usize,
    starts: &mut impl Iterator<Item = (usize, u64)>,
    settings: &Settings,
) {
    if let Some(Value::Array(convs)) = obj.get("conversations") {
        walk_items(
            out,
            file,
            convs,
            depth + 1,
            None,
            &Map::new(),
            starts,
            settings,
        );
    } else if let Some(Value::Array(msgs)) = obj.get("messages") {
        let conv = conversation_id_of(obj, settings);
        walk_items(
            out,
            file,
            msgs,
            depth + 1,
            conv.as_deref(),
            obj,
            starts,
            settings,
        );
    } else {
        out.read += 1;
        out.rejects.push(RecordError {
            file: file.to_string(),
            line: 1,
            record_id: None,
            reason: "JSON object has neither a `messages` nor a `conversations` array".into(),
        });
    }
}

#[allow(clippy::too_many_arguments)]
fn walk_items(
    out: &mut FileRead,
    file: &str,
    items: &[Value],
    depth: usize,
    conversation: Option<&str>,
    parent: &Map<String, Value>,
    starts: &mut impl Iterator<Item = (usize, u64)>,
    settings: &Settings,
) {
    for (i, item) in items.iter().enumerate() {
        let Value::Object(obj) = item else {
            out.read += 1;
            out.rejects.push(RecordError {
                file: file.to_string(),
                line: 0,
                record_id: None,
                reason: format!("array element {} is not an object", i + 1),
            });
            continue;
        };
        // Advance to this object's opening brace at this depth; nested objects are skipped.
        let line = starts
            .by_ref()
            .find(|(d, _)| *d == depth)
            .map_or(0, |(_, l)| l);
        if obj.get("messages").is_some_and(Value::is_array) {
            // Inside this object the nesting is one deeper.
            walk_container(out, file, obj, depth + 1, starts, settings);
            continue;
        }
        out.read += 1;
        let merged = inherit(parent, obj);
        let keys = KeyMap::resolve(merged.keys().map(String::as_str), settings);
        record::merge_columns(
            &mut out.columns,
            keys.columns(merged.keys().map(String::as_str), settings, &[]),
        );
        push_record(out, &keys, file, line, &merged, conversation, settings);
    }
}

/// Conversation-level scalars (channel, subject …) become defaults for the messages.
fn inherit(parent: &Map<String, Value>, obj: &Map<String, Value>) -> Map<String, Value> {
    if parent.is_empty() {
        return obj.clone();
    }
    let mut merged = obj.clone();
    for (k, v) in parent {
        let kn = record::normalize_key(k);
        if matches!(kn.as_str(), "channel" | "subject" | "title" | "medium")
            && !merged.contains_key(k)
        {
            merged.insert(k.clone(), v.clone());
        }
    }
    merged
}

fn conversation_id_of(obj: &Map<String, Value>, settings: &Settings) -> Option<String> {
    let keys = KeyMap::resolve(obj.keys().map(String::as_str), settings);
    let key = keys
        .key(record::Field::ConversationId)
        .or_else(|| obj.contains_key("id").then_some("id"))?;
    match obj.get(key)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_counts_and_lines() {
        let data = b"{\"conversation_id\":\"c\",\"timestamp\":1772414100,\"role\":\"agent\",\"text\":\"a\"}\n\n{\"conversation_id\":\"c\",\n{\"x\":1}\n";
        let r = read_jsonl("f", data, &Settings::default());
        assert_eq!(r.read, 3);
        assert_eq!(r.partials.len(), 1);
        assert_eq!(
            r.rejects.iter().map(|e| e.line).collect::<Vec<_>>(),
            vec![3, 4]
        );
        assert!(r.rejects[0].reason.contains("invalid JSON"));
    }

    /// Gives its bytes, then fails as a disk or network share might.
    struct FailingReader(std::io::Cursor<Vec<u8>>);

    impl Read for FailingReader {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            match self.0.read(buf)? {
                0 => Err(std::io::Error::other("device went away")),
                n => Ok(n),
            }
        }
    }

    #[test]
    fn stream_read_error_keeps_the_lines_before_and_names_where() {
        let line = "{\"conversation_id\":\"c\",\"timestamp\":1772414100,\"role\":\"agent\",\"text\":\"a\"}";
        let data = format!("{line}\n{line}\n{line}\n{{\"conversation_id\":");
        let r = read_jsonl_stream_sized(
            "f",
            FailingReader(std::io::Cursor::new(data.into_bytes())),
            &Settings::default(),
            &mut |_| {},
            10,
            4,
        );
        assert_eq!(r.partials.len(), 3);
        let lines: Vec<u64> = r.partials.iter().map(|p| p.message.source_line).collect();
        assert_eq!(lines, vec![1, 2, 3]);
        assert_eq!(r.read, 4);
        assert_eq!(r.rejects.len(), 1);
        assert_eq!(r.rejects[0].line, 4);
        assert!(
            r.rejects[0].reason.contains("device went away"),
            "{}",
            r.rejects[0].reason
        );
    }

    #[test]
    fn json_nested_conversations_keep_lines() {
        let data = br#"{"conversations": [
  {"id": "c1", "channel": "email", "messages": [
    {"timestamp": 1772414100, "role": "customer", "text": "a", "author": {"id": "x"}},
    {"timestamp": 1772414200, "role": "agent", "text": "b"}
  ]},
  {"conversation_id": "c2", "messages": [
    {"timestamp": 1772414300, "role": "customer", "text": "c"}
  ]}
]}"#;
        let r = read_json("f", data, &Settings::default());
        assert!(r.rejects.is_empty(), "{:?}", r.rejects);
        let got: Vec<_> = r
            .partials
            .iter()
            .map(|p| {
                (
                    p.message.conversation_id.as_str(),
                    p.message.source_line,
                    p.message.channel.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![("c1", 3, "email"), ("c1", 4, "email"), ("c2", 7, "chat")]
        );
    }

    #[test]
    fn json_array_of_messages() {
        let data = br#"[
 {"conversation_id": "c", "timestamp": "2026-03-02 10:00:00", "role": "customer", "text": "a"},
 {"conversation_id": "c", "timestamp": "bad", "role": "agent", "text": "b"}
]"#;
        let r = read_json("f", data, &Settings::default());
        assert_eq!((r.read, r.partials.len(), r.rejects.len()), (2, 1, 1));
        assert_eq!(r.rejects[0].line, 3);
    }

    #[test]
    fn broken_json_is_one_reject_with_its_line() {
        let r = read_json("f", b"[\n{\"a\": 1},\n{\"b\": ", &Settings::default());
        assert_eq!((r.read, r.rejects.len()), (1, 1));
        assert_eq!(r.rejects[0].line, 3);
    }
}
