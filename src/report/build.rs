//! The three documents: per-agent reports (self-reflection: only that agent's
//! conversations and evidence), the team weekly review, and coaching exports (masked).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::json;

use super::doc::Block;
use super::mask::mask;
use super::tables::{Conv, Ev, SCORE_COLUMNS, Tables};

const BEHAVIOUR_NAMES: [&str; 5] = [
    "応答速度",
    "バックトラッキング",
    "進捗の透明性",
    "期待値の調整",
    "締めの感謝",
];

/// What the source articles recommend instead, per coaching topic.
pub fn recommendation(topic: &str) -> &'static str {
    match topic {
        "overpromise" => {
            "無理な約束をせず、現実的な見通しを正直に伝える。不確実な点は確定ではないと明示する(例:「現時点では確定ではございませんが、〜の見込みです」)。[A 期待値の適切な管理]"
        }
        "promise" => {
            "約束した時刻までに、結果が出ていなくても途中経過を連絡する。守れない約束はしない。[A 期待値の適切な管理]"
        }
        "progress" => {
            "「調査中です」だけでなく、何を確認し何が分かったか、次の一手とその時期を具体的に伝える(例:「〇〇の切り分けを行い、▲▲は正常でした。明日午前中に△△に進む見込みです」)。[A 対応策と進捗状況の透明性]"
        }
        "jargon" => {
            "専門用語を避け、使うときは簡単な補足説明を添える。[A 専門用語を避け、分かりやすく説明]"
        }
        "backtracking" => {
            "お客様の言葉を要約して返し、理解を確認する(例:「つまり、〇〇という状況でよろしいでしょうか」)。[A リモートでの「傾聴」の実践]"
        }
        "gratitude" => {
            "解決後に、お客様の時間・忍耐・協力への感謝を伝える(例:「長時間にわたりお付き合いいただき、誠にありがとうございました」)。[A お客様への感謝の表明]"
        }
        "empathy" => {
            "困難な場面では共感の言葉を挟む(例:「〜という状況で、大変ご不安ですよね」)。[A お客様の感情と期待の把握 / B 生理的・情動的状態]"
        }
        "latency" => {
            "問い合わせを受け付けたことを素早く伝える(迅速かつ丁寧な一次応答)。[A 信頼を築く初期応対の技術]"
        }
        "self_efficacy" => {
            "手順を一つずつ区切って案内し、できたことを具体的に認める(「このボタンを押せますか」「順調です」)。[B 達成経験・言語的説得]"
        }
        _ => "",
    }
}

fn fmt(v: Option<f64>) -> String {
    v.map_or("—".to_string(), |x| {
        if x.fract() == 0.0 {
            format!("{x:.0}")
        } else {
            format!("{x:.1}")
        }
    })
}

