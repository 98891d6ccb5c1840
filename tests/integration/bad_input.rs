//! Bad input never panics and never silently disappears: each case is a reject with
//! file, line and reason (exit 1), or a fatal error naming the file and the fix (exit 2).

use std::path::Path;

use crate::support::analyze;

const GOOD: &str = r#"{"conversation_id": "c1", "message_id": "m1", "timestamp": "2026-03-02T10:00:00+09:00", "role": "customer", "text": "ログインできません"}"#;

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// Runs analyze over a folder and checks read = accepted + rejected + ignored + duplicates per file
/// and overall.
fn run_folder(dir: &Path) -> crate::support::Run {
    let r = analyze(&[dir], &[]);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let run = r.json("run.json");
    let n = |v: &serde_json::Value, k: &str| v[k].as_u64().unwrap();
    for f in run["inputs"].as_array().unwrap() {
        assert_eq!(
            n(f, "read"),
            n(f, "accepted") + n(f, "rejected") + n(f, "ignored") + n(f, "duplicates"),
            "{f}"
        );
    }
    let t = &run["totals"];
    assert_eq!(
        n(t, "read"),
        n(t, "accepted") + n(t, "rejected") + n(t, "ignored") + n(t, "duplicates")
    );
    assert_eq!(t["rejected"].as_u64().unwrap() as usize, r.rejects().len());
    r
}

fn reason_for(r: &crate::support::Run, file: &str) -> Vec<(u64, String)> {
    r.rejects()
        .into_iter()
        .filter(|(f, ..)| f.ends_with(file))
        .map(|(_, l, _, reason)| (l, reason))
        .collect()
}

#[test]
fn each_bad_record_is_a_reject_with_a_reason() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let lines = [
        GOOD.to_string(),
        GOOD[..60].to_string(),
        GOOD.replace("2026-03-02T10:00:00+09:00", "not a time")
            .replace("m1", "m2"),
        GOOD.replace("customer", "wizard").replace("m1", "m3"),
        GOOD.replace(r#""conversation_id": "c1", "#, "")
            .replace("m1", "m4"),
        "[1, 2, 3]".to_string(),
    ];
    write(d, "chat.jsonl", lines.join("\n").as_bytes());
    write(d, "garbage.bin", &[0u8, 159, 146, 150, 0, 255, 1, 2, 3]);
    write(
        d,
        "garbage.jsonl",
        b"\x00\xff\xfe garbage \x9f\x92\n\xc3\x28",
    );
    write(d, "empty.jsonl", b"");
    let huge = GOOD
        .replace("ログインできません", &"あ".repeat(50 * 1024 * 1024 / 3 + 1))
        .replace("m1", "big");
    write(d, "huge.jsonl", huge.as_bytes());
    std::os::unix::fs::symlink(d.join("does-not-exist.jsonl"), d.join("unreadable.jsonl")).unwrap();

    let r = run_folder(d);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let chat = reason_for(&r, "chat.jsonl");
    assert_eq!(
        chat.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
        vec![2, 3, 4, 5, 6]
    );
    assert!(
        chat[0].1.contains("invalid JSON") && chat[0].1.contains("truncated"),
        "{}",
        chat[0].1
    );
    assert!(
        chat[1].1.contains("invalid timestamp \"not a time\""),
        "{}",
        chat[1].1
    );
    assert!(
        chat[2].1.contains("unknown role \"wizard\"") && chat[2].1.contains("[input.roles]"),
        "{}",
        chat[2].1
    );
    assert!(chat[3].1.contains("no conversation id"), "{}", chat[3].1);
    assert!(chat[4].1.contains("not an object"), "{}", chat[4].1);
    assert!(reason_for(&r, "garbage.bin")[0].1.contains("binary data"));
    let garbage = reason_for(&r, "garbage.jsonl");
    assert_eq!(garbage.len(), 2);
    assert!(
        garbage
            .iter()
            .all(|(_, reason)| reason.contains("UTF-8") || reason.contains("JSON")),
        "{garbage:?}"
    );
    assert_eq!(
        reason_for(&r, "empty.jsonl"),
        vec![(0, "the file is empty".to_string())]
    );
    let huge = reason_for(&r, "huge.jsonl");
    assert_eq!(huge.len(), 1);
    assert!(huge[0].1.contains("max_message_bytes"), "{}", huge[0].1);
    assert!(
        reason_for(&r, "unreadable.jsonl")[0]
            .1
            .contains("cannot read the file")
    );
    assert_eq!(r.frame("messages.parquet").height(), 1);
}

