//! Inputs nobody designed for otai: formula-like text that Excel would run, files with no
//! newline or gigabytes of zeros, mailboxes and JSON too large to hold, an output folder
//! inside the input, timestamps from year 1 or 9999. Each case is handled on purpose:
//! a safe cell, a reject named by file and line, memory that does not follow the file.

use std::path::Path;
use std::process::Command;

use crate::support::{analyze, analyze_into, ensure_dictionary, repo, strs};

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// A sparse file of `len` zero bytes: no disk used, no newline anywhere.
fn sparse(path: &Path, len: u64) {
    std::fs::File::create(path).unwrap().set_len(len).unwrap();
}

/// Whether Excel would run this CSV cell as a formula. Written here independently of
/// otai's own check: first character `=`, `+`, `-`, `@`, TAB or CR, unless the whole
/// cell is a plain decimal number.
fn excel_runs(cell: &str) -> bool {
    let number = {
        let t = cell.trim_start_matches(['+', '-']);
        let (mantissa, exp) = t.split_once(['e', 'E']).unwrap_or((t, "0"));
        let exp = exp.trim_start_matches(['+', '-']);
        cell.len() - t.len() <= 1
            && !mantissa.is_empty()
            && mantissa.chars().filter(|&c| c == '.').count() <= 1
            && mantissa.chars().any(|c| c.is_ascii_digit())
            && mantissa.chars().all(|c| c.is_ascii_digit() || c == '.')
            && !exp.is_empty()
            && exp.chars().all(|c| c.is_ascii_digit())
    };
    match cell.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !number,
        _ => false,
    }
}

/// Every cell of a CSV file (BOM dropped), with its row and column name.
fn cells(path: &Path) -> Vec<(usize, String, String)> {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes);
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        for (h, v) in headers.iter().zip(row.unwrap().iter()) {
            out.push((i + 1, h.clone(), v.to_string()));
        }
    }
    out
}

const HYPERLINK: &str = r#"=HYPERLINK("http://evil.example/x","click")"#;
const SUM: &str = "@SUM(1+1)*cmd|' /C calc'!A0";
const CMD: &str = "=cmd|' /C calc'!A0 ログインできません。何度やってもだめです。";

fn hostile_export(dir: &Path) {
    let line = |id: &str, ts: &str, role: &str, author: &str, name: &str, text: &str| {
        serde_json::json!({
            "conversation_id": HYPERLINK, "message_id": id, "timestamp": ts, "role": role,
            "author_id": author, "author_name": name, "text": text,
        })
        .to_string()
    };
    let lines = [
        line(
            "m1",
            "2026-03-02T10:00:00+09:00",
            "customer",
            "+81 90-1234-5678",
            "-山田",
            CMD,
        ),
        line(
            "m2",
            "2026-03-02T10:01:00+09:00",
            "agent",
            SUM,
            "\tTAB",
            "ログインできない状態なのですね。\n- ご不便をおかけして申し訳ございません。\n- 通常1営業日ほどで復旧いたします。",
        ),
        line(
            "m3",
            "2026-03-02T10:05:00+09:00",
            "customer",
            "+81 90-1234-5678",
            "-山田",
            "ありがとうございました。助かりました。",
        ),
        line(
            "m4",
            "2026-03-02T10:06:00+09:00",
            "agent",
            SUM,
            "\tTAB",
            "ご協力いただきありがとうございました。",
        ),
        // A reject whose record id and file name Excel would run.
        line("@bad", "not a time", "customer", "-1", "x", "x"),
    ];
    write(dir, "=chat.jsonl", lines.join("\n").as_bytes());
}

