//! CSV/TSV reader. Japanese Excel writes Shift_JIS (CP932) without saying so, and
//! UTF-8 with or without a BOM; the bytes are decoded strictly — a BOM, else the first
//! stretch of non-ASCII text tried as UTF-8, Shift_JIS, then EUC-JP — never by guessing
//! into mojibake. The file is streamed: memory holds a row, never the file, and a line
//! over the limit is skipped as it goes past.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::io::Read;
use std::rc::Rc;

use serde_json::{Map, Value};

use super::record::{self, KeyMap, Origin};
use super::{FileRead, RecordError, Settings};

/// Raw bytes read per step.
const STEP: usize = 64 << 10;
/// Non-ASCII bytes looked at to choose the encoding (when there is no BOM).
const SNIFF: usize = 64 << 10;

/// Lines that went past the limit, in order: their number, and length in decoded bytes.
/// The decoder runs ahead of the CSV parser, so each row looks up whether one of its lines
/// is here.
type Overlong = Rc<RefCell<VecDeque<(u64, u64)>>>;

/// Where the decoded text's newlines are, for the line of a row from its byte offset.
/// Rows are looked up in order and the decoder runs only a buffer ahead, so newlines
/// before the last row looked up are counted and dropped: this stays small.
#[derive(Default)]
struct Newlines {
    dropped: u64,
    at: VecDeque<u64>,
    /// Blank lines (outside quotes) not yet passed: the parser skips them, and a row that
    /// follows them starts on the first line after them.
    blank: VecDeque<u64>,
}

impl Newlines {
    /// The 1-based line of decoded byte `byte` (never called with a smaller byte later).
    /// A newline *at* `byte` counts as before it: after a CRLF row the parser stops at the
    /// `\r`, and the next row's position is its `\n`.
    fn line_of(&mut self, byte: u64) -> u64 {
        while self.at.front().is_some_and(|&nl| nl <= byte) {
            self.at.pop_front();
            self.dropped += 1;
        }
        self.dropped + 1
    }

    /// The 1-based line a row starting at decoded byte `byte` is on: past any blank lines
    /// the parser skipped before it.
    fn row_line(&mut self, byte: u64) -> u64 {
        let mut line = self.line_of(byte);
        while self.blank.front().is_some_and(|&b| b < line) {
            self.blank.pop_front();
        }
        while self.blank.front() == Some(&line) {
            self.blank.pop_front();
            line += 1;
        }
        line
    }
}

/// CSV bytes → strictly decoded UTF-8, read as a stream. Lines longer than `limit`
/// bytes are cut at the limit and the rest of them is thrown away unread into memory;
/// the cut is noted in `overlong` for the reader to reject that row.
struct Decoding<'a, R: Read> {
    inner: R,
    seen: &'a mut dyn FnMut(&[u8]),
    /// None while everything so far was ASCII (the same in all three encodings).
    decoder: Option<encoding_rs::Decoder>,
    /// The encoding named in errors.
    name: &'static str,
    raw: Vec<u8>,
    raw_at: usize,
    /// File offset of `raw[0]`.
    raw_offset: u64,
    eof: bool,
    /// The decoder has been told the input ended (it must not be called again).
    flushed: bool,
    started: bool,
    out: Vec<u8>,
    out_at: usize,
    /// Decoded bytes handed out before `out`.
    emitted: u64,
    newlines: Rc<RefCell<Newlines>>,
    limit: u64,
    /// Newlines read so far, and the line where the current record started.
    line: u64,
    record_line: u64,
    /// Bytes of the current record so far (kept or dropped).
    record_len: u64,
    /// Inside a quoted field, counting every byte read (kept or dropped).
    in_quotes: bool,
    skipping: bool,
    overlong: Overlong,
    /// The last text ended in `\r`: whether it was a CRLF is known from the next byte.
    pending_cr: bool,
}

