//! `otai analyze sample_data` — every format of the sample desk ingested with exact
//! expectations: counts, roles, thread grouping, decoded text, rejects with lines.

use polars::prelude::*;

use crate::support::{analyze, repo, rows_where, strs};

fn run() -> crate::support::Run {
    let r = analyze(&[&repo().join("sample_data")], &[]);
    assert_eq!(
        r.code, 1,
        "sample_data has deliberately broken records → exit 1; stderr: {}",
        r.stderr
    );
    r
}

#[test]
fn counts_reconcile_per_file() {
    let r = run();
    let run_json = r.json("run.json");
    let mut got: Vec<(String, String, u64, u64, u64)> = run_json["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().to_string(),
                f["format"].as_str().unwrap().to_string(),
                f["read"].as_u64().unwrap(),
                f["accepted"].as_u64().unwrap(),
                f["rejected"].as_u64().unwrap(),
            )
        })
        .collect();
    got.sort();
    let p = |s: &str| repo().join("sample_data").join(s).display().to_string();
    assert_eq!(
        got,
        vec![
            (p("chats.jsonl"), "jsonl".into(), 572, 568, 4),
            (p("excel/chat_export_sjis.csv"), "csv".into(), 12, 11, 1),
            (p("support_mail.mbox"), "mbox".into(), 57, 56, 1),
        ]
    );
    let totals = &run_json["totals"];
    assert_eq!(totals["read"], 641);
    assert_eq!(totals["accepted"], 635);
    assert_eq!(totals["rejected"], 6);
    assert_eq!(totals["conversations"], 114);
    assert_eq!(r.frame("messages.parquet").height(), 635);
    assert_eq!(run_json["config_files"].as_array().unwrap().len(), 2);
    assert_eq!(run_json["inputs"][0]["sha256"].as_str().unwrap().len(), 64);
}

#[test]
fn broken_records_land_in_rejects_with_file_and_line() {
    let r = run();
    let rejects = r.rejects();
    let p = |s: &str| repo().join("sample_data").join(s).display().to_string();
    let got: Vec<(String, u64, String)> = rejects
        .iter()
        .map(|(f, l, id, _)| (f.clone(), *l, id.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (p("chats.jsonl"), 11, "".into()),
            (p("chats.jsonl"), 21, "broken-2".into()),
            (p("chats.jsonl"), 31, "broken-3".into()),
            (p("chats.jsonl"), 41, "broken-4".into()),
            (p("excel/chat_export_sjis.csv"), 5, "".into()),
            (
                p("support_mail.mbox"),
                rejects[5].1,
                "nodate@example.invalid".into()
            ),
        ]
    );
    let reasons: Vec<&str> = rejects.iter().map(|r| r.3.as_str()).collect();
    assert!(reasons[0].starts_with("invalid JSON"), "{}", reasons[0]);
    assert!(
        reasons[1].starts_with("invalid timestamp"),
        "{}",
        reasons[1]
    );
    assert!(
        reasons[2].starts_with("unknown role \"manager\""),
        "{}",
        reasons[2]
    );
    assert!(
        reasons[3].starts_with("no conversation id"),
        "{}",
        reasons[3]
    );
    assert!(
        reasons[4].starts_with("invalid timestamp \"2026/13/45 99:99\""),
        "{}",
        reasons[4]
    );
    assert!(
        reasons[5].contains("no valid Date header"),
        "{}",
        reasons[5]
    );
    assert!(
        rejects[5].1 > 1,
        "an mbox reject names the line of its From_ separator"
    );
}

