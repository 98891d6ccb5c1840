//! Property tests: arbitrary bytes never panic any reader, and every reader's counts
//! reconcile (records read = messages + mails + rejects).

use otai::ingest::json::{read_jsonl, read_jsonl_stream_sized};
use otai::ingest::platform::Platform;
use otai::ingest::{FileRead, Format, Settings, read_bytes};
use proptest::prelude::*;

/// Every format, the platform exports included.
fn formats() -> Vec<Format> {
    let mut f = vec![
        Format::Jsonl,
        Format::Json,
        Format::Csv,
        Format::Mbox,
        Format::Maildir,
        Format::Eml,
    ];
    f.extend(Platform::ALL.map(Format::Platform));
    f
}

fn check(bytes: &[u8]) {
    check_with(bytes, &Settings::default());
}

fn check_with(bytes: &[u8], settings: &Settings) {
    for f in formats() {
        let r = read_bytes(f, "prop", bytes, settings);
        assert_eq!(
            r.read as usize,
            r.partials.len() + r.mails.len() + r.rejects.len() + r.ignored as usize,
            "{f:?}"
        );
    }
}

/// What a JSONL read found, in a comparable form.
fn summary(r: &FileRead) -> (u64, Vec<String>, Vec<String>) {
    (
        r.read,
        r.partials
            .iter()
            .map(|p| {
                format!(
                    "{}:{}:{}",
                    p.message.source_line, p.message.message_id, p.message.text
                )
            })
            .collect(),
        r.rejects.iter().map(|e| e.to_string()).collect(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// Streaming JSONL in chunks (parsed in parallel pieces) finds exactly what reading
    /// the whole file finds, with the same line numbers, wherever the chunks are cut;
    /// every byte is seen once for the file's hash.
    ///
    /// With a small message limit, lines over it (long text, runs of NUL bytes, blanks)
    /// are skipped by the stream as they go past, and still reported exactly as the
    /// whole-file reader reports them.
    #[test]
    fn streamed_jsonl_equals_whole_file(
        lines in proptest::collection::vec(prop_oneof![
            Just(r#"{"conversation_id":"c1","timestamp":"2026-03-02T10:00:00+09:00","role":"customer","text":"ログインできません"}"#.as_bytes().to_vec()),
            Just(r#"{"conversation_id":"c1","timestamp":"2026-03-02T10:01:00+09:00","role":"agent","text":"確認いたします"}"#.as_bytes().to_vec()),
            Just(b"{\"truncated".to_vec()),
            Just(b"".to_vec()),
            Just(b"\r".to_vec()),
            "\\PC{0,20}".prop_map(String::into_bytes),
            (0usize..300).prop_map(|n| vec![0u8; n]),
            (0usize..300).prop_map(|n| vec![b' '; n]),
            (0usize..300, any::<bool>()).prop_map(|(n, cr)| {
                let mut v = vec![b'x'; n];
                if cr { v.push(b'\r'); }
                v
            }),
        ], 0..12),
        bom in any::<bool>(),
        chunk in 1usize..64,
        piece in 1usize..32,
        max in prop_oneof![Just(1usize << 20), 1usize..80],
    ) {
        let mut bytes = if bom { b"\xef\xbb\xbf".to_vec() } else { Vec::new() };
        bytes.extend(lines.join(&b'\n'));
        let settings = Settings { max_message_bytes: max, ..Settings::default() };
        let whole = read_jsonl("p.jsonl", &bytes, &settings);
        let mut seen = Vec::new();
        let streamed = read_jsonl_stream_sized(
            "p.jsonl", &bytes[..], &settings, &mut |b| seen.extend_from_slice(b), chunk, piece,
        );
        prop_assert_eq!(summary(&whole), summary(&streamed));
        prop_assert_eq!(seen, bytes);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        check(&bytes);
        // As the start of a zip (a Slack export) too.
        check(&[b"PK\x03\x04".as_slice(), &bytes].concat());
    }

    /// Every reader, with a small message limit, on long lines and runs of NUL bytes
    /// between valid-looking records: no panic, and counts reconcile.
    #[test]
    fn long_lines_and_nul_bytes_never_panic(
        parts in proptest::collection::vec(prop_oneof![
            (0usize..4000).prop_map(|n| vec![0u8; n]),
            (0usize..4000).prop_map(|n| vec![b'a'; n]),
            Just(b"\n".to_vec()),
            Just(b"From x Mon Mar  2 10:00:00 2026\nDate: Mon, 2 Mar 2026 10:00:00 +0900\n\n".to_vec()),
            Just(b"conversation_id,timestamp,role,text\n".to_vec()),
            Just(br#"{"conversation_id":"c","timestamp":"2026-03-02T10:00:00+09:00","role":"agent","text":"#.to_vec()),
            proptest::collection::vec(any::<u8>(), 0..64),
        ], 0..8),
        max in 1usize..2000,
    ) {
        let settings = Settings { max_message_bytes: max, ..Settings::default() };
        check_with(&parts.concat(), &settings);
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

/// Platform-shaped JSON: each platform's keys with arbitrary values, nested arbitrarily.
fn platform_json() -> impl Strategy<Value = serde_json::Value> {
    let keys = prop_oneof![
        Just("id"),
        Just("type"),
        Just("ts"),
        Just("text"),
        Just("body"),
        Just("created_at"),
        Just("comments"),
        Just("audits"),
        Just("events"),
        Just("ticket"),
        Just("public"),
        Just("author_id"),
        Just("plain_body"),
        Just("html_body"),
        Just("requester_id"),
        Just("via"),
        Just("conversation_parts"),
        Just("conversation_message"),
        Just("source"),
        Just("part_type"),
        Just("author"),
        Just("description_text"),
        Just("conversations"),
        Just("incoming"),
        Just("private"),
        Just("body_text"),
        Just("ticket_id"),
        Just("_embedded"),
        Just("threads"),
        Just("createdAt"),
        Just("createdBy"),
        Just("message_type"),
        Just("content"),
        Just("conversation_id"),
        Just("sender_type"),
        Just("thread_ts"),
        Just("subtype"),
        Just("user"),
        Just("messageType"),
        Just("MessageType"),
        Just("replyToId"),
        Just("chatId"),
        Just("createdDateTime"),
        Just("from"),
        Just("contentType"),
        Just("payload"),
    ];
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        (0i64..2_000_000_000).prop_map(serde_json::Value::from),
        prop_oneof![
            Just("message".to_string()),
            Just("comment".to_string()),
            Just("note".to_string()),
            Just("incoming".to_string()),
            Just("2026-03-02T01:00:00Z".to_string()),
            Just("1772413200.000100".to_string()),
            Just("<p>x<br>y</p>".to_string()),
            Just("html".to_string()),
            Just("user".to_string()),
            Just("admin".to_string()),
            Just("customer".to_string()),
            "\\PC{0,12}",
        ]
        .prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 40, 5, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            proptest::collection::vec((keys.clone(), inner), 0..6).prop_map(|kv| {
                serde_json::Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// Platform readers on JSON with their own keys and any values: no panic, counts reconcile.
    #[test]
    fn platform_shaped_json_never_panics(v in platform_json(), cut in 0usize..400) {
        let text = v.to_string();
        check(text.as_bytes());
        check(&text.as_bytes()[..cut.min(text.len())]);
    }

    /// LINE histories with arbitrary lines after a valid header.
    #[test]
    fn line_histories_never_panic(lines in proptest::collection::vec(prop_oneof![
        Just("2026/03/02(月)".to_string()),
        Just("Mon, 03/02/2026".to_string()),
        Just("10:00\t山田\tこんにちは".to_string()),
        Just("午後1:05\tサポート\t\"複数行".to_string()),
        Just("続き\"".to_string()),
        Just("\"".to_string()),
        Just("".to_string()),
        "[0-9:午前後AMP ]{0,8}\t\\PC{0,6}(\t\\PC{0,6})?",
        "\\PC{0,20}",
    ], 0..12)) {
        let text = format!("[LINE] 山田とのトーク履歴\n{}", lines.join("\n"));
        check(text.as_bytes());
    }
}

/// A JSON value of a few levels, with the strings exports hold (escapes, Japanese).
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e12f64..1e12).prop_map(Value::from),
        "[a-z あ-ん\"\\\\\n\t/]{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(serde_json::Value::Array),
            proptest::collection::vec(("[a-z]{1,3}", inner), 0..3)
                .prop_map(|kv| serde_json::Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    /// A JSONL line read without building a `Value` answers every lookup as the
    /// `serde_json` map of the same line, repeated keys (the last wins) included.
    #[test]
    fn lite_record_answers_as_serde_json_map(
        fields in proptest::collection::vec(
            (prop_oneof![Just("text".to_string()), Just("Text".to_string()), Just("作成日".to_string()), "[a-z\"\\\\]{0,3}"], json_value()),
            0..8,
        ),
    ) {
        use otai::ingest::lite::Line;
        use otai::ingest::record::Record;
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{}:{}", serde_json::Value::from(k.as_str()), v))
            .collect();
        let line = format!("{{{}}}", body.join(","));
        let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&line).unwrap();
        let Ok(Line::Object(lite)) = serde_json::from_str::<Line>(&line) else {
            panic!("not read as an object: {line}");
        };
        prop_assert_eq!(lite.keys().collect::<Vec<_>>(), map.keys().map(String::as_str).collect::<Vec<_>>());
        for (k, _) in &fields {
            prop_assert_eq!(lite.get(k).map(|v| v.to_string()), map.get(k).map(|v| v.to_string()));
        }
    }
}
