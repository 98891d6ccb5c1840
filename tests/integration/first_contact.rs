//! A support lead's own export on the first try (issue #24): the gallery of export shapes
//! in tests/fixtures/gallery read with no flags, `otai inspect`, and run.json's column map.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use crate::support::{analyze, repo, strs};

fn gallery() -> std::path::PathBuf {
    repo().join("tests/fixtures/gallery")
}

/// Every file of the gallery and the agents otai must find in it with no flags and no
/// otai.toml (empty: the export names no agent anywhere, and otai must say how to map one).
const GALLERY: &[(&str, &[&str])] = &[
    ("agent_id.jsonl", &["op-07"]),
    ("agent_key.jsonl", &["noah", "olivia"]),
    ("assignee.jsonl", &["ava@example.com"]),
    ("cases_en.csv", &["Mia Chen"]),
    ("excel_unicode.tsv", &["高橋"]),
    ("helpdesk_en.csv", &["Emma Brown", "Liam Ito"]),
    ("inhouse_chat.json", &["Ethan"]),
    ("inhouse_sjis.csv", &["伊藤"]),
    ("no_agent_en.csv", &[]),
    ("toiawase_ja.csv", &["佐藤", "鈴木"]),
    ("unnamed_ja.csv", &["山田"]),
];

fn inspect(args: &[&Path], extra: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_otai"))
        .current_dir(repo())
        .arg("inspect")
        .args(args)
        .args(extra)
        .output()
        .expect("run otai inspect");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn inspect_json(path: &Path) -> serde_json::Value {
    let (code, out) = inspect(&[path], &["--format", "json"]);
    assert_eq!(code, 0, "{out}");
    serde_json::from_str(&out).expect("inspect --format json prints JSON")
}

/// Each shape alone: every record read, the agents found, or a warning with the fix.
#[test]
fn every_gallery_export_finds_its_agents_or_says_how_to_map_them() {
    let listed: BTreeSet<String> = std::fs::read_dir(gallery())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "README.md")
        .collect();
    let expected: BTreeSet<String> = GALLERY.iter().map(|(f, _)| f.to_string()).collect();
    assert_eq!(
        listed, expected,
        "every gallery file has its expectation here"
    );
    for (file, agents) in GALLERY {
        let path = gallery().join(file);
        let r = analyze(&[&path], &["--no-report"]);
        assert_eq!(r.code, 0, "{file}: {}", r.stderr);
        let found: BTreeSet<String> = strs(&r.frame("agents.parquet"), "agent_id")
            .into_iter()
            .collect();
        let want: BTreeSet<String> = agents.iter().map(|a| a.to_string()).collect();
        assert_eq!(found, want, "{file}: agents");
        let run = r.json("run.json");
        let input = &run["inputs"][0];
        assert_eq!(input["rejected"], 0, "{file}: {run}");
        let warnings = run["warnings"].as_array().unwrap();
        if agents.is_empty() {
            assert!(
                warnings.iter().any(|w| w
                    .as_str()
                    .unwrap()
                    .contains("`[input.columns] author_id = \"<column>\"`")),
                "{file}: a run with no agents says how to map them: {run}"
            );
        } else {
            assert!(warnings.is_empty(), "{file}: {run}");
        }
        // The column map lists every column once, each with how it was decided.
        let columns = input["columns"].as_array().unwrap();
        assert!(!columns.is_empty(), "{file}: {run}");
        for c in columns {
            let how = c["how"].as_str().unwrap();
            assert!(
                ["name", "unused", "otai.toml [input.columns]"].contains(&how)
                    || how.starts_with("values: "),
                "{file}: {c}"
            );
            assert_eq!(c["field"].is_null(), how == "unused", "{file}: {c}");
        }
        // inspect agrees with analyze.
        let i = inspect_json(&path);
        let f = &i["files"][0];
        let seen: BTreeSet<String> = f["agents"].as_object().unwrap().keys().cloned().collect();
        assert_eq!(seen, want, "{file}: inspect's agents");
        assert_eq!(&f["columns"], &input["columns"], "{file}");
        assert_eq!(f["rejected"], 0, "{file}");
    }
}