/// OWASP CSV injection: every cell of every CSV otai writes is safe to open in Excel,
/// checked cell by cell; numbers stay numbers; Parquet keeps the raw value.
#[test]
fn csv_cells_never_run_as_formulas_in_excel() {
    let tmp = tempfile::tempdir().unwrap();
    hostile_export(tmp.path());
    let r = analyze(&[tmp.path()], &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let mut checked = 0;
    let mut guarded = Vec::new();
    for name in [
        "conversations.csv",
        "evidence.csv",
        "agents.csv",
        "rejects.csv",
    ] {
        for (row, col, cell) in cells(&r.out.join(name)) {
            assert!(
                !excel_runs(&cell),
                "{name} row {row} column {col}: {cell:?}"
            );
            if cell.starts_with('\'') {
                guarded.push((name, col, cell));
            }
            checked += 1;
        }
    }
    assert!(checked > 50, "only {checked} cells");
    let has = |file: &str, column: &str, value: &str| {
        guarded
            .iter()
            .any(|(f, c, v)| *f == file && c == column && v == value)
    };
    let quoted = |s: &str| format!("'{s}");
    assert!(
        has("conversations.csv", "conversation_id", &quoted(HYPERLINK)),
        "{guarded:#?}"
    );
    assert!(
        has("conversations.csv", "primary_agent_id", &quoted(SUM)),
        "{guarded:#?}"
    );
    assert!(has("agents.csv", "agent_id", &quoted(SUM)), "{guarded:#?}");
    assert!(
        has("evidence.csv", "conversation_id", &quoted(HYPERLINK)),
        "{guarded:#?}"
    );
    assert!(
        has("evidence.csv", "agent_id", &quoted(SUM)),
        "{guarded:#?}"
    );
    assert!(
        guarded
            .iter()
            .any(|(f, c, v)| *f == "evidence.csv" && c == "excerpt" && v.starts_with("'- ")),
        "a bulleted agent sentence is an excerpt that starts with '-': {guarded:#?}"
    );
    assert!(has("rejects.csv", "record_id", "'@bad"), "{guarded:#?}");

    // Parquet keeps the raw values.
    let conv = r.frame("conversations.parquet");
    assert_eq!(strs(&conv, "conversation_id"), [HYPERLINK]);
    let msgs = r.frame("messages.parquet");
    assert!(strs(&msgs, "author_id").contains(&SUM.to_string()));
    assert!(strs(&msgs, "text").contains(&CMD.to_string()));

    // otai query --format csv is neutralised too; numbers stay numbers.
    let out = crate::support::otai_ok([
        "query",
        "SELECT conversation_id, author_id, -5 AS minus, '+81' AS plus FROM messages ORDER BY message_id",
        "--data",
        r.out.to_str().unwrap(),
        "--format",
        "csv",
    ]);
    let text = String::from_utf8(out.stdout).unwrap();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "q.csv", text.as_bytes());
    let rows = cells(&dir.path().join("q.csv"));
    for (row, col, cell) in &rows {
        assert!(!excel_runs(cell), "query row {row} column {col}: {cell:?}");
    }
    let column = |name: &str| -> Vec<&str> {
        rows.iter()
            .filter(|(_, c, _)| c == name)
            .map(|(_, _, v)| v.as_str())
            .collect()
    };
    assert!(
        column("conversation_id")
            .iter()
            .all(|v| *v == quoted(HYPERLINK))
    );
    assert!(column("author_id").contains(&"'+81 90-1234-5678"));
    assert!(column("minus").iter().all(|v| *v == "-5"));
    assert!(column("plus").iter().all(|v| *v == "+81"));
}

/// otai's own check agrees with the independent one on every interesting first byte.
#[test]
fn excel_checks_agree() {
    for cell in [
        "=1", "+1", "-1", "@a", "\tx", "\rx", "-", "+", "-1.5", "+1e5", "-.5", "1-2", "-1-2",
        "+81 3", "--1", "-1e", "-e5", "a=1", "", "'=1", "-1.2.3", "+.", "-inf", "-NaN",
    ] {
        assert_eq!(
            otai::output::excel_would_run(cell),
            excel_runs(cell),
            "{cell:?}"
        );
    }
}

