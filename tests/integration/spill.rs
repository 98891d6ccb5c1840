//! Issue #16: messages are sorted into conversations by an external merge sort (sorted
//! runs spilled to a folder inside `--out`). Spilling changes no byte of any output, the
//! spill folder is gone after the run, and the order does not depend on how the
//! messages were spread over files.

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;

use crate::determinism::files;
use crate::support::{Run, analyze_into, analyze_with_env, ensure_dictionary, repo, strs};

/// `otai analyze` with sorted runs of about `spill_bytes` bytes (tiny: many runs).
fn analyze_spilled(inputs: &[&Path], out: &Path, extra: &[&str], spill_bytes: &str) -> Run {
    let run = analyze_with_env(inputs, out, extra, &[("OTAI_SPILL_BYTES", spill_bytes)]);
    assert!(run.code == 0 || run.code == 1, "{}", run.stderr);
    run
}

fn no_spill_folder_left(out: &Path) {
    let left: Vec<String> = std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".otai-spill"))
        .collect();
    assert!(left.is_empty(), "spill folder left behind: {left:?}");
}

#[test]
fn spilling_changes_no_output() {
    let tmp = tempfile::tempdir().unwrap();
    let sample = repo().join("sample_data");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    let held = analyze_into(&[&sample], &a, &[]);
    // A few kilobytes a run: dozens of runs, chat and mail merged.
    let spilled = analyze_spilled(&[&sample], &b, &[], "8000");
    assert_eq!(held.code, spilled.code);
    let (fa, fb) = (files(&a), files(&b));
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (name, bytes) in &fa {
        assert!(bytes == &fb[name], "{name} differs when the sort spills");
    }
    no_spill_folder_left(&b);
}

/// A file that mixes records with a conversation id and records that only name the
/// message they answer: the chains are linked through the messages already spilled.
#[test]
fn reply_chains_link_through_spilled_messages() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let lines = [
        r#"{"conversation_id": "c1", "message_id": "k1", "timestamp": 1772413200, "role": "customer", "text": "ログインできません。"}"#,
        r#"{"message_id": "u1", "in_reply_to": "k1", "timestamp": 1772413260, "role": "agent", "text": "確認いたします。"}"#,
        r#"{"message_id": "u2", "in_reply_to": "u1", "timestamp": 1772413320, "role": "customer", "text": "お願いします。"}"#,
        r#"{"message_id": "v2", "in_reply_to": "v1", "timestamp": 1772413500, "role": "agent", "text": "承知しました。"}"#,
        r#"{"message_id": "v1", "in_reply_to": "v0", "timestamp": 1772413400, "role": "customer", "text": "解約したいです。"}"#,
        r#"{"conversation_id": "c2", "timestamp": 1772413600, "role": "customer", "text": "id なし"}"#,
    ];
    std::fs::write(input.join("mixed.jsonl"), lines.join("\n")).unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    analyze_into(&[&input], &a, &["--no-report"]);
    let spilled = analyze_spilled(&[&input], &b, &["--no-report"], "1");
    let messages = spilled.frame("messages.parquet");
    let got: Vec<(String, String)> = strs(&messages, "conversation_id")
        .into_iter()
        .zip(strs(&messages, "message_id"))
        .collect();
    let want = [
        ("c1", "k1"),
        ("c2", ""),
        ("chain-k1", "u1"),
        ("chain-k1", "u2"),
        ("chain-v1", "v1"),
        ("chain-v1", "v2"),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((c, m), (wc, wm)) in got.iter().zip(want) {
        assert_eq!(c, wc, "{got:?}");
        if wm.is_empty() {
            assert!(m.starts_with("c2#"), "a derived id: {m}");
        } else {
            assert_eq!(m, wm);
        }
    }
    let (fa, fb) = (files(&a), files(&b));
    for (name, bytes) in &fa {
        assert!(bytes == &fb[name], "{name} differs when the sort spills");
    }
}

