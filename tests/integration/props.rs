//! Property tests: arbitrary bytes never panic any reader, and every reader's counts
//! reconcile (records read = messages + mails + rejects).

use otai::ingest::{Format, Settings, read_bytes};
use proptest::prelude::*;

const FORMATS: [Format; 6] = [
    Format::Jsonl,
    Format::Json,
    Format::Csv,
    Format::Mbox,
    Format::Maildir,
    Format::Eml,
];

fn check(bytes: &[u8]) {
    let settings = Settings::default();
    for f in FORMATS {
        let r = read_bytes(f, "prop", bytes, &settings);
        assert_eq!(
            r.read as usize,
            r.partials.len() + r.mails.len() + r.rejects.len(),
            "{f:?}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        check(&bytes);
    }

    #[test]
    fn near_valid_records_never_panic(
        ts in "[0-9 :/T+年月日-]{0,30}",
        role in "[a-zA-Zぁ-ん]{0,10}",
        text in "\\PC{0,40}",
        cut in 0usize..200,
    ) {
        let line = serde_json::json!({"conversation_id": "c", "timestamp": ts, "role": role, "text": text}).to_string();
        // Cut at any byte, even inside a UTF-8 sequence: a truncated export.
        let cut = cut.min(line.len());
        check(&line.as_bytes()[..cut]);
        check(format!("conversation_id,timestamp,role,text\nc,{ts},{role},\"{text}\"\n").as_bytes());
        check(format!("From x Mon Mar  2 10:00:00 2026\nFrom: {role}@x\nDate: {ts}\nSubject: {text}\n\n{text}\n").as_bytes());
    }
}