impl<R: Read> Decoding<'_, R> {
    /// Reads more raw bytes; false at the end of the file.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.raw_at > 0 {
            self.raw_offset += self.raw_at as u64;
            self.raw.drain(..self.raw_at);
            self.raw_at = 0;
        }
        let before = self.raw.len();
        let n = (&mut self.inner)
            .take(STEP as u64)
            .read_to_end(&mut self.raw)?;
        (self.seen)(&self.raw[before..]);
        if n == 0 {
            self.eof = true;
        }
        Ok(n > 0)
    }

    fn bad(&self, why: String) -> std::io::Error {
        std::io::Error::new(std::io::ErrorKind::InvalidData, why)
    }

    /// Chooses the encoding from a BOM, or from the first stretch of non-ASCII bytes.
    fn choose(&mut self) -> std::io::Result<()> {
        if !self.started {
            while self.raw.len() < 4 && self.fill()? {}
            self.started = true;
            if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(&self.raw) {
                self.raw_at = bom;
                self.decoder = Some(enc.new_decoder_without_bom_handling());
                self.name = enc.name();
                return Ok(());
            }
        }
        if self.decoder.is_some() {
            return Ok(());
        }
        let Some(first) = self.raw[self.raw_at..].iter().position(|b| !b.is_ascii()) else {
            return Ok(());
        };
        while self.raw.len() - self.raw_at - first < SNIFF && self.fill()? {}
        let from = self.raw_at + first;
        let window = &self.raw[from..];
        let utf8_ok = match std::str::from_utf8(window) {
            Ok(_) => true,
            // Only an incomplete character cut off by the window's end.
            Err(e) => e.error_len().is_none() && !self.eof,
        };
        let candidates = [
            encoding_rs::UTF_8,
            encoding_rs::SHIFT_JIS,
            encoding_rs::EUC_JP,
        ];
        let chosen = if utf8_ok {
            Some(encoding_rs::UTF_8)
        } else {
            candidates[1..].iter().copied().find(|enc| {
                let mut d = enc.new_decoder_without_bom_handling();
                let mut sink = String::with_capacity(window.len() * 3 + 16);
                let (result, _) =
                    d.decode_to_string_without_replacement(window, &mut sink, self.eof);
                !matches!(result, encoding_rs::DecoderResult::Malformed(..))
            })
        };
        let Some(enc) = chosen else {
            return Err(self.bad(format!(
                "the file is neither UTF-8, Shift_JIS (CP932) nor EUC-JP text (from byte {}); re-save it as UTF-8",
                self.raw_offset + from as u64
            )));
        };
        self.decoder = Some(enc.new_decoder_without_bom_handling());
        self.name = enc.name();
        Ok(())
    }

    /// Decodes the next stretch of raw bytes into `out`; false at the end.
    fn decode_more(&mut self) -> std::io::Result<bool> {
        self.emitted += self.out.len() as u64;
        self.out.clear();
        self.out_at = 0;
        loop {
            if self.raw_at >= self.raw.len() && !self.eof {
                self.fill()?;
            }
            self.choose()?;
            let src = &self.raw[self.raw_at..];
            if src.is_empty() && self.eof && self.decoder.is_none() {
                return Ok(self.finish());
            }
            let mut text = String::with_capacity(src.len() * 3 + 16);
            match self.decoder.as_mut() {
                None => {
                    // ASCII so far: up to the first byte that is not.
                    let n = src.iter().position(|b| !b.is_ascii()).unwrap_or(src.len());
                    text.push_str(std::str::from_utf8(&src[..n]).unwrap_or_default());
                    self.raw_at += n;
                }
                Some(_) if self.flushed => return Ok(self.finish()),
                Some(d) => {
                    let (result, read) =
                        d.decode_to_string_without_replacement(src, &mut text, self.eof);
                    self.flushed = self.eof
                        && read == src.len()
                        && matches!(result, encoding_rs::DecoderResult::InputEmpty);
                    if let encoding_rs::DecoderResult::Malformed(..) = result {
                        let at = self.raw_offset + (self.raw_at + read) as u64;
                        return Err(self.bad(format!(
                            "the file is not valid {} at byte {at}; re-save it as UTF-8",
                            self.name
                        )));
                    }
                    self.raw_at += read;
                }
            }
            let text = self.line_ends(text);
            self.guard_lines(&text);
            if !self.out.is_empty() {
                return Ok(true);
            }
            if self.eof && self.raw_at >= self.raw.len() {
                return Ok(self.finish());
            }
        }
    }

    /// Line ends as the parser sees them: a lone `\r` (classic Mac, "CSV (Macintosh)"
    /// from Excel) ends a line as `\n` does, so it becomes one and rows keep their line
    /// numbers; `\r\n` stays. A `\r` at the end of `text` waits for the next byte.
    fn line_ends(&mut self, text: String) -> Vec<u8> {
        let mut bytes = text.into_bytes();
        if self.pending_cr {
            let lf = bytes.first() == Some(&b'\n');
            bytes.insert(0, if lf { b'\r' } else { b'\n' });
            self.pending_cr = false;
        }
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
            self.pending_cr = true;
        }
        if memchr::memchr(b'\r', &bytes).is_some() {
            for i in 0..bytes.len() {
                if bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n') {
                    bytes[i] = b'\n';
                }
            }
        }
        bytes
    }

    /// At the end of the file: a held-back `\r` ends the last line; a last line without a
    /// newline may still be over the limit.
    fn finish(&mut self) -> bool {
        if self.pending_cr {
            self.pending_cr = false;
            self.guard_lines(b"\n");
            if !self.out.is_empty() {
                return true;
            }
        }
        if self.skipping {
            self.overlong
                .borrow_mut()
                .push_back((self.record_line, self.record_len));
            self.skipping = false;
        }
        false
    }

    /// Copies decoded text to `out`, cutting every record at the limit. A record ends at a
    /// newline outside quotes, so a quoted field over several lines is one record, and a
    /// stray quote cannot make the rest of the file one unbounded row. A record over the
    /// limit is cut at a character boundary, an open quote is closed, the rest of the
    /// record is dropped as it streams past (its newlines still counted, so the rows after
    /// it keep their lines), and the record is queued as over-long for the reader to reject.
    fn guard_lines(&mut self, text: &[u8]) {
        let quotes = |b: &[u8]| memchr::memchr_iter(b'"', b).count() % 2 == 1;
        for part in text.split_inclusive(|&b| b == b'\n') {
            let ends = part.ends_with(b"\n");
            let body = &part[..part.len() - usize::from(ends)];
            if !self.skipping {
                let room = self.limit.saturating_sub(self.record_len) as usize;
                if body.len() > room {
                    let mut cut = room;
                    while cut > 0 && (body[cut] & 0xC0) == 0x80 {
                        cut -= 1;
                    }
                    let kept = &body[..cut];
                    self.out.extend_from_slice(kept);
                    self.in_quotes ^= quotes(kept);
                    if self.in_quotes {
                        // The parser must leave the field: close it at the cut.
                        self.out.push(b'"');
                    }
                    self.in_quotes ^= quotes(&body[cut..]);
                    self.skipping = true;
                } else {
                    self.out.extend_from_slice(body);
                    self.in_quotes ^= quotes(body);
                }
            } else {
                self.in_quotes ^= quotes(body);
            }
            self.record_len += body.len() as u64;
            if !ends {
                continue;
            }
            self.line += 1;
            let position = self.emitted + self.out.len() as u64;
            let mut newlines = self.newlines.borrow_mut();
            newlines.at.push_back(position);
            if !self.in_quotes
                && self.record_len == body.len() as u64
                && body.iter().all(|&b| b == b'\r')
            {
                newlines.blank.push_back(self.line);
            }
            drop(newlines);
            if self.in_quotes {
                // A newline inside a quoted field: the record goes on.
                self.record_len += 1;
                if !self.skipping {
                    self.out.push(b'\n');
                }
                continue;
            }
            if self.skipping {
                self.overlong
                    .borrow_mut()
                    .push_back((self.record_line, self.record_len));
                self.skipping = false;
            }
            self.out.push(b'\n');
            self.record_len = 0;
            self.record_line = self.line + 1;
        }
    }
}