/// Peak RSS of one `otai analyze` run, from its own OTAI_TIMINGS report (VmHWM).
fn peak_mib(input: &Path, out: &Path) -> (i32, u64, String) {
    ensure_dictionary();
    let o = Command::new(env!("CARGO_BIN_EXE_otai"))
        .current_dir(repo())
        .env("OTAI_TIMINGS", "1")
        .args(["analyze", "--quiet", "--no-report", "--out"])
        .arg(out)
        .arg(input)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    let peak = stderr
        .lines()
        .filter_map(|l| l.split("peak").nth(1))
        .filter_map(|p| p.split_whitespace().next()?.parse::<u64>().ok())
        .max()
        .unwrap_or_else(|| panic!("no peak in: {stderr}"));
    (o.status.code().unwrap_or(-1), peak, stderr)
}

/// A multi-GB JSONL file without a single newline (a binary archive named `.jsonl`) is
/// rejected as it streams past: one reject naming line 1, its offset and length, and
/// memory no more than 100 MB above an empty run's. The same for mbox, and for the
/// formats read whole (JSON, .eml), which are refused unread past their limits.
#[test]
fn huge_files_without_newlines_are_rejected_with_bounded_memory() {
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().join("base");
    std::fs::create_dir(&base).unwrap();
    write(
        &base,
        "ok.jsonl",
        br#"{"conversation_id":"c","timestamp":"2026-03-02T10:00:00+09:00","role":"customer","text":"x"}"#,
    );
    let (_, base_peak, _) = peak_mib(&base, &tmp.path().join("o0"));

    let cases: [(&str, u64, &str); 4] = [
        (
            "zeros.jsonl",
            (2 << 30) + 7,
            "skipped without being read whole",
        ),
        ("zeros.mbox", 1 << 30, "no \"From \" separator"),
        ("export.json", 300 << 20, "jq -c"),
        ("big.eml", 100 << 20, "attachments included"),
    ];
    for (name, len, reason) in cases {
        let dir = tmp.path().join(name.replace('.', "_"));
        std::fs::create_dir(&dir).unwrap();
        sparse(&dir.join(name), len);
        let started = std::time::Instant::now();
        let (code, peak, stderr) = peak_mib(&dir, &tmp.path().join(format!("o-{name}")));
        let r = crate::support::Run::at(&tmp.path().join(format!("o-{name}")));
        assert_eq!(code, 1, "{name}: {stderr}");
        let rejects = r.rejects();
        assert_eq!(rejects.len(), 1, "{name}: {rejects:?}");
        assert!(rejects[0].3.contains(reason), "{name}: {}", rejects[0].3);
        assert!(rejects[0].1 <= 1, "{name}: line {}", rejects[0].1);
        let run = r.json("run.json");
        assert_eq!(run["inputs"][0]["size"].as_u64(), Some(len), "{name}");
        assert!(
            peak <= base_peak + 100,
            "{name}: peak {peak} MiB, an empty run {base_peak} MiB"
        );
        eprintln!(
            "{name}: {len} bytes rejected in {:.1} s, peak {peak} MiB (empty run {base_peak} MiB)",
            started.elapsed().as_secs_f64()
        );
    }
    let zeros = crate::support::Run::at(&tmp.path().join("o-zeros.jsonl")).rejects();
    assert!(
        zeros[0]
            .3
            .starts_with(&format!("line is {} bytes (from byte 0)", (2u64 << 30) + 7)),
        "{}",
        zeros[0].3
    );
}

