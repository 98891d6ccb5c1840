//! The JSONL readers on arbitrary bytes, with a small message limit so over-long lines
//! are crossed: the streamed reader (tiny chunks, so every boundary is hit) finds exactly
//! what the whole-file reader finds, sees every byte once, and neither panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otai::ingest::json::{read_jsonl, read_jsonl_stream_sized};
use otai::ingest::{FileRead, Settings};

fn summary(r: &FileRead) -> (u64, Vec<String>, Vec<String>) {
    (
        r.read,
        r.partials
            .iter()
            .map(|p| format!("{}:{}", p.message.source_line, p.message.text))
            .collect(),
        r.rejects.iter().map(ToString::to_string).collect(),
    )
}

fuzz_target!(|data: &[u8]| {
    let Some((&sizes, bytes)) = data.split_first() else {
        return;
    };
    let settings = Settings {
        max_message_bytes: 64,
        ..Settings::default()
    };
    let whole = read_jsonl("fuzz.jsonl", bytes, &settings);
    assert_eq!(
        whole.read as usize,
        whole.partials.len() + whole.rejects.len()
    );
    let mut seen = Vec::new();
    let streamed = read_jsonl_stream_sized(
        "fuzz.jsonl",
        bytes,
        &settings,
        &mut |b| seen.extend_from_slice(b),
        1 + usize::from(sizes & 0x3f),
        1 + usize::from(sizes >> 6),
    );
    assert_eq!(summary(&whole), summary(&streamed));
    assert_eq!(seen, bytes);
});