#[test]
fn a_missing_input_is_fatal_and_names_it() {
    let r = analyze(&[Path::new("no/such/export.jsonl")], &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no/such/export.jsonl"), "{}", r.stderr);
}

#[test]
fn a_bad_config_is_fatal_and_says_what_is_wrong() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "chat.jsonl", GOOD.as_bytes());
    write(tmp.path(), "otai.toml", b"tz = \"Mars/Olympus\"\n");
    let r = analyze(&[tmp.path()], &[]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("otai.toml") && r.stderr.contains("unknown time zone"),
        "{}",
        r.stderr
    );
    write(tmp.path(), "otai.toml", b"[input]\ncolumnz = {}\n");
    let r = analyze(&[tmp.path()], &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown field"), "{}", r.stderr);
}

#[test]
fn a_missing_dictionary_says_what_to_install() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "chat.jsonl", GOOD.as_bytes());
    let r = analyze(
        &[tmp.path()],
        &["--dict", tmp.path().join("nothing-here").to_str().unwrap()],
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("not a lindera dictionary"),
        "{}",
        r.stderr
    );
    let msg = otai::text::dict::DictError::NotFound.to_string();
    assert!(msg.contains("apt-get install mecab-ipadic"), "{msg}");
}

#[test]
fn clean_input_exits_zero() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "chat.jsonl", GOOD.as_bytes());
    let r = run_folder(tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.rejects().is_empty());
}

/// Rows keep their line numbers whatever ends the lines: blank lines (skipped by the
/// parser), CRLF, and lone CR (Excel's "CSV (Macintosh)"), also when a CR is the last
/// byte of a read (64 KiB) and its line's end is only known from the next read.
#[test]
fn csv_rows_keep_their_lines_across_blank_lines_and_line_endings() {
    let tmp = tempfile::tempdir().unwrap();
    let header = "conversation_id,timestamp,role,text";
    let good = "c1,2026-03-02T10:00:00+09:00,customer,hello";
    // (file, line ending, blank lines after the first row, bad-row lines expected)
    let write_case = |name: &str, eol: &str| -> Vec<u64> {
        let mut text = format!("{header}{eol}{good}{eol}{eol}c1,bad-a,agent,hi{eol}{eol}{eol}");
        let mut lines = 6u64;
        let mut expected = vec![4];
        text.push_str(&format!("c1,bad-b,agent,\"x{eol}y\"{eol}"));
        expected.push(lines + 1);
        lines += 2;
        // Pad with good rows until a line ending falls on the last byte of the first read.
        while text.len() + good.len() + eol.len() < 65_536 - 80 {
            text.push_str(good);
            text.push_str(eol);
            lines += 1;
        }
        let pad = 65_536 - text.len() - eol.len();
        let filler = format!(
            "c1,2026-03-02T10:00:00+09:00,customer,{}",
            "z".repeat(pad - 38)
        );
        assert_eq!(filler.len(), pad);
        text.push_str(&filler);
        text.push_str(eol);
        lines += 1;
        assert_eq!(text.len(), 65_536);
        text.push_str(&format!("{eol}c1,bad-c,agent,after the boundary{eol}"));
        expected.push(lines + 2);
        write(tmp.path(), name, text.as_bytes());
        expected
    };
    let cases = [
        ("lf.csv", write_case("lf.csv", "\n")),
        ("crlf.csv", write_case("crlf.csv", "\r\n")),
        ("cr.csv", write_case("cr.csv", "\r")),
    ];
    let r = run_folder(tmp.path());
    for (name, expected) in cases {
        let got: Vec<u64> = reason_for(&r, &format!("/{name}"))
            .into_iter()
            .map(|(l, _)| l)
            .collect();
        assert_eq!(got, expected, "{name}");
    }
}