impl<R: Read> Read for Decoding<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.out_at >= self.out.len() && !self.decode_more()? {
            return Ok(0);
        }
        let n = buf.len().min(self.out.len() - self.out_at);
        buf[..n].copy_from_slice(&self.out[self.out_at..self.out_at + n]);
        self.out_at += n;
        Ok(n)
    }
}

fn sniff_delimiter(file: &str, header: &str) -> u8 {
    if file.to_lowercase().ends_with(".tsv") {
        return b'\t';
    }
    let count = |c: char| header.matches(c).count();
    [(b'\t', count('\t')), (b';', count(';')), (b',', count(','))]
        .into_iter()
        .max_by_key(|&(d, n)| (n, d == b','))
        .map_or(b',', |(d, _)| d)
}

/// A CSV file held in memory (tests, and the property tests' reader of bytes): the same
/// reader as [`read_csv_stream`].
pub fn read_csv(file: &str, bytes: &[u8], settings: &Settings) -> FileRead {
    read_csv_stream(file, bytes, settings, &mut |_| {}, &mut |_| true)
}

/// Records gathered before they are shown to the drain.
const DRAIN_ROWS: usize = 4096;

/// Reads CSV/TSV as it streams. `seen` gets every byte (for the file's hash); `drain`
/// is shown the records every few thousand rows, in file order, and may take them (the
/// sorter does); what it leaves, and the last rows, are in the result.
pub fn read_csv_stream(
    file: &str,
    reader: impl Read,
    settings: &Settings,
    seen: &mut dyn FnMut(&[u8]),
    drain: &mut dyn FnMut(&mut Vec<record::Partial>) -> bool,
) -> FileRead {
    let limit = settings.max_message_bytes.saturating_mul(2) as u64;
    let overlong: Overlong = Rc::default();
    let newlines: Rc<RefCell<Newlines>> = Rc::default();
    let line_of = |byte: u64| newlines.borrow_mut().line_of(byte);
    let row_line = |byte: u64| newlines.borrow_mut().row_line(byte);
    let mut decoding = Decoding {
        inner: reader,
        seen,
        decoder: None,
        name: "UTF-8",
        raw: Vec::with_capacity(STEP + SNIFF),
        raw_at: 0,
        raw_offset: 0,
        eof: false,
        flushed: false,
        started: false,
        out: Vec::new(),
        out_at: 0,
        emitted: 0,
        newlines: newlines.clone(),
        limit,
        line: 0,
        record_line: 1,
        record_len: 0,
        in_quotes: false,
        skipping: false,
        overlong: overlong.clone(),
        pending_cr: false,
    };
    // The header line, for the delimiter (bounded by the line limit).
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    loop {
        match decoding.read(&mut byte) {
            Ok(0) => break,
            Ok(_) => {
                head.push(byte[0]);
                if byte[0] == b'\n' {
                    break;
                }
            }
            Err(e) => return FileRead::reject_whole_file(file, e.to_string()),
        }
    }
    if let Some(&(1, len)) = overlong.borrow().front() {
        return FileRead::reject_whole_file(
            file,
            format!(
                "the header row is {len} bytes, over the limit of {limit} bytes; is this really CSV?"
            ),
        );
    }
    let header_text = String::from_utf8_lossy(&head).into_owned();
    let delimiter = sniff_delimiter(file, &header_text);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(std::io::Cursor::new(head).chain(decoding));
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|s| s.trim_start_matches('\u{feff}').to_string())
            .collect(),
        Err(e) => {
            return FileRead::reject_whole_file(file, format!("cannot read the CSV header: {e}"));
        }
    };
    let mut keys = KeyMap::resolve(headers.iter().map(String::as_str), settings);
    // A field no column is named for (role, time, conversation, text, the agent): the first rows are
    // held until a column is found by what it holds (or not), then read as every other row.
    let mut pending: Option<Vec<(Map<String, Value>, u64)>> = [
        record::Field::Role,
        record::Field::Timestamp,
        record::Field::ConversationId,
        record::Field::Text,
    ]
    .iter()
    .any(|f| keys.key(*f).is_none())
    .then(Vec::new)
    .or_else(|| (!keys.names_author()).then(Vec::new));
    let mut out = FileRead {
        columns: keys.columns(headers.iter().map(String::as_str), settings, &[]),
        ..FileRead::default()
    };
    let mut row = ::csv::StringRecord::new();
    // The over-long line inside the row that starts at `start` and ends before `end`.
    let cut_line = |start: u64, end: u64| {
        let mut queue = overlong.borrow_mut();
        while queue.front().is_some_and(|&(l, _)| l < start) {
            queue.pop_front();
        }
        match queue.front() {
            Some(&(l, len)) if l < end => {
                queue.pop_front();
                Some((l, len))
            }
            _ => None,
        }
    };
    loop {
        let line = line_of(reader.position().byte());
        let result = reader.read_record(&mut row);
        let start = row.position().map_or(line, |p| row_line(p.byte()));
        let cut = match result {
            // At the end of the file the row runs to the end: any over-long line from its
            // start on is in it.
            Ok(true) => {
                let end = line_of(reader.position().byte()).max(start + 1);
                cut_line(start, if reader.is_done() { u64::MAX } else { end })
            }
            _ => None,
        };
        if let Some((long_line, len)) = cut {
            // The row holds a line cut at the limit: it is not a record.
            out.read += 1;
            out.rejects.push(RecordError {
                file: file.to_string(),
                line: long_line,
                record_id: None,
                reason: format!(
                    "row is {len} bytes, over twice the message limit of {} bytes; it was skipped without being read whole; raise `[input] max_message_bytes` in otai.toml if this is real (an unclosed quote makes the rest of the file one row)",
                    settings.max_message_bytes
                ),
            });
            continue;
        }
        match result {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                out.read += 1;
                let stop = matches!(e.kind(), ::csv::ErrorKind::Io(_));
                out.rejects.push(RecordError {
                    file: file.to_string(),
                    line,
                    record_id: None,
                    reason: if stop {
                        format!("cannot read the rest of the file ({e}); records from here on are missing")
                    } else {
                        format!("unreadable CSV row ({e})")
                    },
                });
                if stop {
                    break;
                }
                continue;
            }
        }
        let line = start;
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        out.read += 1;
        if row.len() > headers.len() {
            out.rejects.push(RecordError {
                file: file.to_string(),
                line,
                record_id: None,
                reason: format!(
                    "row has {} fields but the header has {}; is a text field missing its quotes?",
                    row.len(),
                    headers.len()
                ),
            });
            continue;
        }
        let obj: Map<String, Value> = headers
            .iter()
            .zip(row.iter())
            .map(|(h, v)| (h.clone(), Value::String(v.to_string())))
            .collect();
        if let Some(held) = pending.as_mut() {
            held.push((obj, line));
            if held.len() >= SAMPLE_ROWS {
                let held = pending.take().unwrap_or_default();
                if !settle(&mut keys, &headers, held, &mut out, file, settings, drain) {
                    out.encoding = Some(reader.get_ref().get_ref().1.name.to_string());
                    // The rest is read past unparsed, so run.json's size and SHA-256 are
                    // the whole file's.
                    let _ = std::io::copy(&mut reader.into_inner(), &mut std::io::sink());
                    return out;
                }
            }
            continue;
        }
        to_partial(&obj, &keys, line, &mut out, file, settings, drain);
    }
    if let Some(held) = pending.take() {
        settle(&mut keys, &headers, held, &mut out, file, settings, drain);
    }
    out.encoding = Some(reader.get_ref().get_ref().1.name.to_string());
    out
}

