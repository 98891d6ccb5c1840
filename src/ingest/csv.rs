//! CSV/TSV reader. Japanese Excel writes Shift_JIS (CP932) without saying so, and
//! UTF-8 with or without a BOM; the bytes are decoded by trying, in order, a BOM,
//! strict UTF-8, strict Shift_JIS and strict EUC-JP — never by guessing into mojibake.

use std::borrow::Cow;

use serde_json::{Map, Value};

use super::record::{self, KeyMap, Origin};
use super::{FileRead, RecordError, Settings};

/// Decodes text bytes; returns the text and the encoding's name, or why it failed.
pub fn decode_text(bytes: &[u8]) -> Result<(Cow<'_, str>, &'static str), String> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(format!(
                "text has a {} BOM but invalid bytes after it",
                enc.name()
            ));
        }
        return Ok((text, enc.name()));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((Cow::Borrowed(s), "UTF-8"));
    }
    for enc in [encoding_rs::SHIFT_JIS, encoding_rs::EUC_JP] {
        if let Some(text) = enc.decode_without_bom_handling_and_without_replacement(bytes) {
            return Ok((text, enc.name()));
        }
    }
    Err("the file is neither UTF-8, Shift_JIS (CP932) nor EUC-JP text; re-save it as UTF-8".into())
}

fn sniff_delimiter(file: &str, text: &str) -> u8 {
    if file.to_lowercase().ends_with(".tsv") {
        return b'\t';
    }
    let header = text.lines().next().unwrap_or("");
    let count = |c: char| header.matches(c).count();
    [(b'\t', count('\t')), (b';', count(';')), (b',', count(','))]
        .into_iter()
        .max_by_key(|&(d, n)| (n, d == b','))
        .map_or(b',', |(d, _)| d)
}

pub fn read_csv(file: &str, bytes: &[u8], settings: &Settings) -> FileRead {
    let text = match decode_text(bytes) {
        Ok((t, _)) => t,
        Err(reason) => return FileRead::reject_whole_file(file, reason),
    };
    let delimiter = sniff_delimiter(file, &text);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h
            .iter()
            .map(|s| s.trim_start_matches('\u{feff}').to_string())
            .collect(),
        Err(e) => {
            return FileRead::reject_whole_file(file, format!("cannot read the CSV header: {e}"));
        }
    };
    let keys = KeyMap::resolve(headers.iter().map(String::as_str), settings);
    if keys.key(record::Field::Text).is_none() {
        return FileRead::reject_whole_file(
            file,
            format!(
                "no text column among [{}]; map it with `[input.columns] text = \"<column>\"` in otai.toml",
                headers.join(", ")
            ),
        );
    }
    // Lines from byte offsets: a record's line is where it starts in the decoded text.
    let newlines: Vec<usize> = text
        .bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let line_of = |byte: u64| newlines.partition_point(|&nl| (nl as u64) <= byte) as u64 + 1;
    let mut out = FileRead::default();
    let mut row = ::csv::StringRecord::new();
    loop {
        let line = line_of(reader.position().byte());
        match reader.read_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                out.read += 1;
                out.rejects.push(RecordError {
                    file: file.to_string(),
                    line,
                    record_id: None,
                    reason: format!("unreadable CSV row ({e})"),
                });
                continue;
            }
        }
        let line = row.position().map_or(line, |p| line_of(p.byte()));
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
        match record::to_message(&obj, &keys, None, Origin { file, line }, settings) {
            Ok(p) => out.partials.push(p),
            Err(e) => out.rejects.push(e),
        }
    }
    out
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
        assert!(decode_text(b"\xff\xfe\xff").is_err() || decode_text(b"\x80\x80\x80\xff").is_err());
    }

    #[test]
    fn extra_fields_are_rejected_with_line() {
        let data = "conversation_id,timestamp,role,text\nc,2026-03-02 10:00:00,agent,a,b\n";
        let r = read_csv("x.csv", data.as_bytes(), &Settings::default());
        assert_eq!((r.read, r.rejects.len()), (1, 1));
        assert_eq!(r.rejects[0].line, 2);
    }
}