/// A week's export and the next overlap (a ticket still open is exported again with its
/// new replies): analysed together they give exit 0, the repeated messages counted as
/// duplicates of the later file (not rejects), and every table the same bytes as analysing
/// their union without repeats. The same id with other content stays a reject that names
/// where the kept message is.
#[test]
fn overlapping_weekly_exports_count_duplicates_not_rejects() {
    let line = |conv: &str, i: u32, role: &str, text: &str| {
        let ts = chrono::DateTime::from_timestamp(1_772_600_000 + i as i64 * 90, 0).unwrap();
        serde_json::json!({
            "conversation_id": conv, "message_id": format!("{conv}-m{i}"),
            "timestamp": ts.to_rfc3339(), "role": role,
            "author_id": if role == "agent" { "agt-1" } else { "cus-1" },
            "channel": "chat", "text": text,
        })
        .to_string()
            + "\n"
    };
    let a: String = [
        line("A", 1, "customer", "ログインできません。困っています。"),
        line(
            "A",
            2,
            "agent",
            "ご不便をおかけしております。右上の歯車を押していただけますか。",
        ),
        line("A", 3, "customer", "できました!ありがとうございました。"),
        line(
            "A",
            4,
            "agent",
            "よかったです。ご協力ありがとうございました。",
        ),
    ]
    .concat();
    let b_old: String = [
        line("B", 1, "customer", "請求書の宛名を変えたいです。"),
        line(
            "B",
            2,
            "agent",
            "請求書の宛名を変更したいとのことですね。確認いたします。",
        ),
        line("B", 3, "customer", "よろしくお願いします。"),
    ]
    .concat();
    let b_new: String = [
        line(
            "B",
            4,
            "agent",
            "変更いたしました。本日中に再発行いたします。",
        ),
        line("B", 5, "customer", "ありがとうございました。"),
    ]
    .concat();
    let c: String = [
        line("C", 1, "customer", "アプリが同期しません。"),
        line("C", 2, "agent", "「設定」→「同期」をオンにしてください。"),
    ]
    .concat();
    let tmp = tempfile::tempdir().unwrap();
    let weeks = tmp.path().join("weeks");
    let union = tmp.path().join("union");
    std::fs::create_dir_all(&weeks).unwrap();
    std::fs::create_dir_all(&union).unwrap();
    std::fs::write(weeks.join("w10.jsonl"), format!("{a}{b_old}")).unwrap();
    std::fs::write(weeks.join("w11.jsonl"), format!("{b_old}{b_new}{c}")).unwrap();
    std::fs::write(union.join("all.jsonl"), format!("{a}{b_old}{b_new}{c}")).unwrap();
    let both = run_folder(&weeks);
    let one = run_folder(&union);
    assert_eq!(both.code, 0, "{}", both.stderr);
    assert!(both.rejects().is_empty(), "{:?}", both.rejects());
    let run = both.json("run.json");
    assert_eq!(run["totals"]["duplicates"].as_u64(), Some(3));
    let w11 = run["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("w11.jsonl"))
        .unwrap();
    assert_eq!(
        (w11["read"].as_u64(), w11["duplicates"].as_u64()),
        (Some(7), Some(3))
    );
    for table in ["conversations.csv", "evidence.csv", "agents.csv"] {
        assert_eq!(
            std::fs::read(both.out.join(table)).unwrap(),
            std::fs::read(one.out.join(table)).unwrap(),
            "{table}"
        );
    }
    // The same id with other content: a reject naming where the kept one is.
    let changed = b_old.replace("よろしくお願いします。", "やっぱり急ぎでお願いします。");
    std::fs::write(weeks.join("w11.jsonl"), format!("{changed}{b_new}{c}")).unwrap();
    let r = run_folder(&weeks);
    assert_eq!(r.code, 1);
    let rejects = r.rejects();
    assert_eq!(rejects.len(), 1, "{rejects:?}");
    assert!(rejects[0].0.ends_with("w11.jsonl"), "{rejects:?}");
    assert!(
        rejects[0].3.contains("other content") && rejects[0].3.contains("w10.jsonl:7"),
        "{rejects:?}"
    );
    assert_eq!(r.json("run.json")["totals"]["duplicates"].as_u64(), Some(2));
}
