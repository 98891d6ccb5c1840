//! Reports: snapshots of the Markdown for sample_data (four weeks: trends, week over
//! week, `--week`), conversation pages (Markdown and HTML structure: evidence marked at
//! its sentence, internal notes, folded quotes), the review queue, one owner of the
//! figures (agents.csv and the reports agree), hostile text escaped, file names from
//! hostile agent ids kept inside the output folder, an agent's report showing only that
//! agent's conversations, coaching exports masked by default, `otai report` rebuilding
//! byte-identical files from the tables alone.

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
    // Four weeks of data: week over week is a number for every agent, not 「—」.
    let index = read(&r.out.join("reports/index.md"));
    let agents = table_after(&index, "## 担当者別");
    assert_eq!(agents.len(), 6);
    assert!(agents.iter().all(|row| row[5] != "—"), "{agents:?}");
    let trend = table_after(&index, "## 行動別の推移");
    assert_eq!(
        trend.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(),
        ["2026-W07", "2026-W08", "2026-W09", "2026-W10"]
    );
}

/// The rows of the first Markdown table after `heading` (cells trimmed, links as text).
fn table_after(md: &str, heading: &str) -> Vec<Vec<String>> {
    let start = md
        .find(heading)
        .unwrap_or_else(|| panic!("{heading} missing"));
    md[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|c| {
                    let c = c.trim();
                    // "[text](link)" → "text"
                    match (c.strip_prefix('['), c.find("](")) {
                        (Some(_), Some(i)) => c[1..i].to_string(),
                        _ => c.to_string(),
                    }
                })
                .collect()
        })
        .collect()
}

#[test]
fn week_selects_an_earlier_week() {
    let r = analyze(&[&repo().join("sample_data")], &["--week", "2026-W08"]);
    let index = read(&r.out.join("reports/index.md"));
    insta::assert_snapshot!("report_index_w08_md", index);
    assert!(index.starts_with("# チーム週次レビュー 2026-W08"));
    // The trend ends at the review week; week over week compares with W07.
    let trend = table_after(&index, "## 行動別の推移");
    assert_eq!(trend.last().unwrap()[0], "2026-W08");
    // A week that is not an ISO week is refused with the fix.
    let bad = crate::support::analyze(&[&repo().join("sample_data")], &["--week", "2026-10"]);
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("YYYY-Www"), "{}", bad.stderr);
}

/// The HTML's element structure: tag names with their class, one per line, no text.
fn html_structure(html: &str) -> String {
    let body = &html[html.find("<body>").unwrap_or(0)..];
    let mut out = String::new();
    let mut rest = body;
    while let Some(i) = rest.find('<') {
        let Some(j) = rest[i..].find('>') else { break };
        let tag = &rest[i + 1..i + j];
        rest = &rest[i + j + 1..];
        if tag.starts_with('/') || tag.starts_with("svg") || tag.starts_with('!') {
            continue;
        }
        let name = tag.split([' ', '/']).next().unwrap_or("");
        if matches!(name, "td" | "th" | "tr" | "li" | "sup") {
            continue;
        }
        let class = tag
            .split("class=\"")
            .nth(1)
            .and_then(|c| c.split('"').next())
            .map(|c| format!(".{}", c.replace(' ', ".")))
            .unwrap_or_default();
        out.push_str(&format!("{name}{class}\n"));
    }
    out
}

