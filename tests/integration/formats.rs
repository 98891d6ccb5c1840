//! Formats not in sample_data, built in a temp folder: a JSON export with nested
//! conversations, a maildir (cur/ and new/) threaded with a loose .eml reply, and a
//! forced `--format`.

use std::path::Path;

use crate::support::{analyze, rows_where, strs};

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn mail(
    id: &str,
    parent: Option<&str>,
    from: &str,
    date: &str,
    subject: &str,
    body: &str,
) -> String {
    let refs = parent.map_or(String::new(), |p| {
        format!("In-Reply-To: <{p}>\nReferences: <{p}>\n")
    });
    format!(
        "From: {from}\nTo: desk@help.example\nSubject: {subject}\nDate: {date}\nMessage-ID: <{id}>\n{refs}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
}

#[test]
fn json_maildir_and_eml_together() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    write(
        &d.join("export.json"),
        r#"{"conversations": [
  {"id": "T-1", "channel": "chat", "messages": [
    {"id": "1", "created_at": "2026-03-02 10:00:00", "sender": {"id": "c-9", "name": "林", "role": "end_user"}, "body": "請求書が届きません"},
    {"id": "2", "created_at": "2026-03-02 10:02:00", "sender": {"id": "a-1", "name": "佐藤", "role": "agent"}, "body": "確認いたします", "is_private": false},
    {"id": "3", "created_at": "2026-03-02 10:03:00", "sender": {"id": "a-1", "name": "佐藤", "role": "agent"}, "body": "経理に確認中", "is_private": true}
  ]}
]}"#,
    );
    write(
        &d.join("box/cur/1700000000.1:2,S"),
        &mail(
            "q1@customer.example",
            None,
            "Yamada <yamada@customer.example>",
            "Mon, 2 Mar 2026 10:00:00 +0900",
            "解約について",
            "解約したいです。",
        ),
    );
    write(
        &d.join("box/new/1700000001.2"),
        &mail(
            "a1@help.example",
            Some("q1@customer.example"),
            "Support <desk@help.example>",
            "Mon, 2 Mar 2026 11:00:00 +0900",
            "Re: 解約について",
            "承知いたしました。手続きをご案内します。\n\n2026年3月2日(月) 10:00 Yamada <yamada@customer.example>:\n> 解約したいです。",
        ),
    );
    std::fs::create_dir_all(d.join("box/tmp")).unwrap();
    write(
        &d.join("loose/reply.eml"),
        &mail(
            "q2@customer.example",
            Some("a1@help.example"),
            "Yamada <yamada@customer.example>",
            "Mon, 2 Mar 2026 12:00:00 +0900",
            "Re: 解約について",
            "ありがとうございます。\n\nOn Mon, 2 Mar 2026 at 11:00, Support <desk@help.example> wrote:\n> 承知いたしました。",
        ),
    );
    let r = analyze(&[d], &["--agent-domain", "help.example"]);
    assert_eq!(r.code, 0, "{}\n{:?}", r.stderr, r.rejects());
    let formats: Vec<String> = r.json("run.json")["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["format"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(formats, vec!["maildir", "maildir", "json", "eml"]);

    let msgs = r.frame("messages.parquet");
    let chat = rows_where(&msgs, "conversation_id", "T-1");
    assert_eq!(strs(&chat, "role"), vec!["customer", "agent", "agent"]);
    assert_eq!(strs(&chat, "author_name"), vec!["林", "佐藤", "佐藤"]);
    assert_eq!(strs(&chat, "internal"), vec!["false", "false", "true"]);
    let thread = rows_where(&msgs, "conversation_id", "q1@customer.example");
    assert_eq!(strs(&thread, "role"), vec!["customer", "agent", "customer"]);
    assert_eq!(
        strs(&thread, "text"),
        vec![
            "解約したいです。",
            "承知いたしました。手続きをご案内します。",
            "ありがとうございます。"
        ]
    );
    let convs = r.frame("conversations.parquet");
    assert_eq!(
        strs(&convs, "conversation_id"),
        vec!["T-1", "q1@customer.example"]
    );
    assert_eq!(
        strs(&convs, "primary_agent_id"),
        vec!["a-1", "desk@help.example"]
    );
}

#[test]
fn format_flag_forces_a_reader() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("export.log");
    write(
        &f,
        r#"{"conversation_id": "c", "timestamp": 1772413200, "role": "customer", "text": "hello"}"#,
    );
    let r = analyze(&[&f], &[]);
    assert_eq!(
        r.code, 0,
        "JSON content is detected without the flag: {}",
        r.stderr
    );
    let r = analyze(&[&f], &["--format", "csv"]);
    assert_eq!(r.code, 1, "forced CSV cannot read JSON: {}", r.stderr);
    assert!(
        r.rejects()[0].3.contains("no text column"),
        "{:?}",
        r.rejects()
    );
    let r = analyze(&[&f], &["--format", "jsonl", "--tz", "UTC"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        strs(&r.frame("messages.parquet"), "utc_offset_s"),
        vec!["0"]
    );
}