fn pct(v: Option<f64>) -> String {
    v.map_or("—".to_string(), |x| format!("{:.0}%", x * 100.0))
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    v.retain(|x| x.is_finite());
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

fn mean(v: &[f64]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

fn duration(s: Option<f64>) -> String {
    match s {
        None => "未応答".into(),
        Some(s) if s < 60.0 => format!("{s:.0}秒"),
        Some(s) if s < 3600.0 => format!("{:.0}分", s / 60.0),
        Some(s) if s < 86400.0 => format!("{:.1}時間", s / 3600.0),
        Some(s) => format!("{:.1}日", s / 86400.0),
    }
}

/// Every ISO week in the data, in order.
fn all_weeks(t: &Tables) -> Vec<String> {
    t.conversations
        .iter()
        .map(|c| c.week.clone())
        .filter(|w| !w.is_empty())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// The week a report covers: the requested one, else the latest in the data.
pub fn report_week(t: &Tables, requested: Option<&str>) -> String {
    requested
        .map(str::to_string)
        .or_else(|| {
            t.conversations
                .iter()
                .map(|c| c.week.clone())
                .filter(|w| !w.is_empty())
                .max()
        })
        .unwrap_or_default()
}

/// Conversations an agent took part in (primary or wrote publicly), in a week.
fn agent_convs<'a>(t: &'a Tables, agent: &str, week: &str) -> Vec<&'a Conv> {
    t.conversations
        .iter()
        .filter(|c| {
            c.week == week
                && (c.primary.as_deref() == Some(agent) || c.agent_ids.iter().any(|a| a == agent))
        })
        .collect()
}

fn agent_scores(convs: &[&Conv], agent: &str) -> [Option<f64>; 6] {
    let prim: Vec<&&Conv> = convs
        .iter()
        .filter(|c| c.primary.as_deref() == Some(agent))
        .collect();
    let mut out = [None; 6];
    for (k, slot) in out.iter_mut().take(5).enumerate() {
        *slot = mean(&prim.iter().filter_map(|c| c.scores[k]).collect::<Vec<_>>());
    }
    out[5] = mean(&prim.iter().filter_map(|c| c.overall).collect::<Vec<_>>());
    out
}

/// Agents with conversations in the week, sorted.
pub fn agents_in_week(t: &Tables, week: &str) -> Vec<String> {
    let set: BTreeSet<String> = t
        .conversations
        .iter()
        .filter(|c| c.week == week)
        .flat_map(|c| c.agent_ids.iter().cloned().chain(c.primary.clone()))
        .collect();
    set.into_iter().collect()
}

fn team_medians(t: &Tables, week: &str) -> [Option<f64>; 6] {
    let per_agent: Vec<[Option<f64>; 6]> = agents_in_week(t, week)
        .iter()
        .map(|a| agent_scores(&agent_convs(t, a, week), a))
        .collect();
    let mut out = [None; 6];
    for (k, slot) in out.iter_mut().enumerate() {
        *slot = median(per_agent.iter().filter_map(|s| s[k]).collect());
    }
    out
}

fn evidence_of<'a>(t: &'a Tables, agent: &str, convs: &[&Conv]) -> Vec<&'a Ev> {
    let ids: BTreeSet<&str> = convs.iter().map(|c| c.id.as_str()).collect();
    t.evidence
        .iter()
        .filter(|e| {
            e.agent_id.as_deref() == Some(agent) && ids.contains(e.conversation_id.as_str())
        })
        .collect()
}

/// Best moments: one good example per behaviour, in a fixed priority order.
fn best_moments<'a>(ev: &[&'a Ev]) -> Vec<&'a Ev> {
    [
        "backtracking",
        "progress",
        "expectation",
        "gratitude",
        "self_efficacy",
        "empathy",
        "promise",
    ]
    .iter()
    .filter_map(|b| {
        ev.iter()
            .copied()
            .find(|e| e.behaviour == *b && e.polarity == "good")
    })
    .take(3)
    .collect()
}

/// Coaching opportunities: the agent's own bad evidence first, then behaviours missing
/// where they were needed. (topic, example or situation, rule id)
fn opportunities(ev: &[&Ev], convs: &[&Conv], agent: &str) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    for topic in ["overpromise", "promise", "progress", "jargon"] {
        if let Some(e) = ev
            .iter()
            .find(|e| e.behaviour == topic && e.polarity == "bad")
        {
            out.push((topic.to_string(), e.excerpt.clone(), e.rule_id.clone()));
        }
    }
    let prim: Vec<&&Conv> = convs
        .iter()
        .filter(|c| c.primary.as_deref() == Some(agent))
        .collect();
    let missing = [
        (
            "backtracking",
            prim.iter().find(|c| c.difficult && !c.backtracking),
        ),
        ("empathy", prim.iter().find(|c| c.difficult && !c.empathy)),
        (
            "gratitude",
            prim.iter()
                .find(|c| c.first_response_s.is_some() && !c.closing_gratitude),
        ),
        ("latency", prim.iter().find(|c| c.sla_met == Some(false))),
    ];
    for (topic, c) in missing {
        if let Some(c) = c {
            out.push((
                topic.to_string(),
                format!("会話 {} ではこの行動が見られませんでした", c.id),
                String::new(),
            ));
        }
    }
    out.truncate(3);
    out
}

fn behaviour_label(b: &str) -> &str {
    match b {
        "backtracking" => "バックトラッキング",
        "progress" => "進捗報告",
        "expectation" => "期待値の調整",
        "overpromise" => "過剰な約束",
        "promise" => "約束の時刻",
        "gratitude" => "締めの感謝",
        "self_efficacy" => "自己効力感の支援",
        "empathy" => "共感",
        "jargon" => "専門用語",
        "latency" => "初回応答",
        other => other,
    }
}