/// (title, text) of every `<mark>` in a page.
fn marks(html: &str) -> Vec<(String, String)> {
    html.split("<mark ")
        .skip(1)
        .map(|m| {
            let title = m
                .split("title=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            let text = m
                .split_once('>')
                .unwrap()
                .1
                .split("</mark>")
                .next()
                .unwrap();
            (title.to_string(), text.to_string())
        })
        .collect()
}

#[test]
fn conversation_pages_show_the_thread_with_evidence_in_place() {
    let r = analyze(&[&repo().join("sample_data")], &[]);
    // A hand-over chat with an internal note, and a mail thread with quoted replies.
    for (name, id) in [
        ("page_chat_internal", "chat-017"),
        ("page_mail_quoted", "t04.m0.3311@mail.example"),
    ] {
        let stem = format!("reports/conversations/{}", otai::report::slug::slug(id));
        let md = read(&r.out.join(format!("{stem}.md")));
        let html = read(&r.out.join(format!("{stem}.html")));
        insta::assert_snapshot!(format!("{name}_md"), md);
        insta::assert_snapshot!(format!("{name}_html_structure"), html_structure(&html));
    }
    let internal = read(&r.out.join("reports/conversations/chat-017.html"));
    assert!(internal.contains("class=\"msg agent internal\""));
    assert!(internal.contains("社内メモ"));
    let mail = read(&r.out.join(format!(
        "reports/conversations/{}.html",
        otai::report::slug::slug("t04.m0.3311@mail.example")
    )));
    assert!(
        mail.contains("<details class=\"quoted\">"),
        "quotes are folded"
    );
    // Every evidence sentence of the week's conversations that is in an agent's or a
    // customer's text is marked where it stands, with its rule id on hover.
    let ev = r.frame("evidence.parquet");
    let conv = r.frame("conversations.parquet");
    let week: std::collections::HashSet<String> = crate::support::strs(&conv, "conversation_id")
        .into_iter()
        .zip(crate::support::strs(&conv, "week"))
        .filter(|(_, w)| w == "2026-W10")
        .map(|(c, _)| c)
        .collect();
    let (cids, rules, excerpts) = (
        crate::support::strs(&ev, "conversation_id"),
        crate::support::strs(&ev, "rule_id"),
        crate::support::strs(&ev, "excerpt"),
    );
    let mut checked = 0;
    for i in 0..ev.height() {
        if !week.contains(&cids[i]) || excerpts[i].contains(" … ") {
            continue;
        }
        let page = read(&r.out.join(format!(
            "reports/conversations/{}.html",
            otai::report::slug::slug(&cids[i])
        )));
        let sentence = excerpts[i].replacen('【', "", 1).replacen('】', "", 1);
        let sentence = otai::report::doc::esc(&sentence);
        // The page shows the text as written; the scorer read it NFKC-normalised.
        use unicode_normalization::UnicodeNormalization as _;
        let hit = marks(&page).iter().any(|(title, text)| {
            let nfkc: String = text.nfkc().collect();
            title.contains(&rules[i])
                && (text.contains(sentence.trim()) || nfkc.contains(sentence.trim()))
        });
        let noted = page.contains(&format!(" — 「{}」", otai::report::doc::esc(&excerpts[i])));
        assert!(hit || noted, "{} {}: {sentence}", cids[i], rules[i]);
        checked += usize::from(hit);
    }
    assert!(checked > 50, "only {checked} marks checked");
}

#[test]
fn agents_csv_and_the_reports_agree_on_every_figure() {
    let r = analyze(&[&repo().join("sample_data")], &[]);
    let agents = r.frame("agents.parquet");
    let index = read(&r.out.join("reports/index.md"));
    let table = table_after(&index, "## 担当者別");
    let f = |name: &str, i: usize| -> Option<f64> {
        agents
            .column(name)
            .unwrap()
            .as_materialized_series()
            .cast(&polars::prelude::DataType::Float64)
            .unwrap()
            .f64()
            .unwrap()
            .get(i)
    };
    let ids = crate::support::strs(&agents, "agent_id");
    let weeks = crate::support::strs(&agents, "week");
    let pct = |v: Option<f64>| v.map_or("—".to_string(), |x| format!("{}%", (x * 100.0).round()));
    let num = |v: Option<f64>| match v {
        None => "—".to_string(),
        Some(x) if x == x.trunc() => format!("{x}"),
        Some(x) => format!("{x:.1}"),
    };
    let mut seen = 0;
    for i in 0..agents.height() {
        if weeks[i] != "2026-W10" {
            continue;
        }
        let row = table
            .iter()
            .find(|r| r[0] == ids[i])
            .expect("agent in the review");
        assert_eq!(
            row[1],
            format!("{}", f("conversations", i).unwrap()),
            "{}",
            ids[i]
        );
        assert_eq!(row[3], pct(f("sla_hit_rate", i)), "{}", ids[i]);
        assert_eq!(row[4], num(f("mean_overall_score", i)), "{}", ids[i]);
        assert_eq!(row[6], pct(f("turnaround_rate", i)), "{}", ids[i]);
        // The agent's own report shows the same behaviour means.
        let own = read(&r.out.join(format!(
            "reports/agents/{}.md",
            otai::report::slug::slug(&ids[i])
        )));
        let scores = table_after(&own, "## 行動別スコア");
        for (k, col) in [
            "mean_latency_score",
            "mean_backtracking_score",
            "mean_transparency_score",
            "mean_expectation_score",
            "mean_gratitude_score",
            "mean_self_efficacy_score",
            "mean_overall_score",
        ]
        .iter()
        .enumerate()
        {
            assert_eq!(scores[k][1], num(f(col, i)), "{} {col}", ids[i]);
        }
        seen += 1;
    }
    assert_eq!(seen, table.len());
}

#[test]
fn review_queue_csv_is_bounded_unique_and_excel_safe() {
    let r = analyze(&[&repo().join("sample_data")], &["--review", "3"]);
    let bytes = std::fs::read(r.out.join("reports/review_queue.csv")).unwrap();
    assert!(bytes.starts_with(b"\xef\xbb\xbf"));
    let text = String::from_utf8(bytes).unwrap();
    let mut rdr = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut per_scope: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for rec in rdr.records() {
        let rec = rec.unwrap();
        for cell in rec.iter() {
            let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            assert!(
                !risky || cell.parse::<f64>().is_ok(),
                "Excel would run {cell}"
            );
        }
        per_scope
            .entry(rec[0].to_string())
            .or_default()
            .push(rec[2].to_string());
        assert!(
            !rec[6].is_empty() && !rec[7].is_empty(),
            "every entry has its reasons"
        );
    }
    assert_eq!(per_scope["team"].len(), 10);
    for (scope, ids) in &per_scope {
        assert!(scope == "team" || ids.len() <= 3, "{scope}: {ids:?}");
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            ids.len(),
            "{scope} lists a conversation twice"
        );
    }
    assert!(
        per_scope.len() > 2,
        "agents have their queues: {per_scope:?}"
    );
}