/// Issue #16: a conversation whose messages are split across three input files, each in
/// reverse time order, is scored exactly as when it comes in one sorted file.
#[test]
fn a_conversation_split_over_three_reversed_files_scores_as_one_sorted_file() {
    let tmp = tempfile::tempdir().unwrap();
    let sample = repo().join("sample_data");
    let settings = std::fs::read(sample.join("otai.toml")).unwrap();
    // The sample chats' well-formed records (the broken ones are rejects, and their
    // lines would differ between the two layouts).
    let text = std::fs::read_to_string(sample.join("chats.jsonl")).unwrap();
    let mut ids = HashSet::new();
    let records: Vec<&str> = text
        .lines()
        .map(|l| l.trim_start_matches('\u{feff}'))
        .filter(|l| {
            serde_json::from_str::<serde_json::Value>(l).is_ok_and(|v| {
                v["message_id"]
                    .as_str()
                    .is_some_and(|id| ids.insert(id.to_string()))
            })
        })
        .collect();
    assert!(records.len() > 200);

    let one = tmp.path().join("one");
    let three = tmp.path().join("three");
    for dir in [&one, &three] {
        std::fs::create_dir_all(dir).unwrap();
        std::fs::write(dir.join("otai.toml"), &settings).unwrap();
    }
    std::fs::write(one.join("chats.jsonl"), records.join("\n")).unwrap();
    // Every conversation's messages go round the three files, each file newest first.
    for (k, name) in ["a.jsonl", "b.jsonl", "c.jsonl"].iter().enumerate() {
        let mut part: Vec<&str> = records.iter().skip(k).step_by(3).copied().collect();
        part.reverse();
        std::fs::write(three.join(name), part.join("\n")).unwrap();
    }

    let (a, b, c) = (
        tmp.path().join("a"),
        tmp.path().join("b"),
        tmp.path().join("c"),
    );
    analyze_into(&[&one], &a, &["--no-report"]);
    analyze_into(&[&three], &b, &["--no-report"]);
    analyze_spilled(&[&three], &c, &["--no-report"], "4000");
    let (fa, fb, fc) = (files(&a), files(&b), files(&c));
    let conversations = String::from_utf8_lossy(&fa["conversations.csv"]);
    assert!(conversations.lines().count() > 30, "{conversations}");
    for name in ["conversations.csv", "evidence.csv", "agents.csv"] {
        assert!(fa[name] == fb[name], "{name}: three reversed files differ");
        assert!(
            fa[name] == fc[name],
            "{name}: three reversed files, spilled, differ"
        );
    }
}

/// A run that fails after spilling (here: a result file cannot be put in place) removes
/// its spill folder too, and leaves no partial result file.
#[test]
fn the_spill_folder_goes_away_when_the_run_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let sample = repo().join("sample_data");
    let out = tmp.path().join("out");
    // A folder where messages.parquet should go: the rename at the end fails.
    std::fs::create_dir_all(out.join("messages.parquet")).unwrap();
    std::fs::write(out.join("messages.parquet").join("keep"), b"x").unwrap();
    ensure_dictionary();
    let output = Command::new(env!("CARGO_BIN_EXE_otai"))
        .current_dir(repo())
        .env("OTAI_SPILL_BYTES", "8000")
        .args(["analyze", "--quiet", "--no-report", "--out"])
        .arg(&out)
        .arg(&sample)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    no_spill_folder_left(&out);
    let hidden: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(hidden.is_empty(), "temporary files left behind: {hidden:?}");
}