#[test]
fn chats_roles_and_primary_agent() {
    let r = run();
    let msgs = r.frame("messages.parquet");
    let chat = rows_where(
        &msgs,
        "source_file",
        &repo().join("sample_data/chats.jsonl").display().to_string(),
    );
    let mut roles = strs(&chat, "role");
    roles.sort();
    roles.dedup();
    assert_eq!(roles, vec!["agent", "bot", "customer"]);
    let convs = r.frame("conversations.parquet");
    assert_eq!(
        convs
            .get_column_names()
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>(),
        vec![
            "conversation_id",
            "channel",
            "started_at",
            "ended_at",
            "n_messages",
            "n_customer",
            "n_agent",
            "n_internal",
            "agent_ids",
            "primary_agent_id",
            "week",
            "first_response_s",
            "median_response_s",
            "p90_response_s",
            "first_response_bh_s",
            "sla_first_response_met",
            "unanswered",
            "longest_wait_s",
            "duration_s",
            "backtracking",
            "backtracking_count",
            "progress",
            "expectation_set",
            "overpromise",
            "promises_made",
            "promises_kept",
            "promises_broken",
            "closing_gratitude",
            "step_guidance_count",
            "vicarious_count",
            "encouragement_count",
            "emotional_care_count",
            "agent_did_step_count",
            "jargon_count",
            "customer_start_state",
            "customer_end_state",
            "difficult",
            "turnaround",
            "turnaround_evidence",
            "customer_did_it",
            "escalation_risk",
            "latency_score",
            "backtracking_score",
            "transparency_score",
            "expectation_score",
            "gratitude_score",
            "self_efficacy_score",
            "overall_score",
        ]
    );
    // Hand-overs: the internal note's author is involved, the agent with most public messages is primary.
    let internal = msgs
        .clone()
        .lazy()
        .filter(col("internal"))
        .collect()
        .unwrap();
    assert_eq!(internal.height(), 8);
    for cid in strs(&internal, "conversation_id") {
        let c = rows_where(&convs, "conversation_id", &cid);
        assert_eq!(
            c.column("n_internal").unwrap().u32().unwrap().get(0),
            Some(1)
        );
        let ids = c
            .column("agent_ids")
            .unwrap()
            .list()
            .unwrap()
            .get_as_series(0)
            .unwrap();
        assert_eq!(ids.len(), 2, "{cid}");
        let note_author =
            strs(&rows_where(&internal, "conversation_id", &cid), "author_id")[0].clone();
        let primary = strs(&c, "primary_agent_id")[0].clone();
        assert_ne!(
            primary, note_author,
            "{cid}: the colleague who answered three times is primary"
        );
    }
    // Conversations no agent answered have no primary agent.
    let unanswered = convs
        .clone()
        .lazy()
        .filter(col("n_agent").eq(lit(0u32)))
        .collect()
        .unwrap();
    assert_eq!(unanswered.height(), 8, "4 bot-only + 4 unanswered chats");
    assert!(
        strs(&unanswered, "primary_agent_id")
            .iter()
            .all(String::is_empty)
    );
    // JSON timestamps keep their offset.
    let offsets: Vec<i32> = chat
        .column("utc_offset_s")
        .unwrap()
        .i32()
        .unwrap()
        .into_no_null_iter()
        .collect();
    assert!(offsets.iter().all(|&o| o == 9 * 3600));
}

#[test]
fn shift_jis_csv_decodes_with_column_mapping() {
    let r = run();
    let msgs = r.frame("messages.parquet");
    let x = rows_where(&msgs, "conversation_id", "X-2002");
    assert_eq!(
        strs(&x, "text")[0],
        "①②の丸数字や髙橋の「髙」が文字化けします。"
    );
    assert_eq!(
        strs(&x, "role"),
        vec!["customer", "agent", "agent", "customer"]
    );
    assert_eq!(strs(&x, "author_id")[1], "agt-watanabe");
    assert_eq!(strs(&x, "channel")[0], "chat");
    // Half-width katakana survives decoding as written.
    let y = rows_where(&msgs, "conversation_id", "X-2003");
    assert!(strs(&y, "text")[0].starts_with("ｼﾌﾄの締め日"));
}