#[test]
fn generated_corpus_is_reproducible_and_ingests_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let generate = |seed: &str, name: &str| {
        let path = tmp.path().join(name);
        let path_arg = path.to_string_lossy().into_owned();
        crate::support::otai_ok([
            "gen",
            "--conversations",
            "300",
            "--seed",
            seed,
            "--out",
            &path_arg,
        ]);
        std::fs::read(&path).unwrap()
    };
    let (a, b, c) = (
        generate("5", "a.jsonl"),
        generate("5", "b.jsonl"),
        generate("6", "c.jsonl"),
    );
    assert_eq!(a, b, "same seed, same bytes");
    assert_ne!(a, c);
    let r = analyze(&[&tmp.path().join("a.jsonl")], &["--no-report"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let convs = r.frame("conversations.parquet");
    assert_eq!(convs.height(), 300);
    // The phrase mix exercises every progress label and both channels and languages.
    let mut progress = strs(&convs, "progress");
    progress.sort();
    progress.dedup();
    assert!(progress.len() >= 3, "{progress:?}");
    let msgs = r.frame("messages.parquet");
    let mut langs = strs(&msgs, "language");
    langs.sort();
    langs.dedup();
    assert_eq!(langs, vec!["en", "ja"]);
}

/// Exports that name the agent in a column of its own (agent_name, agent, agent_id,
/// assignee, 担当者 …): read with no flags, agents found in every one; an export where
/// agent messages name nobody says so, with the otai.toml line that fixes it, on stderr,
/// in run.json and at the top of the team review.
#[test]
fn agents_are_found_in_their_own_columns_or_the_run_says_how_to_map_them() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let ts = |i: u32| format!("2026-03-0{}T10:0{}:00+09:00", 2 + i / 4, i % 4);
    std::fs::write(
        dir.join("helpdesk.csv"),
        format!(
            "ticket_id,created_at,sender_type,agent_name,body\n\
             T1,{},customer,,Login fails since this morning.\n\
             T1,{},agent,Mika Sato,\"Sorry for the trouble. Could you tap Settings and tell me what you see?\"\n\
             T1,{},customer,,\"It works now, thank you!\"\n",
            ts(0),
            ts(1),
            ts(2)
        ),
    )
    .unwrap();
    let jsonl = |key: &str, who: &str, conv: &str| {
        [
            ("customer", "困っています。ログインできません。"),
            (
                "agent",
                "ご不便をおかけしております。右上の歯車を押していただけますか。",
            ),
        ]
        .iter()
        .enumerate()
        .map(|(i, (role, text))| {
            let mut v = serde_json::json!({
                "conversation_id": conv, "message_id": format!("{conv}-{i}"),
                "timestamp": ts(i as u32 + 4), "role": role, "text": text,
            });
            if *role == "agent" {
                v[key] = serde_json::json!(who);
            }
            v.to_string() + "\n"
        })
        .collect::<String>()
    };
    std::fs::write(dir.join("agent.jsonl"), jsonl("agent", "agt-kato", "J1")).unwrap();
    std::fs::write(
        dir.join("agent_id.jsonl"),
        jsonl("agent_id", "agt-mori", "J2"),
    )
    .unwrap();
    std::fs::write(dir.join("tantou.jsonl"), jsonl("担当者", "田中", "J3")).unwrap();
    let r = crate::support::analyze(&[dir], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let agents = crate::support::strs(&r.frame("agents.parquet"), "agent_id");
    for who in ["Mika Sato", "agt-kato", "agt-mori", "田中"] {
        assert!(agents.iter().any(|a| a == who), "{who} not in {agents:?}");
    }
    let run = r.json("run.json");
    assert_eq!(run["agent_messages_without_author"].as_u64(), Some(0));
    assert!(run["warnings"].as_array().unwrap().is_empty());
    // No column names the agent: said, with the fix.
    let bare = tmp.path().join("bare");
    std::fs::create_dir(&bare).unwrap();
    std::fs::write(bare.join("x.jsonl"), jsonl("comment", "nobody", "B1")).unwrap();
    let r = crate::support::analyze(&[&bare], &[]);
    let run = r.json("run.json");
    let warning = run["warnings"][0].as_str().unwrap_or_default().to_string();
    assert!(
        warning.contains("1 of 1 agent messages name no agent")
            && warning.contains("[input.columns] author_id"),
        "{run}"
    );
    assert!(
        r.stderr.contains("[input.columns] author_id"),
        "{}",
        r.stderr
    );
    let review = std::fs::read_to_string(r.out.join("reports/index.md")).unwrap();
    assert!(
        review.contains("⚠ 注意") && review.contains("input.columns"),
        "{review}"
    );
}

/// A Japanese export whose role column has a name otai does not know (区分) but values it
/// does (顧客 / オペレーター): the column is found by what it holds, said in run.json, and
/// its agent column (担当者) names the agent. `[input.columns] role` still decides.
#[test]
fn a_role_column_is_found_by_its_values() {
    let tmp = tempfile::tempdir().unwrap();
    let csv = "問い合わせ番号,日時,区分,担当者,本文\n\
               Q1,2026-03-02 10:00,顧客,,ログインできません。困っています。\n\
               Q1,2026-03-02 10:01,オペレーター,田中,ご不便をおかけしております。右上の歯車を押していただけますか。\n\
               Q1,2026-03-02 10:03,顧客,,できました!ありがとうございました。\n\
               Q1,2026-03-02 10:04,オペレーター,田中,よかったです。ご協力ありがとうございました。\n";
    std::fs::write(tmp.path().join("export.csv"), csv).unwrap();
    let r = analyze(&[tmp.path()], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let run = r.json("run.json");
    let inferred = run["inputs"][0]["inferred"][0].as_str().unwrap_or_default();
    assert!(
        inferred.contains("区分") && inferred.contains("顧客"),
        "{run}"
    );
    assert_eq!(
        strs(&r.frame("agents.parquet"), "agent_id"),
        vec!["田中".to_string()]
    );
    let convs = r.frame("conversations.parquet");
    assert_eq!(strs(&convs, "customer_did_it"), vec!["true".to_string()]);
    // An explicit mapping wins: no column is inferred.
    std::fs::write(
        tmp.path().join("otai.toml"),
        "[input.columns]\nrole = \"区分\"\n",
    )
    .unwrap();
    let r = analyze(&[tmp.path()], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.json("run.json")["inputs"][0]["inferred"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}
