//! Real public data nobody here wrote (../shared/external, see its SOURCES.md).
//! Each test skips cleanly when the folder is absent.

use std::collections::BTreeMap;

use polars::prelude::*;

use crate::support::{analyze, external, rows_where, strs};

/// Thread sizes, largest first.
fn thread_sizes(convs: &DataFrame) -> Vec<u32> {
    let mut sizes: Vec<u32> = convs
        .column("n_messages")
        .unwrap()
        .u32()
        .unwrap()
        .into_no_null_iter()
        .collect();
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
    let decode =
        |name: &str| otai::ingest::mail::decode(&std::fs::read(dir.join(name)).unwrap()).unwrap();
    // UTF-8 B-encoded subject, ISO-2022-JP body.
    let m = decode("japanese_iso_2022.eml");
    assert_eq!(m.subject.as_deref(), Some("まみむめも"));
    assert_eq!(m.body.trim(), "すみません。");
    let m = decode("japanese.eml");
    assert_eq!(m.subject.as_deref(), Some("まみむめも"));
    assert!(
        !m.body.contains('\u{fffd}')
            && m.body
                .chars()
                .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
        "{}",
        m.body
    );
    // Shift_JIS body.
    let m = decode("japanese_shift_jis.eml");
    assert!(!m.body.contains('\u{fffd}'), "{}", m.body);
    assert!(
        m.body
            .chars()
            .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)),
        "Japanese body: {}",
        m.body
    );
    assert_eq!(m.date.map(|d| d.1), Some(9 * 3600));
    // RFC 2047 subject split over several encoded words.
    let m = decode("japanese_attachment_long_name.eml");
    assert!(
        m.subject
            .as_deref()
            .unwrap_or("")
            .starts_with("まみむめもまみむめも"),
        "{:?}",
        m.subject
    );

    // Through analyze: the two fixtures without any date are rejected with that reason,
    // the licence file is skipped as documentation, the rest is accepted.
    let r = analyze(&[&dir], &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let rejects: Vec<(String, String)> = r
        .rejects()
        .into_iter()
        .map(|(f, _, _, reason)| (f.rsplit('/').next().unwrap().to_string(), reason))
        .collect();
    assert_eq!(
        rejects.iter().map(|(f, _)| f.as_str()).collect::<Vec<_>>(),
        vec!["japanese.eml", "japanese_iso_2022.eml"]
    );
    assert!(
        rejects
            .iter()
            .all(|(_, reason)| reason.contains("no valid Date header"))
    );
    let msgs = r.frame("messages.parquet");
    assert_eq!(msgs.height(), 3);
    let by_file: BTreeMap<String, String> = strs(&msgs, "source_file")
        .into_iter()
        .zip(strs(&msgs, "text"))
        .map(|(f, t)| (f.rsplit('/').next().unwrap().to_string(), t))
        .collect();
    assert_eq!(
        by_file.keys().map(String::as_str).collect::<Vec<_>>(),
        vec![
            "japanese_attachment.eml",
            "japanese_attachment_long_name.eml",
            "japanese_shift_jis.eml"
        ]
    );
    assert_eq!(r.json("run.json")["skipped"].as_array().unwrap().len(), 1);
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
    let lines = std::fs::read_to_string(ext.join("asdc_ja/canonical.jsonl"))
        .unwrap()
        .lines()
        .count();
    assert_eq!(msgs.height(), lines);
    let first = rows_where(&msgs, "conversation_id", "asdc.v4.001");
    assert_eq!(strs(&first, "role")[0], "agent");
    assert!(
        strs(&first, "text")[0].starts_with("この度はご利用いただきまして、ありがとうございます。")
    );
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
        assert!(
            roles.contains(&"agent".to_string()) && roles.contains(&"customer".to_string()),
            "{cid}: {roles:?}"
        );
    }
    // Agents' sign-off initials (^RR, /AY, "TY - Chris") and carrier names (UPS) are not
    // unexplained jargon: the sample has none that is.
    let evidence = r.frame("evidence.parquet");
    let jargon = rows_where(&evidence, "behaviour", "jargon");
    assert_eq!(jargon.height(), 0, "{:?}", strs(&jargon, "excerpt"));
}

#[test]
fn asdc_chats_are_scored_and_thanks_found_where_they_are() {
    let Some(ext) = external() else { return };
    let src = ext.join("asdc_ja/canonical.jsonl");
    let r = analyze(&[&src], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let convs = r.frame("conversations.parquet");
    let evidence = r.frame("evidence.parquet");
    // Independent truth from the raw file: the operators' first message, and the closing
    // turn (operator messages after the customer's last message, seconds apart in ASDC).
    let mut by_conv: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
    for line in std::fs::read_to_string(&src).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        by_conv
            .entry(v["conversation_id"].as_str().unwrap().to_string())
            .or_default()
            .push(v);
    }
    let opening_ids: std::collections::BTreeSet<String> = strs(
        &rows_where(&evidence, "behaviour", "opening_thanks"),
        "message_id",
    )
    .into_iter()
    .collect();
    let grat = convs
        .column("closing_gratitude")
        .unwrap()
        .bool()
        .unwrap()
        .clone();
    let ids = strs(&convs, "conversation_id");
    let mut closing_with_thanks = 0;
    for (i, cid) in ids.iter().enumerate() {
        let msgs = &by_conv[cid];
        let first_op = msgs.iter().find(|m| m["role"] == "agent").unwrap();
        assert!(
            opening_ids.contains(first_op["message_id"].as_str().unwrap()),
            "{cid}: opening thanks not found"
        );
        let last_customer = msgs
            .iter()
            .rposition(|m| m["role"] == "customer")
            .unwrap_or(0);
        let closing_thanks = msgs[last_customer + 1..].iter().any(|m| {
            m["role"] == "agent" && m["text"].as_str().unwrap().contains("ありがとうございま")
        });
        closing_with_thanks += closing_thanks as usize;
        assert_eq!(
            grat.get(i),
            Some(closing_thanks),
            "{cid}: closing gratitude"
        );
    }
    assert_eq!(ids.len(), 210);
    assert!(closing_with_thanks > 50, "{closing_with_thanks}");
}