#[test]
fn mail_threads_decode_and_strip_quotes() {
    let r = run();
    let msgs = r.frame("messages.parquet");
    let mail = rows_where(&msgs, "channel", "email");
    assert_eq!(mail.height(), 56);
    let convs = r.frame("conversations.parquet");
    let email_convs = rows_where(&convs, "channel", "email");
    assert_eq!(email_convs.height(), 15);
    // [agents] in sample_data/otai.toml maps the desk's mail addresses to agent ids.
    let primaries = strs(&email_convs, "primary_agent_id");
    assert!(
        primaries.iter().all(|a| a.starts_with("agt-")),
        "{primaries:?}"
    );

    // ISO-2022-JP body and RFC 2047 subject.
    let first = rows_where(
        &mail,
        "message_id",
        &mail_id(&mail, "請求書の再発行について", 0),
    );
    assert_eq!(
        strs(&first, "text")[0],
        "お世話になっております。\n先月分の請求書を紛失してしまいました。再発行していただけますでしょうか。"
    );
    assert_eq!(strs(&first, "author_name")[0], "山田 太郎");
    assert_eq!(strs(&first, "role")[0], "customer");

    // A five-mail thread: roles by agent domain, quotes and signatures moved out of text.
    let t = thread(&mail, "データが消えた件");
    assert_eq!(
        strs(&t, "role"),
        vec!["customer", "agent", "agent", "agent", "customer"]
    );
    for (text, quoted) in strs(&t, "text").iter().zip(strs(&t, "quoted_text")) {
        assert!(
            !text.contains("> ") && !text.contains("━") && !text.contains("TEL"),
            "{text}"
        );
        assert!(
            !text.contains("年3月"),
            "attribution line left in text: {text}"
        );
        let _ = quoted;
    }
    let agent_quoted = strs(&t, "quoted_text")[1].clone();
    assert!(
        agent_quoted.contains("TEL: 03-1234-5678"),
        "signature kept in quoted_text: {agent_quoted}"
    );
    assert!(
        agent_quoted.contains("> 昨日から入力したデータが消えています。"),
        "{agent_quoted}"
    );

    // Replies without reference headers join by subject (「返信:」 prefix).
    assert_eq!(thread(&mail, "有給休暇の計算").height(), 4);
    // HTML-only mail becomes text; multipart/alternative prefers text/plain.
    let html = strs(&thread(&mail, "セキュリティ設定"), "text")[1].clone();
    assert!(
        html.contains("「セキュリティ設定」から") && !html.contains("<p>"),
        "{html}"
    );
    let alt = strs(&thread(&mail, "APIの仕様について"), "text")[1].clone();
    assert!(
        alt.starts_with("お問い合わせありがとうございます。") && !alt.contains("<"),
        "{alt}"
    );
}

/// All messages of the mail thread whose first subject is `subject`, in time order.
fn thread(mail: &DataFrame, subject: &str) -> DataFrame {
    let cid = rows_where(mail, "subject", subject);
    assert_eq!(cid.height(), 1, "one thread starts with {subject}");
    let cid = strs(&cid, "conversation_id")[0].clone();
    rows_where(mail, "conversation_id", &cid)
}

fn mail_id(mail: &DataFrame, subject: &str, i: usize) -> String {
    strs(&thread(mail, subject), "message_id")[i].clone()
}

#[test]
fn conversations_csv_is_for_people() {
    let r = run();
    let csv = std::fs::read(r.out.join("conversations.csv")).unwrap();
    assert!(
        csv.starts_with(b"\xef\xbb\xbf"),
        "UTF-8 BOM for Japanese Excel"
    );
    let text = String::from_utf8(csv).unwrap();
    let header = text.lines().next().unwrap().trim_start_matches('\u{feff}');
    assert!(header.starts_with("conversation_id,channel,started_at,ended_at,n_messages"));
    assert_eq!(text.lines().count(), 115);
    assert!(text.contains("2026-03-0"), "datetimes as RFC 3339 UTC");
    let no_bom = analyze(&[&repo().join("sample_data")], &["--csv-bom", "false"]);
    assert!(
        !std::fs::read(no_bom.out.join("conversations.csv"))
            .unwrap()
            .starts_with(b"\xef\xbb\xbf")
    );
}
