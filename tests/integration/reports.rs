//! Reports: snapshots of the Markdown for sample_data, hostile text escaped, file names
//! from hostile agent ids kept inside the output folder, an agent's report showing only
//! that agent's conversations, coaching exports masked by default, `otai report`
//! rebuilding byte-identical files from the tables alone.

use std::path::Path;

use crate::support::{analyze, repo};

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#[test]
fn sample_reports_markdown_snapshots() {
    let r = analyze(&[&repo().join("sample_data")], &[]);
    insta::assert_snapshot!("report_index_md", read(&r.out.join("reports/index.md")));
    insta::assert_snapshot!(
        "report_agent_sato_md",
        read(&r.out.join("reports/agents/agt-sato.md"))
    );
    insta::assert_snapshot!(
        "coaching_sato_md",
        read(&r.out.join("coaching/agt-sato.md"))
    );
    let json: serde_json::Value =
        serde_json::from_str(&read(&r.out.join("coaching/agt-sato.json"))).unwrap();
    assert_eq!(json["agent_id"], "agt-sato");
    assert_eq!(json["masked"], true);
    assert!(json["practise"].as_array().unwrap().len() <= 3);
    let html = read(&r.out.join("reports/index.html"));
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("<style>") && !html.contains("<link"),
        "self-contained"
    );
}

#[test]
fn otai_report_rebuilds_the_same_files_from_the_tables() {
    let r = analyze(&[&repo().join("sample_data")], &[]);
    let tmp = tempfile::tempdir().unwrap();
    crate::support::otai_ok([
        "report".as_ref(),
        "--data".as_ref(),
        r.out.as_os_str(),
        "--out".as_ref(),
        tmp.path().as_os_str(),
    ]);
    for rel in [
        "reports/index.md",
        "reports/index.html",
        "reports/agents/agt-ito.html",
        "coaching/agt-ito.json",
    ] {
        assert_eq!(read(&r.out.join(rel)), read(&tmp.path().join(rel)), "{rel}");
    }
}

const HOSTILE_AGENT: &str = "../../x";

fn hostile_data(dir: &Path) {
    let lines = [
        r#"{"conversation_id": "x1", "message_id": "1", "timestamp": "2026-03-02T10:00:00+09:00", "role": "customer", "author_id": "c1", "text": "<script>alert(1)</script> 何度やってもログインできません。連絡先は taro@example.com、090-1234-5678 です。"}"#.to_string(),
        format!(r#"{{"conversation_id": "x1", "message_id": "2", "timestamp": "2026-03-02T10:01:00+09:00", "role": "agent", "author_id": "{HOSTILE_AGENT}", "text": "<img src=x onerror=alert(1)> taro@example.com 様、必ず本日中に直ります。"}}"#),
        r#"{"conversation_id": "x2", "message_id": "1", "timestamp": "2026-03-02T11:00:00+09:00", "role": "customer", "author_id": "c2", "text": "請求書について"}"#.to_string(),
        r#"{"conversation_id": "x2", "message_id": "2", "timestamp": "2026-03-02T11:01:00+09:00", "role": "agent", "author_id": "佐藤 美咲", "text": "請求書を再発行いたしました。ご協力ありがとうございました。"}"#.to_string(),
        r#"{"conversation_id": "x3", "message_id": "1", "timestamp": "2026-03-02T12:00:00+09:00", "role": "customer", "author_id": "c3", "text": "解約したい"}"#.to_string(),
        r#"{"conversation_id": "x3", "message_id": "2", "timestamp": "2026-03-02T12:01:00+09:00", "role": "agent", "author_id": "CON", "text": "承知しました。"}"#.to_string(),
    ];
    std::fs::write(dir.join("chat.jsonl"), lines.join("\n")).unwrap();
}

#[test]
fn hostile_text_and_agent_ids_are_safe() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    hostile_data(&data);
    let out = tmp.path().join("nested").join("out");
    let r = crate::support::analyze_into(&[&data], &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Every file written stays under out/, and nothing appeared beside it.
    let mut files = Vec::new();
    for e in walk(&out) {
        assert!(e.starts_with(&out), "{}", e.display());
        files.push(e);
    }
    let siblings: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(siblings.len(), 2, "{siblings:?}");
    let agent_files: Vec<String> = std::fs::read_dir(out.join("reports/agents"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        agent_files.len(),
        6,
        "three agents, .md and .html each: {agent_files:?}"
    );
    assert!(
        agent_files
            .iter()
            .all(|f| !f.starts_with('.') && !f.to_lowercase().starts_with("con.")),
        "{agent_files:?}"
    );
    // Hostile text is shown, never run.
    for f in files
        .iter()
        .filter(|f| f.extension().is_some_and(|x| x == "html" || x == "md"))
    {
        let text = read(f);
        assert!(
            !text.contains("<script>") && !text.contains("<img"),
            "{}",
            f.display()
        );
    }
    let slug = otai::report::slug::slug(HOSTILE_AGENT);
    let html = read(&out.join(format!("reports/agents/{slug}.html")));
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "the excerpt is shown as text"
    );
    // An agent's report shows only that agent's conversations.
    assert!(
        html.contains("<td>x1</td>")
            && !html.contains("<td>x2</td>")
            && !html.contains("<td>x3</td>")
    );
    assert!(!html.contains(">x2<") && !html.contains(">x3<"));
    // Coaching exports mask personal data by default …
    let coach = read(&out.join(format!("coaching/{slug}.md")))
        + &read(&out.join(format!("coaching/{slug}.json")));
    assert!(!coach.contains("taro@example.com"), "{coach}");
    assert!(coach.contains("〔メール〕"), "{coach}");
    // … and keep it with --no-mask.
    let r = crate::support::analyze(&[&data], &["--no-mask"]);
    assert!(read(&r.out.join(format!("coaching/{slug}.md"))).contains("taro@example.com"));
    // --no-report writes none.
    let r = crate::support::analyze(&[&data], &["--no-report"]);
    assert!(!r.out.join("reports").exists() && !r.out.join("coaching").exists());
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