/// Lines over the limit between good ones: only they are rejected, each with its own
/// line number, byte offset and length; the lines after them are read.
#[test]
fn an_overlong_line_is_skipped_and_the_rest_is_read() {
    let tmp = tempfile::tempdir().unwrap();
    let good = |id: &str| {
        format!(
            r#"{{"conversation_id":"c","message_id":"{id}","timestamp":"2026-03-02T10:00:00+09:00","role":"customer","text":"ok"}}"#
        )
    };
    let long = "x".repeat(300);
    let data = format!("{}\n{long}\r\n{}\n\n{long}", good("a"), good("b"));
    write(tmp.path(), "c.jsonl", data.as_bytes());
    write(
        tmp.path(),
        "otai.toml",
        b"[input]\nmax_message_bytes = 100\n",
    );
    let r = analyze(&[tmp.path()], &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let rejects: Vec<(u64, String)> = r
        .rejects()
        .into_iter()
        .map(|(_, l, _, why)| (l, why))
        .collect();
    let first = good("a").len() as u64 + 1;
    let second = first + 302 + good("b").len() as u64 + 2;
    assert_eq!(rejects.len(), 2, "{rejects:?}");
    assert_eq!(rejects[0].0, 2);
    assert!(
        rejects[0]
            .1
            .starts_with(&format!("line is 300 bytes (from byte {first})")),
        "{}",
        rejects[0].1
    );
    assert_eq!(rejects[1].0, 5);
    assert!(
        rejects[1]
            .1
            .starts_with(&format!("line is 300 bytes (from byte {second})")),
        "{}",
        rejects[1].1
    );
    assert_eq!(r.json("run.json")["totals"]["accepted"], 2);
}

/// `otai analyze exports --out exports/out`, twice: the second run reads exactly what the
/// first did (the output folder, and any other folder of otai results, is skipped and
/// listed with the reason), and writes identical files.
#[test]
fn the_output_folder_is_never_read_back() {
    let tmp = tempfile::tempdir().unwrap();
    let exports = tmp.path().join("exports");
    std::fs::create_dir(&exports).unwrap();
    write(
        &exports,
        "chat.jsonl",
        &std::fs::read(repo().join("tests/eval/messages.jsonl")).unwrap(),
    );
    let out = exports.join("out");
    let first = analyze_into(&[&exports], &out, &[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let files = |dir: &Path| -> Vec<(String, Vec<u8>)> {
        let mut v: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
            .sort_by_file_name()
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let name = e.path().strip_prefix(dir).unwrap().display().to_string();
                let bytes = std::fs::read(e.path()).unwrap();
                (name, bytes)
            })
            .collect();
        v.sort();
        v
    };
    let without_times = |run: serde_json::Value| {
        let mut run = run;
        run["started_at"] = serde_json::Value::Null;
        run["finished_at"] = serde_json::Value::Null;
        run
    };
    let before = files(&out);
    let run1 = without_times(first.json("run.json"));
    // An earlier run's results copied elsewhere inside the input are skipped too.
    let copy = exports.join("last-week");
    std::fs::create_dir(&copy).unwrap();
    for (name, bytes) in &before {
        if !name.contains('/') {
            std::fs::write(copy.join(name), bytes).unwrap();
        }
    }
    let second = analyze_into(&[&exports], &out, &[]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let run2 = without_times(second.json("run.json"));
    let skipped = |run: &serde_json::Value| run["skipped"].clone();
    let out_entry = serde_json::json!({
        "path": out.display().to_string(),
        "reason": "the output folder of this run (--out): its results are not input",
    });
    assert!(
        skipped(&run1).as_array().unwrap().contains(&out_entry),
        "{}",
        run1
    );
    assert!(
        skipped(&run2).as_array().unwrap().contains(&out_entry),
        "{}",
        run2
    );
    assert!(
        skipped(&run2)
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["path"] == copy.display().to_string()
                && s["reason"].as_str().unwrap().contains("run.json")),
        "{run2}"
    );
    assert_eq!(run1["inputs"], run2["inputs"]);
    assert_eq!(run1["totals"], run2["totals"]);
    let after = files(&out);
    assert_eq!(before.len(), after.len());
    for ((n1, b1), (n2, b2)) in before.iter().zip(&after) {
        assert_eq!(n1, n2);
        if n1 != "run.json" {
            assert!(b1 == b2, "{n1} differs between the two runs");
        }
    }

    // The input folder itself as the output folder is refused with the fix.
    let r = analyze_into(&[&exports], &exports, &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("also the output folder"), "{}", r.stderr);
}

/// Year 1, year 9999 and the Unix epoch are data errors with the window in the reason;
/// a leap second is the last moment of its minute; `[input] time_window` moves the window.
#[test]
fn implausible_timestamps_are_rejects_and_a_leap_second_is_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let rec = |id: &str, ts: &str| {
        format!(
            r#"{{"conversation_id":"c","message_id":"{id}","timestamp":"{ts}","role":"customer","text":"こんにちは"}}"#
        )
    };
    let lines = [
        rec("year1", "0001-01-01T00:00:00Z"),
        rec("year9999", "9999-12-31T23:59:59Z"),
        rec("epoch", "1970-01-01T00:00:00Z"),
        rec("leap", "2016-12-31T23:59:60Z"),
        rec("ok", "2026-03-02T10:00:00+09:00"),
    ];
    write(tmp.path(), "t.jsonl", lines.join("\n").as_bytes());
    let r = analyze(&[tmp.path()], &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let rejects = r.rejects();
    let lines_rejected: Vec<u64> = rejects.iter().map(|x| x.1).collect();
    assert_eq!(lines_rejected, [1, 2, 3], "{rejects:?}");
    for (_, _, _, why) in &rejects {
        assert!(
            why.contains("outside the plausible window (1990-01-01 to two days from now)"),
            "{why}"
        );
        assert!(why.contains("time_window"), "{why}");
    }
    let msgs = r.frame("messages.parquet");
    let ids = strs(&msgs, "message_id");
    let times = strs(&msgs, "timestamp");
    let leap = ids.iter().position(|i| i == "leap").unwrap();
    assert!(
        times[leap].starts_with("2016-12-31 23:59:59.999"),
        "{}",
        times[leap]
    );

    write(
        tmp.path(),
        "otai.toml",
        b"[input]\ntime_window = { from = \"2026-03-03\", to = \"2026-12-31\" }\n",
    );
    let r = analyze(&[tmp.path()], &[]);
    let ok = r
        .rejects()
        .into_iter()
        .find(|x| x.1 == 5)
        .expect("line 5 rejected");
    assert!(ok.3.contains("(2026-03-03 to 2026-12-31)"), "{}", ok.3);
    write(
        tmp.path(),
        "otai.toml",
        b"[input]\ntime_window = { from = \"soon\" }\n",
    );
    let r = analyze(&[tmp.path()], &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("time_window.from"), "{}", r.stderr);
}

/// A date alone as `time_window.to` is the whole of that day in the zone, also on a day
/// of 25 hours (New York, 2026-11-01, when daylight saving time ends).
#[test]
fn time_window_end_date_covers_a_long_dst_day() {
    let tmp = tempfile::tempdir().unwrap();
    let line = |id: &str, ts: &str| {
        format!(
            r#"{{"conversation_id": "c", "message_id": "{id}", "timestamp": "{ts}", "role": "customer", "text": "hello"}}"#
        )
    };
    let lines = [
        line("late", "2026-11-01T23:30:00-05:00"),
        line("next", "2026-11-02T00:10:00-05:00"),
    ];
    write(tmp.path(), "chat.jsonl", lines.join("\n").as_bytes());
    write(
        tmp.path(),
        "otai.toml",
        b"tz = \"America/New_York\"\n[input]\ntime_window = { from = \"2026-01-01\", to = \"2026-11-01\" }\n",
    );
    let r = analyze(&[tmp.path()], &[]);
    let rejected: Vec<u64> = r.rejects().into_iter().map(|x| x.1).collect();
    assert_eq!(
        rejected,
        [2],
        "23:30 on the 25-hour day is inside; the next day is not"
    );
}