/// The per-agent report.
pub fn agent_report(t: &Tables, agent: &str, week: &str, charts: Vec<Block>) -> Vec<Block> {
    let convs = agent_convs(t, agent, week);
    let mine = agent_scores(&convs, agent);
    let team = team_medians(t, week);
    let prim: Vec<&&Conv> = convs
        .iter()
        .filter(|c| c.primary.as_deref() == Some(agent))
        .collect();
    let ev = evidence_of(t, agent, &convs);
    let mut b = vec![
        Block::Heading(1, format!("{agent} — 週次レポート {week}")),
        Block::Para(format!(
            "担当会話 {} 件(参加 {} 件)。総合スコア {}(チーム中央値 {})。",
            prim.len(),
            convs.len(),
            fmt(mine[5]),
            fmt(team[5])
        )),
        Block::Heading(2, "行動別スコア(チーム中央値との比較)".into()),
    ];
    let rows = (0..6)
        .map(|k| {
            let name = if k < 5 { BEHAVIOUR_NAMES[k] } else { "総合" };
            let diff = match (mine[k], team[k]) {
                (Some(a), Some(b)) => format!("{:+.1}", a - b),
                _ => "—".into(),
            };
            vec![name.to_string(), fmt(mine[k]), fmt(team[k]), diff]
        })
        .collect();
    b.push(Block::Table(
        vec![
            "行動".into(),
            "あなた".into(),
            "チーム中央値".into(),
            "差".into(),
        ],
        rows,
    ));
    b.extend(charts);
    // Trend by ISO week (all weeks in the data).
    let weeks = all_weeks(t);
    let trend: Vec<Vec<String>> = weeks
        .iter()
        .map(|w| {
            let c = agent_convs(t, agent, w);
            let s = agent_scores(&c, agent);
            let n = c
                .iter()
                .filter(|x| x.primary.as_deref() == Some(agent))
                .count();
            vec![w.to_string(), n.to_string(), fmt(s[5])]
        })
        .collect();
    b.push(Block::Heading(2, "週ごとの推移".into()));
    b.push(Block::Table(
        vec!["週".into(), "担当会話".into(), "総合スコア".into()],
        trend,
    ));
    // Latency distribution.
    let buckets = [
        (60.0, "1分以内"),
        (300.0, "5分以内"),
        (1800.0, "30分以内"),
        (7200.0, "2時間以内"),
        (86400.0, "1日以内"),
        (f64::INFINITY, "1日超"),
    ];
    let mut counts = vec![0usize; buckets.len() + 1];
    for c in &prim {
        match c.first_response_s {
            None if c.n_customer > 0.0 => counts[buckets.len()] += 1,
            None => {}
            Some(s) => {
                counts[buckets
                    .iter()
                    .position(|(lim, _)| s <= *lim)
                    .unwrap_or(buckets.len() - 1)] += 1
            }
        }
    }
    let mut dist: Vec<Vec<String>> = buckets
        .iter()
        .zip(&counts)
        .map(|((_, l), n)| vec![l.to_string(), n.to_string()])
        .collect();
    dist.push(vec!["未応答".into(), counts[buckets.len()].to_string()]);
    let frs: Vec<f64> = prim.iter().filter_map(|c| c.first_response_s).collect();
    let sla: Vec<f64> = prim
        .iter()
        .filter_map(|c| c.sla_met.map(|m| if m { 1.0 } else { 0.0 }))
        .collect();
    b.push(Block::Heading(2, "初回応答時間".into()));
    b.push(Block::Para(format!(
        "中央値 {}、SLA達成率 {}。",
        duration(median(frs)),
        pct(mean(&sla))
    )));
    b.push(Block::Table(vec!["初回応答".into(), "会話数".into()], dist));
    // Best moments and coaching opportunities, each with its sentence and rule.
    b.push(Block::Heading(2, "よかった場面".into()));
    let best = best_moments(&ev);
    b.push(if best.is_empty() {
        Block::Para("今週は該当する場面がありませんでした。".into())
    } else {
        Block::List(
            best.iter()
                .map(|e| {
                    format!(
                        "{}: {}(ルール {}、会話 {})",
                        behaviour_label(&e.behaviour),
                        e.excerpt,
                        e.rule_id,
                        e.conversation_id
                    )
                })
                .collect(),
        )
    });
    b.push(Block::Heading(2, "練習したいこと".into()));
    let opp = opportunities(&ev, &convs, agent);
    b.push(if opp.is_empty() {
        Block::Para("今週は目立った改善点はありませんでした。".into())
    } else {
        Block::Table(
            vec![
                "テーマ".into(),
                "場面".into(),
                "ルール".into(),
                "記事の推奨".into(),
            ],
            opp.iter()
                .map(|(t, ex, r)| {
                    vec![
                        behaviour_label(t).to_string(),
                        ex.clone(),
                        r.clone(),
                        recommendation(t).to_string(),
                    ]
                })
                .collect(),
        )
    });
    // Customer outcomes: ピンチをチャンスに.
    let difficult: Vec<&&&Conv> = prim.iter().filter(|c| c.difficult).collect();
    let turned = difficult.iter().filter(|c| c.turnaround).count();
    b.push(Block::Heading(2, "困難な会話とその結果".into()));
    b.push(Block::Para(format!(
        "困難な会話 {} 件のうち {} 件で、お客様が最後に安心や感謝を示しました(ターンアラウンド率 {})。お客様自身が解決できた会話: {} 件。",
        difficult.len(),
        turned,
        pct((!difficult.is_empty()).then(|| turned as f64 / difficult.len() as f64)),
        prim.iter().filter(|c| c.customer_did_it).count()
    )));
    // Only this agent's conversations.
    b.push(Block::Heading(2, "担当した会話".into()));
    b.push(Block::Table(
        vec![
            "会話".into(),
            "チャネル".into(),
            "開始".into(),
            "担当".into(),
            "総合".into(),
            "進捗".into(),
            "困難→好転".into(),
        ],
        convs
            .iter()
            .map(|c| {
                vec![
                    c.id.clone(),
                    c.channel.clone(),
                    c.started_at.clone(),
                    if c.primary.as_deref() == Some(agent) {
                        "主担当".into()
                    } else {
                        "参加".into()
                    },
                    fmt(c.overall),
                    c.progress.clone(),
                    match (c.difficult, c.turnaround) {
                        (true, true) => "困難→好転".into(),
                        (true, false) => "困難".into(),
                        _ => "".into(),
                    },
                ]
            })
            .collect(),
    ));
    b
}

