//! Accuracy, measured: `otai analyze` + `otai eval` on every labeled set: the shared dev
//! set, the real operator chats (asdc_dev), otai's own set (tests/eval) and the two blind
//! sets written from LABELING.md alone (tests/eval_blind, tests/eval_blind2). Target on each: F1 ≥ 0.90 per
//! behaviour and per outcome (difficult, turnaround, customer_did_it), message-level
//! backtracking F1 ≥ 0.85, first response exact on every conversation.

use std::path::Path;

use crate::support::{analyze, repo};

/// Analyses a labeled set and compares it with its labels.
fn evaluate(dir: &Path) -> (otai::eval::Report, crate::support::Run) {
    let r = analyze(&[&dir.join("messages.jsonl")], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let labels: Vec<serde_json::Value> = std::fs::read_to_string(dir.join("labels.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let report = otai::eval::evaluate(
        &labels,
        &r.frame("conversations.parquet"),
        &r.frame("evidence.parquet"),
    );
    eprintln!("{}\n{report}", dir.display());
    assert!(report.missing.is_empty(), "{:?}", report.missing);
    (report, r)
}

fn check(dir: &Path) {
    let (report, r) = evaluate(dir);
    assert_eq!(
        report.binaries.len(),
        9,
        "five behaviours (backtracking also per message) and three outcomes are measured"
    );
    for b in &report.binaries {
        // Message-level backtracking is held to 0.85 (the target), the rest to 0.90.
        let target = if b.name == "backtracking (msg)" {
            0.85
        } else {
            0.90
        };
        assert!(
            b.f1() >= target,
            "{}: {}: F1 {:.3} < {target} (misses {:?})",
            dir.display(),
            b.name,
            b.f1(),
            b.misses
        );
    }
    assert_eq!(
        report.first_response_exact.0, report.first_response_exact.1,
        "{:?}",
        report.first_response_misses
    );
    assert_eq!(report.primary_agent_exact.0, report.primary_agent_exact.1);
    // The command prints the same report.
    let labels = dir.join("labels.jsonl");
    let out = crate::support::otai_ok([
        "eval".as_ref(),
        "--labels".as_ref(),
        labels.as_os_str(),
        "--data".as_ref(),
        r.out.as_os_str(),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("precision") && text.contains("backtracking"),
        "{text}"
    );
}

/// A set in ../shared/eval, skipped when ../shared is absent.
fn check_shared(name: &str) {
    let dir = repo().join("../shared/eval").join(name);
    if !dir.is_dir() {
        eprintln!("skipped: ../shared/eval/{name} is not present");
        return;
    }
    check(&dir);
}

#[test]
fn dev_set_meets_the_target() {
    check_shared("dev");
}

#[test]
fn own_labeled_set_meets_the_target() {
    check(&repo().join("tests/eval"));
}

#[test]
fn real_operator_chats_meet_the_target() {
    check_shared("asdc_dev");
}

#[test]
fn blind_set_meets_the_target() {
    check(&repo().join("tests/eval_blind"));
}

/// The second blind set (tests/eval_blind2, written blind after the rules above were
/// tuned): its first-run figures are in its README and the README's accuracy table; the
/// rule changes made after that first run saw its errors, so it guards against
/// regressions and is no longer unseen.
#[test]
fn second_blind_set_meets_the_target() {
    check(&repo().join("tests/eval_blind2"));
}
