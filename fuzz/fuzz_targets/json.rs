//! The json reader on arbitrary bytes, with a small message limit so the limits are
//! crossed: no panic, and every record read is a message, a mail or a reject.
#![no_main]

use libfuzzer_sys::fuzz_target;
use otai::ingest::{Format, Settings, read_bytes};

fuzz_target!(|data: &[u8]| {
    let settings = Settings {
        max_message_bytes: 64,
        ..Settings::default()
    };
    let r = read_bytes(Format::Json, "fuzz.json", data, &settings);
    assert_eq!(
        r.read as usize,
        r.partials.len() + r.mails.len() + r.rejects.len()
    );
});