/// Rows held to find fields by what their columns hold, when no column is named for them.
const SAMPLE_ROWS: usize = 64;

/// Finds the missing fields' columns in the held rows (noting which, and why), then reads
/// them. False when there is still no text column: the file is one reject.
fn settle(
    keys: &mut KeyMap,
    headers: &[String],
    held: Vec<(Map<String, Value>, u64)>,
    out: &mut FileRead,
    file: &str,
    settings: &Settings,
    drain: &mut dyn FnMut(&mut Vec<record::Partial>) -> bool,
) -> bool {
    let rows: Vec<&Map<String, Value>> = held.iter().map(|(o, _)| o).collect();
    let inferred = keys.infer(headers, &rows, settings);
    out.inferred
        .extend(inferred.iter().map(record::Inferred::note));
    out.columns = keys.columns(headers.iter().map(String::as_str), settings, &inferred);
    if keys.key(record::Field::Text).is_none() {
        let rejected = FileRead::reject_whole_file(
            file,
            format!(
                "no text column among [{}] (none is named like one, none holds free text); map it with `[input.columns] text = \"<column>\"` in otai.toml",
                headers.join(", ")
            ),
        );
        out.read = rejected.read;
        out.rejects = rejected.rejects;
        return false;
    }
    for (obj, line) in held {
        to_partial(&obj, keys, line, out, file, settings, drain);
    }
    true
}