/// The team weekly review.
pub fn team_review(t: &Tables, week: &str, charts: Vec<Block>) -> Vec<Block> {
    let agents = agents_in_week(t, week);
    let prev_week = t
        .conversations
        .iter()
        .map(|c| c.week.as_str())
        .filter(|w| *w < week)
        .max()
        .map(str::to_string);
    let week_convs: Vec<&Conv> = t.conversations.iter().filter(|c| c.week == week).collect();
    let mut b = vec![
        Block::Heading(1, format!("チーム週次レビュー {week}")),
        Block::Para(format!(
            "会話 {} 件、担当者 {} 名。",
            week_convs.len(),
            agents.len()
        )),
        Block::Heading(2, "担当者別".into()),
    ];
    let rows = agents
        .iter()
        .map(|a| {
            let convs = agent_convs(t, a, week);
            let s = agent_scores(&convs, a);
            let prim: Vec<&&Conv> = convs
                .iter()
                .filter(|c| c.primary.as_deref() == Some(a.as_str()))
                .collect();
            let sla: Vec<f64> = prim
                .iter()
                .filter_map(|c| c.sla_met.map(|m| if m { 1.0 } else { 0.0 }))
                .collect();
            let frs: Vec<f64> = prim.iter().filter_map(|c| c.first_response_s).collect();
            let diff: Vec<&&&Conv> = prim.iter().filter(|c| c.difficult).collect();
            let change = prev_week.as_deref().and_then(|w| {
                let p = agent_scores(&agent_convs(t, a, w), a)[5];
                Some(format!("{:+.1}", s[5]? - p?))
            });
            vec![
                a.clone(),
                format!("reports/agents/{}.html", super::slug::slug(a)),
                prim.len().to_string(),
                duration(median(frs)),
                pct(mean(&sla)),
                fmt(s[5]),
                change.unwrap_or_else(|| "—".into()),
                pct((!diff.is_empty()).then(|| {
                    diff.iter().filter(|c| c.turnaround).count() as f64 / diff.len() as f64
                })),
            ]
        })
        .collect();
    b.push(Block::Table(
        [
            "担当者",
            "レポート",
            "担当会話",
            "初回応答(中央値)",
            "SLA達成率",
            "総合スコア",
            "前週比",
            "ターンアラウンド率",
        ]
        .map(String::from)
        .to_vec(),
        rows,
    ));
    b.push(Block::Heading(2, "担当者別レポート".into()));
    b.push(Block::Links(
        agents
            .iter()
            .map(|a| (a.clone(), format!("agents/{}", super::slug::slug(a))))
            .collect(),
    ));
    b.extend(charts);
    // Score distribution.
    let mut hist = [0usize; 5];
    for c in &week_convs {
        if let Some(s) = c.overall {
            hist[((s / 20.0).floor() as usize).min(4)] += 1;
        }
    }
    b.push(Block::Heading(2, "総合スコアの分布".into()));
    b.push(Block::Table(
        vec!["スコア".into(), "会話数".into()],
        ["0–19", "20–39", "40–59", "60–79", "80–100"]
            .iter()
            .zip(hist)
            .map(|(l, n)| vec![l.to_string(), n.to_string()])
            .collect(),
    ));
    // SLA by channel.
    let mut by_channel: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for c in &week_convs {
        if let Some(m) = c.sla_met {
            by_channel
                .entry(c.channel.as_str())
                .or_default()
                .push(if m { 1.0 } else { 0.0 });
        }
    }
    b.push(Block::Heading(2, "チャネル別SLA達成率".into()));
    b.push(Block::Table(
        vec!["チャネル".into(), "会話数".into(), "SLA達成率".into()],
        by_channel
            .iter()
            .map(|(ch, v)| vec![ch.to_string(), v.len().to_string(), pct(mean(v))])
            .collect(),
    ));
    // Conversations that need a human look.
    b.push(Block::Heading(2, "人の確認が必要な会話".into()));
    let mut look: Vec<(String, String, String)> = Vec::new();
    let mut lowest: Vec<&&Conv> = week_convs.iter().filter(|c| c.overall.is_some()).collect();
    lowest.sort_by(|a, b| {
        a.overall
            .partial_cmp(&b.overall)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.id.cmp(&b.id))
    });
    for c in lowest.iter().take(5) {
        look.push((
            c.id.clone(),
            c.primary.clone().unwrap_or_default(),
            format!("総合スコアが低い({})", fmt(c.overall)),
        ));
    }
    for c in &week_convs {
        let p = c.primary.clone().unwrap_or_default();
        if c.promises_broken > 0.0 {
            look.push((c.id.clone(), p.clone(), "約束の時刻を守れなかった".into()));
        }
        if c.progress == "vague" || c.progress == "none" {
            look.push((
                c.id.clone(),
                p.clone(),
                format!(
                    "進捗報告が{}",
                    if c.progress == "vague" {
                        "曖昧なものだけ"
                    } else {
                        "なかった"
                    }
                ),
            ));
        }
        if c.n_customer > 0.0 && c.first_response_s.is_none() {
            look.push((c.id.clone(), p.clone(), "お客様に誰も応答していない".into()));
        }
        if c.escalation_risk {
            look.push((
                c.id.clone(),
                p.clone(),
                "エスカレーションの恐れ(お客様の状態が悪化)".into(),
            ));
        }
    }
    b.push(Block::Table(
        vec!["会話".into(), "主担当".into(), "理由".into()],
        look.into_iter().map(|(a, b, c)| vec![a, b, c]).collect(),
    ));
    b
}