/// Every report names the rubric that scored it: run.json's hash is in each file.
#[test]
fn every_report_names_the_rubric_hash() {
    let r = analyze(&[&repo().join("sample_data")], &[]);
    let hash = r.json("run.json")["rubric_hash"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(hash.len(), 64);
    let mut checked = 0;
    for f in walk(&r.out.join("reports"))
        .into_iter()
        .chain(walk(&r.out.join("coaching")))
        .filter(|f| {
            f.extension()
                .is_some_and(|x| x == "md" || x == "html" || x == "json")
        })
    {
        assert!(read(&f).contains(&hash), "{}", f.display());
        checked += 1;
    }
    assert!(checked > 100, "{checked}");
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
    assert!(html.contains("<a href=\"../conversations/x1.html\">x1</a>"));
    assert!(!html.contains(">x2<") && !html.contains(">x3<"));
    assert!(
        !html.contains("conversations/x2") && !html.contains("conversations/x3"),
        "an agent's report links only that agent's conversations"
    );
    // Coaching exports mask personal data by default …
    let coach = read(&out.join(format!("coaching/{slug}.md")))
        + &read(&out.join(format!("coaching/{slug}.json")));
    assert!(!coach.contains("taro@example.com"), "{coach}");
    assert!(coach.contains("〔メール〕"), "{coach}");
    // … and so do the conversation pages it cites; the report's own pages escape.
    let cited = read(&out.join("coaching/conversations/x1.md"));
    assert!(
        !cited.contains("taro@example.com") && cited.contains("〔メール〕"),
        "{cited}"
    );
    let page = read(&out.join("reports/conversations/x1.html"));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.contains("<script>"));
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

/// On a busy week an agent's list holds the 50 lowest-scored conversations (with a note
/// on the rest), and pages are written only for conversations some report lists, so the
/// reports stay bounded; every listed conversation still has its page.
#[test]
fn a_busy_week_lists_and_pages_a_bounded_set() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let mut lines = Vec::new();
    for i in 0..80 {
        let day = 2 + i % 5;
        lines.push(format!(
            r#"{{"conversation_id": "c{i:03}", "message_id": "{i}-1", "timestamp": "2026-03-0{day}T10:00:00+09:00", "role": "customer", "author_id": "u{i}", "text": "請求書を再発行してください。"}}"#
        ));
        lines.push(format!(
            r#"{{"conversation_id": "c{i:03}", "message_id": "{i}-2", "timestamp": "2026-03-0{day}T10:0{}:00+09:00", "role": "agent", "author_id": "a", "text": "承知しました。"}}"#,
            1 + i % 9
        ));
    }
    std::fs::write(data.join("chat.jsonl"), lines.join("\n")).unwrap();
    let r = crate::support::analyze(&[&data], &[]);
    let report = read(&r.out.join("reports/agents/a.md"));
    let rows = table_after(&report, "## 担当した会話");
    assert_eq!(rows.len(), 50, "{report}");
    assert!(
        report.contains("ほか 30 件は conversations.csv"),
        "{report}"
    );
    let pages: Vec<String> = std::fs::read_dir(r.out.join("reports/conversations"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f.ends_with(".html"))
        .collect();
    assert!(
        pages.len() >= 50 && pages.len() < 80,
        "{} pages",
        pages.len()
    );
    for row in &rows {
        assert!(
            pages.contains(&format!("{}.html", row[0])),
            "{} has no page",
            row[0]
        );
    }
}

/// One long conversation (a LINE history, a Teams chat): its page shows the start, every
/// message with evidence and a few around it, and the end, says how much it left out and
/// how to read the rest, and stays small; the rest of the reports are still written.
/// (The work is linear by construction — evidence is grouped by message once — so this
/// checks what a person opens, not a timing.)
#[test]
fn a_long_conversation_gets_a_page_a_person_can_open() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("long.jsonl");
    let n = 5000;
    let mut lines = String::new();
    for i in 0..n {
        let (role, author, text) = if i % 2 == 0 {
            (
                "customer",
                "cus-1",
                format!("msg-{i:05} まだつながりません。"),
            )
        } else if i % 20 == 1 {
            (
                "agent",
                "agt-long",
                format!("msg-{i:05} ご不便をおかけしており申し訳ございません。"),
            )
        } else {
            ("agent", "agt-long", format!("msg-{i:05} 承知しました。"))
        };
        // The customer's name is said at the start (shown) but written as an author name
        // only on a message the page leaves out: a masked page must still hide it (only
        // the shown messages of a long thread are read whole).
        let text = if i == 0 {
            format!("{text} 山田花子です。")
        } else {
            text
        };
        let name = (i == 1010).then_some("山田花子");
        let ts = chrono::DateTime::from_timestamp(1_772_000_000 + i as i64 * 20, 0).unwrap();
        lines.push_str(
            &serde_json::json!({
                "conversation_id": "long-1",
                "message_id": format!("long-1-m{i:05}"),
                "timestamp": ts.to_rfc3339(),
                "role": role,
                "author_id": author,
                "author_name": name,
                "channel": "chat",
                "text": text,
            })
            .to_string(),
        );
        lines.push('\n');
    }
    std::fs::write(&input, lines).unwrap();
    let r = crate::support::analyze(&[&input], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for ext in ["md", "html"] {
        let page = r.out.join(format!("reports/conversations/long-1.{ext}"));
        let text = read(&page);
        let shown: std::collections::BTreeSet<&str> = text
            .match_indices("msg-")
            .map(|(i, _)| &text[i..i + 9])
            .collect();
        // Start and end, and every message that carries evidence (one in twenty).
        for must in [
            "msg-00000",
            "msg-00049",
            "msg-04950",
            "msg-04999",
            "msg-00001",
            "msg-02501",
        ] {
            assert!(shown.contains(must), "{ext}: {must} not shown");
        }
        assert!(
            shown.len() < 2500 && shown.len() > 1000,
            "{ext}: {} shown",
            shown.len()
        );
        assert!(text.contains("件のメッセージを省略"), "{ext}: no gap line");
        assert!(text.contains("otai query"), "{ext}: no way to the rest");
        let size = std::fs::metadata(&page).unwrap().len();
        assert!(size < 2_000_000, "{ext}: {size} bytes");
        assert!(
            !shown.contains("msg-01010"),
            "{ext}: the named message is shown"
        );
        assert!(
            text.contains("山田花子です"),
            "{ext}: the unmasked page hides the name"
        );
    }
    // Every masked page of the long thread (the coaching exports') hides the name.
    let mut masked = 0;
    for entry in walkdir::WalkDir::new(r.out.join("coaching")) {
        let entry = entry.unwrap().into_path();
        let body = std::fs::read_to_string(&entry).unwrap_or_default();
        if body.contains("msg-00000") {
            masked += 1;
            assert!(
                !body.contains("山田花子"),
                "{}: name not masked",
                entry.display()
            );
        }
    }
    assert!(masked > 0, "no masked page of the long thread");
    assert!(r.out.join("reports/index.md").is_file());
}
