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
