//! `otai query` and every file in queries/, run on sample_data with its expected result
//! (insta snapshots of the CSV output).

use crate::support::{analyze, repo};

#[test]
fn every_query_file_runs_on_sample_data() {
    let r = analyze(&[&repo().join("sample_data")], &[]);
    let mut files: Vec<_> = std::fs::read_dir(repo().join("queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    assert!(files.len() >= 7, "{files:?}");
    for f in files {
        let sql = std::fs::read_to_string(&f).unwrap();
        let df = otai::query::run(&r.out, &sql).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        assert!(
            df.height() > 0,
            "{} returned no rows on sample_data",
            f.display()
        );
        let csv = String::from_utf8(
            otai::cmd::query::render(&df, otai::config::QueryFormat::Csv).unwrap(),
        )
        .unwrap();
        let name = f.file_stem().unwrap().to_string_lossy().into_owned();
        insta::assert_snapshot!(format!("query_{name}"), csv);
    }
}

#[test]
fn query_command_formats_and_errors() {
    let r = analyze(&[&repo().join("sample_data")], &[]);
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_otai"))
            .current_dir(repo())
            .arg("query")
            .args(args)
            .arg("--data")
            .arg(&r.out)
            .output()
            .unwrap()
    };
    let sql = "SELECT conversation_id, n_messages FROM conversations WHERE channel = 'email' ORDER BY conversation_id LIMIT 2";
    let table = run(&[sql]);
    assert!(table.status.success());
    assert!(String::from_utf8_lossy(&table.stdout).contains("shape: (2, 2)"));
    let json: serde_json::Value =
        serde_json::from_slice(&run(&[sql, "--format", "json"]).stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert!(json[0]["n_messages"].is_u64());
    let tmp = tempfile::tempdir().unwrap();
    let pq = tmp.path().join("r.parquet");
    assert!(
        run(&[sql, "--format", "parquet", "--out", pq.to_str().unwrap()])
            .status
            .success()
    );
    assert!(std::fs::metadata(&pq).unwrap().len() > 0);
    let bad = run(&["SELECT nope FROM conversations"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("the query failed"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
    let none = otai::query::run(tmp.path(), "SELECT 1")
        .unwrap_err()
        .to_string();
    assert!(none.contains("run `otai analyze"), "{none}");
}
