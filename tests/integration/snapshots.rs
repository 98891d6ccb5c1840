//! Golden snapshots (insta) of the result tables for `sample_data/`: a change in any
//! score, evidence row or column shows up here as a reviewable diff
//! (`cargo insta review`, or INSTA_UPDATE=always to accept).

use crate::support::{analyze, repo};

fn table(name: &str) -> String {
    let r = analyze(&[&repo().join("sample_data")], &[]);
    let bytes = std::fs::read(r.out.join(name)).unwrap();
    String::from_utf8(bytes)
        .unwrap()
        .trim_start_matches('\u{feff}')
        .to_string()
}

#[test]
fn sample_conversations_csv() {
    insta::assert_snapshot!("sample_conversations_csv", table("conversations.csv"));
}

#[test]
fn sample_evidence_csv() {
    insta::assert_snapshot!("sample_evidence_csv", table("evidence.csv"));
}

#[test]
fn sample_agents_csv() {
    insta::assert_snapshot!("sample_agents_csv", table("agents.csv"));
}