/// The coaching export: Markdown blocks and the JSON document. Excerpts are masked
/// unless `mask_pii` is false.
pub fn coaching(
    t: &Tables,
    agent: &str,
    week: &str,
    mask_pii: bool,
) -> (Vec<Block>, serde_json::Value) {
    let m = |s: &str| if mask_pii { mask(s) } else { s.to_string() };
    let convs = agent_convs(t, agent, week);
    let s = agent_scores(&convs, agent);
    let team = team_medians(t, week);
    let ev = evidence_of(t, agent, &convs);
    let strengths: Vec<(String, String)> = best_moments(&ev)
        .iter()
        .map(|e| (behaviour_label(&e.behaviour).to_string(), m(&e.excerpt)))
        .collect();
    let practise: Vec<(String, String, String)> = opportunities(&ev, &convs, agent)
        .into_iter()
        .map(|(topic, ex, _)| (topic.clone(), m(&ex), recommendation(&topic).to_string()))
        .collect();
    let mut b = vec![
        Block::Heading(1, format!("1on1 メモ: {agent}({week})")),
        Block::Heading(2, "数字".into()),
        Block::Table(
            vec!["指標".into(), "本人".into(), "チーム中央値".into()],
            (0..6)
                .map(|k| {
                    vec![
                        if k < 5 { BEHAVIOUR_NAMES[k] } else { "総合" }.to_string(),
                        fmt(s[k]),
                        fmt(team[k]),
                    ]
                })
                .collect(),
        ),
        Block::Heading(2, "強み".into()),
    ];
    b.push(Block::List(if strengths.is_empty() {
        vec!["(今週は該当なし)".into()]
    } else {
        strengths.iter().map(|(l, e)| format!("{l}: {e}")).collect()
    }));
    b.push(Block::Heading(2, "練習する3つのこと".into()));
    b.push(Block::List(if practise.is_empty() {
        vec!["(今週は目立った改善点なし)".into()]
    } else {
        practise
            .iter()
            .map(|(t, e, r)| format!("{}: {} → {}", behaviour_label(t), e, r))
            .collect()
    }));
    if mask_pii {
        b.push(Block::Para("個人情報(メールアドレス・電話番号・カード番号・口座番号・郵便番号・住所)は伏せ字にしています。".into()));
    }
    let doc = json!({
        "agent_id": agent,
        "week": week,
        "masked": mask_pii,
        "figures": {
            "conversations": convs.iter().filter(|c| c.primary.as_deref() == Some(agent)).count(),
            "scores": SCORE_COLUMNS.iter().chain(["overall_score"].iter()).zip(s.iter()).map(|(k, v)| (k.to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
            "team_median": SCORE_COLUMNS.iter().chain(["overall_score"].iter()).zip(team.iter()).map(|(k, v)| (k.to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
        },
        "strengths": strengths.iter().map(|(l, e)| json!({"behaviour": l, "example": e})).collect::<Vec<_>>(),
        "practise": practise.iter().map(|(t, e, r)| json!({"topic": t, "example": e, "recommendation": r})).collect::<Vec<_>>(),
    });
    (b, doc)
}

/// Chart specs for the per-agent report: behaviour scores against the team, weekly trend.
pub fn agent_charts(t: &Tables, agent: &str, week: &str) -> Vec<(String, crate::chart::Chart)> {
    use crate::chart::{Chart, Kind, Series};
    let mine = agent_scores(&agent_convs(t, agent, week), agent);
    let team = team_medians(t, week);
    let mut cats: Vec<String> = BEHAVIOUR_NAMES.iter().map(|s| s.to_string()).collect();
    cats.push("総合".into());
    let weeks = all_weeks(t);
    vec![
        (
            "behaviours".into(),
            Chart {
                title: format!("行動別スコア: {agent} とチーム中央値({week})"),
                kind: Kind::Bars,
                categories: cats,
                series: vec![
                    Series {
                        name: agent.to_string(),
                        values: mine.to_vec(),
                    },
                    Series {
                        name: "チーム中央値".into(),
                        values: team.to_vec(),
                    },
                ],
                y_label: "スコア (0–100)".into(),
                y_max: 100.0,
            },
        ),
        (
            "trend".into(),
            Chart {
                title: format!("週ごとの総合スコア: {agent}"),
                kind: Kind::Lines,
                categories: weeks.clone(),
                series: vec![
                    Series {
                        name: agent.to_string(),
                        values: weeks
                            .iter()
                            .map(|w| agent_scores(&agent_convs(t, agent, w), agent)[5])
                            .collect(),
                    },
                    Series {
                        name: "チーム中央値".into(),
                        values: weeks.iter().map(|w| team_medians(t, w)[5]).collect(),
                    },
                ],
                y_label: "総合スコア".into(),
                y_max: 100.0,
            },
        ),
    ]
}

/// Chart specs for the team review: SLA hit rate and turnaround rate by agent, first
/// response distribution by channel, weekly trend per agent.
pub fn team_charts(t: &Tables, week: &str) -> Vec<(String, crate::chart::Chart)> {
    use crate::chart::{Chart, Kind, Series};
    let agents = agents_in_week(t, week);
    let rate = |f: &dyn Fn(&[&&Conv]) -> Option<f64>| -> Vec<Option<f64>> {
        agents
            .iter()
            .map(|a| {
                let convs = agent_convs(t, a, week);
                let prim: Vec<&&Conv> = convs
                    .iter()
                    .filter(|c| c.primary.as_deref() == Some(a.as_str()))
                    .collect();
                f(&prim).map(|v| (v * 1000.0).round() / 10.0)
            })
            .collect()
    };
    let sla = rate(&|p| {
        mean(
            &p.iter()
                .filter_map(|c| c.sla_met.map(|m| if m { 1.0 } else { 0.0 }))
                .collect::<Vec<_>>(),
        )
    });
    let turn = rate(&|p| {
        let d: Vec<&&&Conv> = p.iter().filter(|c| c.difficult).collect();
        (!d.is_empty()).then(|| d.iter().filter(|c| c.turnaround).count() as f64 / d.len() as f64)
    });
    let buckets = [
        (60.0, "〜1分"),
        (300.0, "〜5分"),
        (1800.0, "〜30分"),
        (7200.0, "〜2時間"),
        (86400.0, "〜1日"),
        (f64::INFINITY, "1日超"),
    ];
    let channels: BTreeSet<&str> = t
        .conversations
        .iter()
        .filter(|c| c.week == week)
        .map(|c| c.channel.as_str())
        .collect();
    let dist: Vec<Series> = channels
        .iter()
        .map(|ch| {
            let mut counts = vec![0.0; buckets.len()];
            for c in t
                .conversations
                .iter()
                .filter(|c| c.week == week && c.channel == *ch)
            {
                if let Some(s) = c.first_response_s {
                    counts[buckets
                        .iter()
                        .position(|(lim, _)| s <= *lim)
                        .unwrap_or(buckets.len() - 1)] += 1.0;
                }
            }
            Series {
                name: ch.to_string(),
                values: counts.into_iter().map(Some).collect(),
            }
        })
        .collect();
    let dist_max = dist
        .iter()
        .flat_map(|s| s.values.iter().flatten())
        .fold(1.0f64, |a, b| a.max(*b));
    let weeks = all_weeks(t);
    vec![
        (
            "sla".into(),
            Chart {
                title: format!("担当者別 SLA 達成率({week})"),
                kind: Kind::Bars,
                categories: agents.clone(),
                series: vec![Series {
                    name: "SLA達成率 (%)".into(),
                    values: sla,
                }],
                y_label: "%".into(),
                y_max: 100.0,
            },
        ),
        (
            "first-response".into(),
            Chart {
                title: format!("チャネル別 初回応答時間の分布({week})"),
                kind: Kind::Bars,
                categories: buckets.iter().map(|(_, l)| l.to_string()).collect(),
                series: dist,
                y_label: "会話数".into(),
                y_max: dist_max.ceil(),
            },
        ),
        (
            "trend".into(),
            Chart {
                title: "担当者別 週ごとの総合スコア".into(),
                kind: Kind::Lines,
                categories: weeks.clone(),
                series: agents
                    .iter()
                    .map(|a| Series {
                        name: a.clone(),
                        values: weeks
                            .iter()
                            .map(|w| agent_scores(&agent_convs(t, a, w), a)[5])
                            .collect(),
                    })
                    .collect(),
                y_label: "総合スコア".into(),
                y_max: 100.0,
            },
        ),
        (
            "turnaround".into(),
            Chart {
                title: format!("担当者別 ターンアラウンド率(困難な会話が好転した割合、{week})"),
                kind: Kind::Bars,
                categories: agents,
                series: vec![Series {
                    name: "ターンアラウンド率 (%)".into(),
                    values: turn,
                }],
                y_label: "%".into(),
                y_max: 100.0,
            },
        ),
    ]
}