/// One row as a message (or a reject).
fn to_partial(
    obj: &Map<String, Value>,
    keys: &KeyMap,
    line: u64,
    out: &mut FileRead,
    file: &str,
    settings: &Settings,
    drain: &mut dyn FnMut(&mut Vec<record::Partial>) -> bool,
) {
    match record::to_message(obj, keys, None, Origin { file, line }, settings) {
        Ok(p) => {
            out.partials.push(p);
            if out.partials.len().is_multiple_of(DRAIN_ROWS) {
                // CSV reads on when the taker would have it stop (only a streaming sort
                // that gave up asks; time is lost, not results).
                let _ = drain(&mut out.partials);
            }
        }
        Err(e) => out.rejects.push(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shift_jis_decodes_without_mojibake() {
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(
            "会話ID,日時,送信者種別,本文\r\nc1,2026/03/02 10:15,お客様,ログインできません\r\n",
        );
        let r = read_csv("x.csv", &sjis, &Settings::default());
        assert!(r.rejects.is_empty(), "{:?}", r.rejects);
        assert_eq!(r.partials[0].message.text, "ログインできません");
        assert_eq!(r.partials[0].message.conversation_id, "c1");
        assert_eq!(r.partials[0].message.source_line, 2);
    }

    #[test]
    fn utf8_bom_and_tsv() {
        let data =
            "\u{feff}conversation_id\ttimestamp\trole\ttext\nc\t2026-03-02 10:00:00\tagent\tはい\n";
        let r = read_csv("x.tsv", data.as_bytes(), &Settings::default());
        assert_eq!(r.partials.len(), 1);
        assert_eq!(r.partials[0].message.source_line, 2);
    }

    /// The encoding is chosen from the first non-ASCII stretch, wherever it starts: after
    /// a long ASCII prefix, across read steps, or cut mid-character by the sniff window.
    #[test]
    fn encodings_found_after_long_ascii_and_across_steps() {
        let mut text = String::from("conversation_id,timestamp,role,text\n");
        for i in 0..3000 {
            text.push_str(&format!("c{i},2026-03-02 10:00:00,customer,ascii only\n"));
        }
        for i in 0..3000 {
            text.push_str(&format!(
                "j{i},2026-03-02 10:00:00,お客様,ログインできません{i}\n"
            ));
        }
        let (sjis, _, _) = encoding_rs::SHIFT_JIS.encode(&text);
        let (euc, _, _) = encoding_rs::EUC_JP.encode(&text);
        for (name, bytes) in [
            ("utf8", text.as_bytes()),
            ("sjis", &sjis[..]),
            ("euc", &euc[..]),
        ] {
            let r = read_csv("x.csv", bytes, &Settings::default());
            assert!(r.rejects.is_empty(), "{name}: {:?}", &r.rejects[..1]);
            assert_eq!(r.partials.len(), 6000, "{name}");
            assert_eq!(
                r.partials[5999].message.text, "ログインできません2999",
                "{name}"
            );
            assert_eq!(r.partials[5999].message.source_line, 6001, "{name}");
        }
        // Bytes that are no Japanese encoding: a reject naming the fix, never mojibake.
        let r = read_csv(
            "x.csv",
            b"conversation_id,timestamp,role,text\n\x80\x80\x80\xff\n",
            &Settings::default(),
        );
        assert_eq!(r.partials.len(), 0);
        assert!(
            r.rejects[0].reason.contains("re-save it as UTF-8"),
            "{:?}",
            r.rejects
        );
        // UTF-16 with a BOM.
        let mut utf16 = vec![0xff, 0xfe];
        for u in
            "conversation_id,timestamp,role,text\nc,2026-03-02 10:00:00,agent,はい\n".encode_utf16()
        {
            utf16.extend(u.to_le_bytes());
        }
        let r = read_csv("x.csv", &utf16, &Settings::default());
        assert_eq!(r.partials.len(), 1, "{:?}", r.rejects);
        assert_eq!(r.partials[0].message.text, "はい");
    }

    /// A quoted field over the limit, spanning lines, is one reject at the line its row
    /// starts; the rows after it are read with their own lines. An unclosed quote makes
    /// the rest of the file one row: one reject, never an unbounded row in memory.
    #[test]
    fn an_overlong_quoted_field_is_one_reject_and_the_rest_is_read() {
        let settings = Settings {
            max_message_bytes: 40,
            ..Settings::default()
        };
        let long = "あ".repeat(60);
        let data = format!(
            "conversation_id,timestamp,role,text\nc,2026-03-02 10:00:00,agent,a\nc,2026-03-02 10:01:00,agent,\"{long}\n{long}\n\"\"end\"\"\"\nc,2026-03-02 10:02:00,agent,b\n"
        );
        let r = read_csv("x.csv", data.as_bytes(), &settings);
        assert_eq!(
            (r.read, r.partials.len(), r.rejects.len()),
            (3, 2, 1),
            "{:?}",
            r.rejects
        );
        assert_eq!(r.rejects[0].line, 3);
        assert!(
            r.rejects[0].reason.starts_with("row is "),
            "{}",
            r.rejects[0].reason
        );
        assert_eq!(r.partials[1].message.text, "b");
        assert_eq!(r.partials[1].message.source_line, 6);

        let endless = format!(
            "conversation_id,timestamp,role,text\nc,2026-03-02 10:00:00,agent,\"open{}",
            "\nmore text".repeat(50_000)
        );
        let r = read_csv("x.csv", endless.as_bytes(), &settings);
        assert_eq!(
            (r.read, r.partials.len(), r.rejects.len()),
            (1, 0, 1),
            "{:?}",
            r.rejects
        );
        assert_eq!(r.rejects[0].line, 2);
    }

    /// A line over the limit is one reject with its line; the rows after it are read;
    /// a header line over the limit rejects the file.
    #[test]
    fn an_overlong_line_is_skipped() {
        let settings = Settings {
            max_message_bytes: 40,
            ..Settings::default()
        };
        let long = "x".repeat(500);
        let data = format!(
            "conversation_id,timestamp,role,text\nc,2026-03-02 10:00:00,agent,a\nc,2026-03-02 10:01:00,agent,{long}\nc,2026-03-02 10:02:00,agent,b\n"
        );
        let r = read_csv("x.csv", data.as_bytes(), &settings);
        assert_eq!(
            (r.read, r.partials.len(), r.rejects.len()),
            (3, 2, 1),
            "{:?}",
            r.rejects
        );
        assert_eq!(r.rejects[0].line, 3);
        assert!(
            r.rejects[0].reason.contains("row is 528 bytes"),
            "{}",
            r.rejects[0].reason
        );
        assert_eq!(r.partials[1].message.source_line, 4);
        let r = read_csv("x.csv", &vec![0u8; 100_000], &settings);
        assert_eq!((r.read, r.rejects.len()), (1, 1));
        assert!(
            r.rejects[0].reason.contains("header row"),
            "{}",
            r.rejects[0].reason
        );
    }

    #[test]
    fn extra_fields_are_rejected_with_line() {
        let data = "conversation_id,timestamp,role,text\nc,2026-03-02 10:00:00,agent,a,b\n";
        let r = read_csv("x.csv", data.as_bytes(), &Settings::default());
        assert_eq!((r.read, r.rejects.len()), (1, 1));
        assert_eq!(r.rejects[0].line, 2);
    }
}
