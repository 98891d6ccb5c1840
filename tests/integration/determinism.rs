//! Same input, same output, byte for byte (run.json's start and end times aside),
//! whichever order the inputs are given in.

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::{analyze_into, repo};

/// Every file under `dir` (relative path → bytes), run.json without its two times.
pub(crate) fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let name = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            let mut bytes = std::fs::read(&p).unwrap();
            if name == "run.json" {
                let mut v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
                v.as_object_mut().unwrap().remove("started_at");
                v.as_object_mut().unwrap().remove("finished_at");
                bytes = serde_json::to_vec(&v).unwrap();
            }
            out.insert(name, bytes);
        }
    }
    out
}

#[test]
fn same_input_gives_byte_identical_outputs() {
    let tmp = tempfile::tempdir().unwrap();
    let sample = repo().join("sample_data");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    analyze_into(&[&sample], &a, &[]);
    analyze_into(&[&sample], &b, &[]);
    let (fa, fb) = (files(&a), files(&b));
    let top: Vec<&String> = fa.keys().filter(|k| !k.contains('/')).collect();
    assert_eq!(
        top,
        vec![
            "agents.csv",
            "agents.parquet",
            "conversations.csv",
            "conversations.parquet",
            "evidence.csv",
            "evidence.parquet",
            "messages.parquet",
            "rejects.csv",
            "run.json"
        ]
    );
    assert!(
        fa.keys().any(|k| k.starts_with("reports/agents/"))
            && fa.keys().any(|k| k.starts_with("coaching/"))
    );
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (name, bytes) in &fa {
        assert!(bytes == &fb[name], "{name} differs between two runs");
    }
    // No temporary files are left behind by the atomic writes.
    assert!(
        std::fs::read_dir(&a).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with('.'))
    );
}

#[test]
fn input_order_does_not_change_the_tables() {
    let tmp = tempfile::tempdir().unwrap();
    let s = repo().join("sample_data");
    let (chats, mbox) = (s.join("chats.jsonl"), s.join("support_mail.mbox"));
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    analyze_into(&[&chats, &mbox], &a, &[]);
    analyze_into(&[&mbox, &chats], &b, &[]);
    let (fa, fb) = (files(&a), files(&b));
    for name in [
        "messages.parquet",
        "conversations.parquet",
        "conversations.csv",
        "rejects.csv",
    ] {
        assert!(fa[name] == fb[name], "{name} depends on input order");
    }
}

#[test]
fn derived_ids_do_not_depend_on_where_the_export_is() {
    let tmp = tempfile::tempdir().unwrap();
    let line = r#"{"conversation_id": "c", "timestamp": 1772413200, "role": "customer", "text": "id なし"}"#;
    for sub in ["one", "two/deeper"] {
        std::fs::create_dir_all(tmp.path().join(sub)).unwrap();
        std::fs::write(tmp.path().join(sub).join("chat.jsonl"), line).unwrap();
    }
    let ids: Vec<String> = ["one", "two/deeper"]
        .iter()
        .map(|sub| {
            let r = crate::support::analyze(&[&tmp.path().join(sub)], &[]);
            crate::support::strs(&r.frame("messages.parquet"), "message_id")[0].clone()
        })
        .collect();
    assert_eq!(ids[0], ids[1]);
    assert!(ids[0].starts_with("c#"), "{}", ids[0]);
}

/// Scoring and writing go in batches of whole conversations; tiny batches (many row
/// groups, the writer thread busy all along) give the same tables as one batch.
#[test]
fn batch_size_does_not_change_the_tables() {
    crate::support::ensure_dictionary();
    let tmp = tempfile::tempdir().unwrap();
    let sample = repo().join("sample_data");
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    analyze_into(&[&sample], &a, &["--no-report"]);
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_otai"))
        .current_dir(repo())
        .env("OTAI_BATCH_MESSAGES", "7")
        .args(["analyze", "--quiet", "--no-report", "--out"])
        .arg(&b)
        .arg(&sample)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1), "sample_data has rejects");
    let (fa, fb) = (files(&a), files(&b));
    for name in [
        "conversations.csv",
        "evidence.csv",
        "agents.csv",
        "rejects.csv",
        "run.json",
    ] {
        assert!(fa[name] == fb[name], "{name} differs with tiny batches");
    }
    // The Parquet files hold the same rows (their row groups follow the batches).
    for table in ["messages", "evidence", "conversations"] {
        let sql = format!("select * from {table}");
        let dump = |dir: &Path| {
            crate::support::otai_ok([
                "query".as_ref(),
                "--format".as_ref(),
                "csv".as_ref(),
                "--data".as_ref(),
                dir.as_os_str(),
                sql.as_ref(),
            ])
            .stdout
        };
        let (da, db) = (dump(&a), dump(&b));
        assert!(da.len() > 100, "{table} is not empty");
        assert!(da == db, "{table}.parquet rows differ with tiny batches");
    }
}
