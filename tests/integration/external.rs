//! Real public data nobody here wrote (../shared/external, see its SOURCES.md).
//! Each test skips cleanly when the folder is absent.

use std::collections::BTreeMap;

use polars::prelude::*;

use crate::support::{analyze, external, rows_where, strs};

/// Thread sizes, largest first.
fn thread_sizes(convs: &DataFrame) -> Vec<u32> {
    let mut sizes: Vec<u32> = convs.column("n_messages").unwrap().u32().unwrap().into_no_null_iter().collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes
}

#[test]
fn notmuch_default_maildir_threads_by_references() {
    let Some(ext) = external() else { return };
    let r = analyze(&[&ext.join("notmuch_corpora/default")], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let msgs = r.frame("messages.parquet");
    assert_eq!(msgs.height(), 53);
    let convs = r.frame("conversations.parquet");
    // Truth from Message-ID / In-Reply-To / References (computed independently).
    assert_eq!(convs.height(), 24);
    assert_eq!(&thread_sizes(&convs)[..8], &[7, 5, 4, 4, 3, 3, 3, 2]);
    // No agent domain given: everyone is a customer; all mail is e-mail.
    assert!(strs(&msgs, "channel").iter().all(|c| c == "email"));
}

#[test]
fn notmuch_lkml_maildir_threads_by_references() {
    let Some(ext) = external() else { return };
    let r = analyze(&[&ext.join("notmuch_corpora/lkml")], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.frame("messages.parquet").height(), 210);
    let convs = r.frame("conversations.parquet");
    assert_eq!(thread_sizes(&convs), vec![100, 80, 12, 10, 4, 3, 1]);
    // Cross-posted copies share a Message-ID: both kept, the second with a suffixed id.
    let ids = strs(&r.frame("messages.parquet"), "message_id");
    assert_eq!(ids.iter().filter(|i| i.ends_with("#2")).count(), 34);
}

#[test]
fn japanese_eml_fixtures_decode() {
    let Some(ext) = external() else { return };
    let dir = ext.join("mail_gem_japanese_eml");
    let r = analyze(&[&dir], &[]);
    let msgs = r.frame("messages.parquet");
    let by_file: BTreeMap<String, (String, String)> = strs(&msgs, "source_file")
        .into_iter()
        .zip(strs(&msgs, "subject").into_iter().zip(strs(&msgs, "text")))
        .map(|(f, st)| (f.rsplit('/').next().unwrap().to_string(), st))
        .collect();
    let (subject, body) = &by_file["japanese_iso_2022.eml"];
    assert_eq!(subject, "まみむめも");
    assert_eq!(body, "すみません。");
    let (subject, body) = &by_file["japanese_shift_jis.eml"];
    assert!(!subject.contains('\u{fffd}') && !body.contains('\u{fffd}'), "{subject} / {body}");
    assert!(body.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)), "Japanese body: {body}");
    let (subject, _) = &by_file["japanese.eml"];
    assert!(subject.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c)), "{subject}");
    assert_eq!(r.rejects().len(), 0, "{:?}", r.rejects());
}

#[test]
fn asdc_japanese_operator_chats_ingest_without_rejects() {
    let Some(ext) = external() else { return };
    let r = analyze(&[&ext.join("asdc_ja/canonical.jsonl")], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.rejects().is_empty());
    let convs = r.frame("conversations.parquet");
    assert_eq!(convs.height(), 210);
    let msgs = r.frame("messages.parquet");
    let lines = std::fs::read_to_string(ext.join("asdc_ja/canonical.jsonl")).unwrap().lines().count();
    assert_eq!(msgs.height(), lines);
    let first = rows_where(&msgs, "conversation_id", "asdc.v4.001");
    assert_eq!(strs(&first, "role")[0], "agent");
    assert!(strs(&first, "text")[0].starts_with("この度はご利用いただきまして、ありがとうございます。"));
}

#[test]
fn twitter_support_sample_ingests_through_a_column_mapping() {
    let Some(ext) = external() else { return };
    let tmp = tempfile::tempdir().unwrap();
    let cfg = tmp.path().join("twcs.toml");
    std::fs::write(
        &cfg,
        r#"tz = "UTC"
[input.columns]
message_id = "tweet_id"
role = "inbound"
timestamp = "created_at"
reply_to = "in_response_to_tweet_id"
[input.roles]
"True" = "customer"
"False" = "agent"
"#,
    )
    .unwrap();
    let src = ext.join("twcs_sample/sample.csv");
    let r = analyze(&[&src], &["--config", cfg.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}\n{:?}", r.stderr, r.rejects());
    let msgs = r.frame("messages.parquet");
    let rows = csv::Reader::from_path(&src).unwrap().records().count();
    assert_eq!(msgs.height(), rows);
    // The export's first row is a customer's tweet (inbound = True).
    let first = rows_where(&msgs, "message_id", "119237");
    assert_eq!(strs(&first, "role"), vec!["customer"]);
    // Conversations are the reply chains (truth computed independently from
    // in_response_to_tweet_id): 27 chains, the largest of 8 tweets.
    let convs = r.frame("conversations.parquet");
    assert_eq!(convs.height(), 27);
    assert_eq!(&thread_sizes(&convs)[..10], &[8, 8, 7, 7, 6, 5, 4, 4, 4, 3]);
    let biggest = convs
        .clone()
        .lazy()
        .filter(col("n_messages").eq(lit(8u32)))
        .collect()
        .unwrap();
    for cid in strs(&biggest, "conversation_id") {
        let roles = strs(&rows_where(&msgs, "conversation_id", &cid), "role");
        assert!(roles.contains(&"agent".to_string()) && roles.contains(&"customer".to_string()), "{cid}: {roles:?}");
    }
}