/// One file is scored while it is read when its conversations come whole and in order
/// (`Sorter::streaming`). Whatever the file's order, the results are those of sorting it
/// first (`OTAI_NO_STREAMING`): in order; a conversation's messages reversed; two whole
/// conversations swapped after the first were scored; interleaved (time order); and a
/// message of a conversation scored long before, at the very end (the input is read
/// again, sorted). With reports, and with a budget small enough to spill.
#[test]
fn streaming_a_file_changes_no_output_whatever_its_order() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("gen.jsonl");
    crate::support::otai_ok([
        "gen".as_ref(),
        "--conversations".as_ref(),
        "1500".as_ref(),
        "--seed".as_ref(),
        "5".as_ref(),
        "--out".as_ref(),
        corpus.as_os_str(),
    ]);
    let text = std::fs::read_to_string(&corpus).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 5000, "more than the prefix held back");
    let conversation = |l: &str| -> String {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        v["conversation_id"].as_str().unwrap().to_string()
    };
    let mut groups: Vec<Vec<&str>> = Vec::new();
    for l in &lines {
        match groups.last_mut() {
            Some(g) if conversation(g[0]) == conversation(l) => g.push(l),
            _ => groups.push(vec![l]),
        }
    }
    let late = groups.len() * 2 / 3;
    let join = |gs: &[Vec<&str>]| gs.iter().flatten().copied().collect::<Vec<_>>().join("\n");
    let mut reversed = groups.clone();
    reversed[late].reverse();
    let mut swapped = groups.clone();
    swapped.swap(late, late + 1);
    let mut interleaved: Vec<&str> = lines.clone();
    interleaved.sort_by_key(|l| {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        v["timestamp"].to_string()
    });
    let mut again = lines.clone();
    again.push(lines[3]);
    // A reply without a conversation id, answering the first message, at the very end:
    // its chain is linked through every message of the file.
    let first: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    let mut chain = lines.clone();
    let reply = format!(
        r#"{{"message_id": "late-reply", "in_reply_to": {}, "timestamp": 1772413260, "role": "agent", "author_id": "agt-late", "text": "ご連絡ありがとうございます。確認いたします。"}}"#,
        first["message_id"]
    );
    chain.push(&reply);
    let cases = [
        ("in-order", join(&groups)),
        ("reversed", join(&reversed)),
        ("swapped", join(&swapped)),
        ("interleaved", interleaved.join("\n")),
        ("again", again.join("\n")),
        ("chain", chain.join("\n")),
    ];
    for (name, body) in cases {
        let input = tmp.path().join(format!("{name}.jsonl"));
        std::fs::write(&input, body + "\n").unwrap();
        for (extra, spill) in [(&[][..], None), (&["--no-report"][..], Some("200000"))] {
            let (a, b) = (
                tmp.path().join(format!("{name}-a")),
                tmp.path().join(format!("{name}-b")),
            );
            let _ = std::fs::remove_dir_all(&a);
            let _ = std::fs::remove_dir_all(&b);
            let mut env = vec![("OTAI_NO_STREAMING", "1")];
            let mut streaming = vec![];
            if let Some(bytes) = spill {
                env.push(("OTAI_SPILL_BYTES", bytes));
                streaming.push(("OTAI_SPILL_BYTES", bytes));
            }
            let sorted = analyze_with_env(&[&input], &a, extra, &env);
            let streamed = analyze_with_env(&[&input], &b, extra, &streaming);
            assert_eq!(sorted.code, streamed.code, "{name}: {}", streamed.stderr);
            assert_eq!(sorted.stderr, streamed.stderr, "{name}");
            let (fa, fb) = (files(&a), files(&b));
            assert_eq!(
                fa.keys().collect::<Vec<_>>(),
                fb.keys().collect::<Vec<_>>(),
                "{name}"
            );
            for (file, bytes) in &fa {
                assert!(
                    bytes == &fb[file],
                    "{name}: {file} differs when the file streams"
                );
            }
            no_spill_folder_left(&b);
        }
        // Streamed indeed (the reading went on while the dictionary loaded and scoring
        // ran), or read again when it had to be.
        let c = tmp.path().join(format!("{name}-timed"));
        let timed = analyze_with_env(&[&input], &c, &["--no-report"], &[("OTAI_TIMINGS", "1")]);
        let streamed = timed.stderr.contains("timing dictionary (reading goes on)");
        let again = timed.stderr.contains("could not be streamed");
        let read_twice = matches!(name, "again" | "chain");
        assert!(streamed, "{name}: {}", timed.stderr);
        assert_eq!(again, read_twice, "{name}: {}", timed.stderr);
    }
}