/// The fields found by what their columns hold are named with the reason, in run.json and
/// on stderr; the column no field uses is reported as unused.
#[test]
fn inferred_columns_and_unused_ones_are_reported() {
    let r = analyze(&[&gallery().join("unnamed_ja.csv")], &["--no-report"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let run = r.json("run.json");
    let columns = &run["inputs"][0]["columns"];
    let field = |col: &str| {
        columns
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["column"] == col)
            .map(|c| {
                (
                    c["field"].as_str().unwrap_or("").to_string(),
                    c["how"].as_str().unwrap().to_string(),
                )
            })
            .unwrap()
    };
    assert_eq!(field("Kanri").0, "conversation_id");
    assert_eq!(field("Nichiji").0, "timestamp");
    assert_eq!(field("Hasshin").0, "role");
    assert_eq!(field("Tantou").0, "agent_name");
    assert_eq!(field("Naiyou").0, "text");
    assert_eq!(field("No"), (String::new(), "unused".to_string()));
    assert!(field("Hasshin").1.contains("窓口"), "{columns}");
    let inferred = run["inputs"][0]["inferred"].as_array().unwrap();
    assert_eq!(inferred.len(), 5, "{run}");
    // Without --quiet the notes and the unused column reach stderr.
    let tmp = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_otai"))
        .current_dir(repo())
        .args(["analyze", "--no-report", "--out"])
        .arg(tmp.path().join("out"))
        .arg(gallery().join("unnamed_ja.csv"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("role ← column \"Hasshin\"") && stderr.contains("columns not used: No"),
        "{stderr}"
    );
    // An explicit mapping wins over what the values suggest.
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(gallery().join("unnamed_ja.csv"), dir.path().join("e.csv")).unwrap();
    std::fs::write(
        dir.path().join("otai.toml"),
        "[input.columns]\nconversation_id = \"No\"\n",
    )
    .unwrap();
    let i = inspect_json(dir.path());
    let cols = i["files"][0]["columns"].as_array().unwrap().clone();
    let no = cols.iter().find(|c| c["column"] == "No").unwrap();
    assert_eq!(no["field"], "conversation_id");
    assert_eq!(no["how"], "otai.toml [input.columns]");
    let kanri = cols.iter().find(|c| c["column"] == "Kanri").unwrap();
    assert!(kanri["field"].is_null(), "{kanri}");
    // A mapping to a column the file does not have (a typo) is said, not ignored.
    std::fs::write(
        dir.path().join("otai.toml"),
        "[input.columns]\nconversation_id = \"Kanrii\"\n",
    )
    .unwrap();
    let i = inspect_json(dir.path());
    let warned = i["files"][0]["warnings"].as_array().unwrap().clone();
    assert!(
        warned
            .iter()
            .any(|w| w.as_str().unwrap().contains("no column \"Kanrii\"")),
        "{warned:?}"
    );
}

/// `otai inspect` as people read it, on sample_data and on the gallery (snapshots), and
/// its exit codes: 0 when files are readable, 1 when one holds nothing readable, 2 when
/// an input does not exist.
#[test]
fn inspect_prints_the_mapping() {
    let (code, text) = inspect(&[Path::new("sample_data")], &[]);
    assert_eq!(code, 0, "{text}");
    insta::assert_snapshot!("inspect_sample_data", text);
    let (code, text) = inspect(&[Path::new("tests/fixtures/gallery")], &[]);
    assert_eq!(code, 0, "{text}");
    insta::assert_snapshot!("inspect_gallery", text);
    for needle in [
        "区分 → role (values: its values are role words",
        "excel_unicode.tsv\n  format        csv (UTF-16LE)",
        "inhouse_sjis.csv\n  format        csv (Shift_JIS)",
        "agents        2: Emma Brown (2), Liam Ito (1)",
    ] {
        assert!(text.contains(needle), "{needle}\n{text}");
    }
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("x.csv"), "a,b\n1,2\n").unwrap();
    let (code, text) = inspect(&[&tmp.path().join("x.csv")], &[]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("no text column"), "{text}");
    let (code, _) = inspect(&[&tmp.path().join("missing.csv")], &[]);
    assert_eq!(code, 2);
}

/// Every file under `dir` (relative path → bytes).
fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().display().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// Weeks analysed separately, then reported on together: `otai report --data W1 W2`
/// equals the reports of one run over both exports (same figures, same queues, same
/// pages). The exports overlap as weekly exports do: tickets still open at the end of the
/// first are exported again, whole, with their new replies.
#[test]
fn a_report_over_two_runs_equals_one_run_over_both_inputs() {
    let text = std::fs::read_to_string(repo().join("sample_data/chats.jsonl")).unwrap();
    // The sample desk's good lines, by conversation in order.
    let mut convs: Vec<(String, Vec<String>)> = Vec::new();
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (Some(id), Some(ts)) = (v["conversation_id"].as_str(), v["timestamp"].as_str()) else {
            continue;
        };
        let role = v["role"].as_str().unwrap_or_default();
        if ts.starts_with("2026-02-30") || !["customer", "agent", "bot"].contains(&role) {
            continue;
        }
        match convs.iter_mut().find(|(c, _)| c == id) {
            Some((_, lines)) => lines.push(line.to_string()),
            None => convs.push((id.to_string(), vec![line.to_string()])),
        }
    }
    let start = |l: &str| {
        serde_json::from_str::<serde_json::Value>(l).unwrap()["timestamp"]
            .as_str()
            .unwrap()
            .to_string()
    };
    convs.sort_by_key(|(_, lines)| start(&lines[0]));
    let split = convs.len() * 3 / 5;
    let tmp = tempfile::tempdir().unwrap();
    let dir = |name: &str| {
        let d = tmp.path().join(name);
        std::fs::create_dir_all(&d).unwrap();
        d
    };
    let (w1, w2, union) = (dir("w1"), dir("w2"), dir("union"));
    let mut first = String::new();
    for (i, (_, lines)) in convs[..split].iter().enumerate() {
        // The last five were still open: the first export has their start only.
        let keep = if i + 5 >= split {
            lines.len().div_ceil(2)
        } else {
            lines.len()
        };
        for l in &lines[..keep] {
            first.push_str(l);
            first.push('\n');
        }
    }
    let mut second = String::new();
    for (_, lines) in &convs[split - 5..] {
        for l in lines {
            second.push_str(l);
            second.push('\n');
        }
    }
    let mut all = String::new();
    for (_, lines) in &convs {
        for l in lines {
            all.push_str(l);
            all.push('\n');
        }
    }
    std::fs::write(w1.join("export.jsonl"), first).unwrap();
    std::fs::write(w2.join("export.jsonl"), second).unwrap();
    std::fs::write(union.join("export.jsonl"), all).unwrap();
    let runs = tmp.path().join("runs");
    let r1 = crate::support::analyze_into(&[&w1], &runs.join("2026-w1"), &[]);
    let r2 = crate::support::analyze_into(&[&w2], &runs.join("2026-w2"), &[]);
    let one = crate::support::analyze_into(&[&union], &tmp.path().join("one"), &[]);
    for r in [&r1, &r2, &one] {
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    // Both forms: two --data folders, and a folder of runs.
    for data in [
        vec![runs.join("2026-w1"), runs.join("2026-w2")],
        vec![runs.clone()],
    ] {
        let merged = tmp.path().join("merged");
        let _ = std::fs::remove_dir_all(&merged);
        let mut args: Vec<std::ffi::OsString> = vec!["report".into(), "--data".into()];
        args.extend(data.iter().map(|d| d.clone().into_os_string()));
        args.extend(["--out".into(), merged.clone().into_os_string()]);
        crate::support::otai_ok(&args);
        let (got, want) = (tree(&merged), tree(&one.out.join("reports")));
        let got_reports: std::collections::BTreeMap<String, Vec<u8>> = got
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix("reports/")?.to_string(), v.clone())))
            .collect();
        assert_eq!(
            got_reports.keys().collect::<Vec<_>>(),
            want.keys().collect::<Vec<_>>()
        );
        for (k, v) in &want {
            assert!(got_reports[k] == *v, "reports/{k} differs");
        }
        let coaching = tree(&one.out.join("coaching"));
        assert!(!coaching.is_empty());
        for (k, v) in &coaching {
            assert!(got[&format!("coaching/{k}")] == *v, "coaching/{k} differs");
        }
    }
    // A run scored with another rubric is reported with a warning naming both rubrics.
    let rubric = crate::support::otai_ok(["rubric"]).stdout;
    let rubric = String::from_utf8(rubric).unwrap();
    let edited = tmp.path().join("rubric.toml");
    std::fs::write(&edited, format!("{rubric}\n# edited\n")).unwrap();
    let r3 = crate::support::analyze_into(
        &[&w2],
        &tmp.path().join("other").join("w2"),
        &["--no-report", "--rubric", edited.to_str().unwrap()],
    );
    assert_eq!(r3.code, 0, "{}", r3.stderr);
    let mixed = tmp.path().join("mixed");
    crate::support::otai_ok([
        "report".as_ref(),
        "--data".as_ref(),
        runs.join("2026-w1").as_os_str(),
        tmp.path().join("other").join("w2").as_os_str(),
        "--out".as_ref(),
        mixed.as_os_str(),
    ]);
    let review = std::fs::read_to_string(mixed.join("reports/index.md")).unwrap();
    assert!(review.contains("different rubrics"), "{review}");
    // Several runs need --out (writing into one of them would misplace the merge).
    let out = Command::new(env!("CARGO_BIN_EXE_otai"))
        .args(["report", "--data"])
        .arg(runs.join("2026-w1"))
        .arg(runs.join("2026-w2"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--out"));
}

/// JSONL whose lines leave out keys they have no value for, with a role key of an unknown
/// name, beside an otai.toml that maps a CSV's role column this file does not have: the
/// role is found from every line of the sample and used (not only announced).
#[test]
fn jsonl_inference_reads_every_sampled_line_and_is_applied() {
    let tmp = tempfile::tempdir().unwrap();
    let mut text = String::new();
    for (i, (r, extra)) in [
        ("customer", ""),
        ("agent", r#","h":"ag-1""#),
        ("customer", ""),
        ("agent", r#","h":"ag-1""#),
    ]
    .iter()
    .enumerate()
    {
        text.push_str(&format!(
            "{{\"conversation_id\":\"c1\",\"timestamp\":\"2026-03-02T10:0{i}:00+09:00\",\"r\":\"{r}\",\"text\":\"message number {i} of the chat\"{extra}}}\n"
        ));
    }
    std::fs::write(tmp.path().join("chat.jsonl"), text).unwrap();
    std::fs::write(
        tmp.path().join("otai.toml"),
        "[input.columns]\nrole = \"送信者区分\"\n",
    )
    .unwrap();
    let r = analyze(&[tmp.path()], &["--no-report"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let run = r.json("run.json");
    let input = &run["inputs"][0];
    assert_eq!(input["accepted"], 4, "{run}");
    let role = input["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["column"] == "r")
        .unwrap()
        .clone();
    assert_eq!(role["field"], "role", "{run}");
    // The mapping to a column this file lacks is said by analyze too (stderr and
    // run.json), as inspect says it: a typo is not silently replaced.
    let said = "`[input.columns] role = \"送信者区分\"`, but this file has no column";
    assert!(r.stderr.contains(said), "{}", r.stderr);
    assert!(
        input["mapping_warnings"][0]
            .as_str()
            .is_some_and(|w| w.contains(said)),
        "{run}"
    );
    // Beside a CSV that has the column, the mapping is meant for the CSV: no warning.
    std::fs::write(
        tmp.path().join("desk.csv"),
        "conversation_id,timestamp,送信者区分,text\nc2,2026-03-02T11:00:00+09:00,customer,hello there\nc2,2026-03-02T11:01:00+09:00,agent,hi how can I help\n",
    )
    .unwrap();
    let r = analyze(&[tmp.path()], &["--no-report"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        !r.stderr.contains("but this file has no column"),
        "{}",
        r.stderr
    );
    assert_eq!(r.json("run.json")["totals"]["accepted"], 6);
    // An empty folder has nothing to inspect: exit 1, said.
    let empty = tempfile::tempdir().unwrap();
    let (code, text) = inspect(&[empty.path()], &[]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("no input files"), "{text}");
}
