//! The documents: per-agent reports (self-reflection: only that agent's conversations
//! and evidence), the team weekly review, coaching exports (masked), and chart specs.
//! Per agent-week figures come from the agents table (`Tables::agents`) and are only
//! formatted here; the review week's conversations give the lists and distributions.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::json;

use super::conversation::{duration, stem};
use super::doc::{Block, Cell, row};
use super::mask::mask_with_names;
use super::queue::{self, Entry};
use super::slug::slug;
use super::tables::{AgentWeek, Conv, Ev, Tables};
use crate::results::{N_FIGURES, OVERALL_K, advice, evidence_label, stats, weeks, with_overall};

/// Weeks a trend shows (ending with the review week).
pub const TREND_WEEKS: usize = 12;

/// A trend chart's week labels, short enough for twelve to fit ("26-W10").
fn week_labels(week: &str) -> Vec<String> {
    weeks::ending_at(week, TREND_WEEKS)
        .into_iter()
        .map(|w| w.get(2..).unwrap_or(&w).to_string())
        .collect()
}

/// A conversation's overall score as a report shows it: 「未応答」 when nobody answered.
fn overall_of(c: &Conv) -> String {
    if c.unanswered() {
        "未応答".to_string()
    } else {
        fmt(c.overall())
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

fn diff(a: Option<f64>, b: Option<f64>) -> String {
    match (a, b) {
        (Some(a), Some(b)) => format!("{:+.1}", a - b),
        _ => "—".into(),
    }
}

/// A conversation id linking to its page, from a document `prefix` away from reports/.
fn conv_cell(c: &Conv, prefix: &str) -> Cell {
    Cell::link(c.id.clone(), format!("{prefix}{}", stem(&c.id)))
}

/// At most this many rows in an agent's list of the week's conversations: those with the
/// lowest overall scores, unanswered ones first (the rest are in conversations.csv). Keeps the reports, and the
/// conversation pages written for what they list, bounded on a busy week.
pub const AGENT_LIST_MAX: usize = 50;

/// The agent's conversations of the week as their report lists them, and how many more
/// there were.
pub fn agent_list<'a>(t: &'a Tables, agent: &str) -> (Vec<&'a Conv>, usize) {
    let all = t.agent_conversations(agent);
    if all.len() <= AGENT_LIST_MAX {
        return (all, 0);
    }
    let mut by_score: Vec<(usize, &Conv)> = all.iter().copied().enumerate().collect();
    // Lowest first; an unanswered conversation (no overall score) before any.
    let key = |c: &Conv| {
        if c.unanswered() {
            f64::NEG_INFINITY
        } else {
            c.overall().unwrap_or(f64::INFINITY)
        }
    };
    by_score.sort_by(|(i, a), (j, b)| key(a).total_cmp(&key(b)).then(i.cmp(j)));
    let mut keep: Vec<usize> = by_score
        .iter()
        .take(AGENT_LIST_MAX)
        .map(|(i, _)| *i)
        .collect();
    keep.sort_unstable();
    let hidden = all.len() - keep.len();
    (keep.into_iter().map(|i| all[i]).collect(), hidden)
}

/// The ids of every conversation some report lists (each gets a page): the review queues,
/// each agent's list, best moments and coaching opportunities.
pub fn listed_ids(t: &Tables, opts: &super::Options) -> std::collections::BTreeSet<String> {
    let mut ids: std::collections::BTreeSet<String> = team_queue(t, opts.review_team)
        .iter()
        .map(|e| e.conversation.id.clone())
        .collect();
    for agent in t.agents_in(&t.week) {
        ids.extend(
            agent_queue(t, &agent, opts.review_per_agent)
                .iter()
                .map(|e| e.conversation.id.clone()),
        );
        ids.extend(agent_list(t, &agent).0.iter().map(|c| c.id.clone()));
        let ev = evidence_of(t, &agent);
        ids.extend(best_moments(&ev).iter().map(|e| e.conversation_id.clone()));
        ids.extend(sources_week(t, &ev).cited().map(str::to_string));
        let prim = primary_of(t, &agent);
        ids.extend(
            opportunities(&ev, &prim)
                .iter()
                .map(|o| o.conversation.to_string()),
        );
    }
    ids
}

/// Conversations listed anywhere in the reports (`Tables::listed`), in table order.
pub fn listed(t: &Tables) -> Vec<&Conv> {
    t.conversations
        .iter()
        .filter(|c| t.listed.contains(&c.id))
        .collect()
}

/// Best moments: one good example per behaviour, in a fixed priority order.
fn best_moments<'a>(ev: &[&'a Ev]) -> Vec<&'a Ev> {
    [
        "backtracking",
        "progress",
        "expectation",
        "gratitude",
        "step_guidance",
        "encouragement",
        "vicarious",
        "emotional_care",
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

/// A coaching opportunity: topic, example (or situation), rule, conversation.
struct Opportunity<'a> {
    topic: &'static str,
    example: String,
    rule: String,
    conversation: &'a str,
}

/// The agent's own bad evidence first, then behaviours missing where they were needed.
fn opportunities<'a>(ev: &[&'a Ev], prim: &[&'a Conv]) -> Vec<Opportunity<'a>> {
    let mut out = Vec::new();
    for topic in [
        "overpromise",
        "promise",
        "progress",
        "step_guidance",
        "jargon",
    ] {
        if let Some(e) = ev
            .iter()
            .find(|e| e.behaviour == topic && e.polarity == "bad")
        {
            out.push(Opportunity {
                topic,
                example: e.excerpt.clone(),
                rule: e.rule_id.clone(),
                conversation: &e.conversation_id,
            });
        }
    }
    let missing: [(&'static str, Option<&&Conv>); 4] = [
        (
            "backtracking",
            prim.iter().find(|c| c.difficult && !c.backtracking),
        ),
        (
            "emotional_care",
            prim.iter().find(|c| c.difficult && !c.emotional_care),
        ),
        (
            "gratitude",
            prim.iter()
                .find(|c| c.first_response_s.is_some() && !c.closing_gratitude),
        ),
        ("latency", prim.iter().find(|c| c.sla_met == Some(false))),
    ];
    for (topic, c) in missing {
        if let Some(c) = c {
            out.push(Opportunity {
                topic,
                example: format!("会話 {} ではこの行動が見られませんでした", c.id),
                rule: String::new(),
                conversation: &c.id,
            });
        }
    }
    out.truncate(3);
    out
}

/// One of the four sources of self-efficacy in an agent's week: how many of the agent's
/// messages showed it, and the agent's first moment of it.
struct Source<'a> {
    behaviour: &'static str,
    messages: usize,
    moment: Option<&'a Ev>,
}

/// The four sources ([B]) in the agent's evidence of the week, in the article's order.
fn four_sources<'a>(ev: &[&'a Ev]) -> Vec<Source<'a>> {
    crate::score::self_efficacy::SOURCES
        .into_iter()
        .map(|behaviour| {
            let good: Vec<&Ev> = ev
                .iter()
                .copied()
                .filter(|e| e.behaviour == behaviour && e.polarity == "good")
                .collect();
            let messages: BTreeSet<(&str, &str)> = good
                .iter()
                .map(|e| (e.conversation_id.as_str(), e.message_id.as_str()))
                .collect();
            Source {
                behaviour,
                messages: messages.len(),
                moment: good.first().copied(),
            }
        })
        .collect()
}

/// A customer who fixed it themselves after the agent's guidance: the customer's success
/// (the evidence) and the guidance that led there (its excerpt, when it was recorded).
struct DidIt<'a> {
    success: &'a Ev,
    guidance: Option<&'a Ev>,
}

/// The agent's guidance that ended in the customer's own success this week.
fn did_it<'a>(t: &'a Tables, ev: &[&'a Ev]) -> Vec<DidIt<'a>> {
    ev.iter()
        .copied()
        .filter(|e| e.behaviour == "customer_did_it")
        .take(SOURCES_LIST_MAX)
        .map(|success| DidIt {
            success,
            guidance: success.related_message_id.as_deref().and_then(|id| {
                t.evidence.iter().find(|g| {
                    g.conversation_id == success.conversation_id
                        && g.message_id == id
                        && g.behaviour == "step_guidance"
                        && g.polarity == "good"
                })
            }),
        })
        .collect()
}

/// At most this many rows in each list of the sources section (a busy week stays short).
const SOURCES_LIST_MAX: usize = 10;

/// The agent's messages that did a step the customer could have done.
fn did_for<'a>(ev: &[&'a Ev]) -> Vec<&'a Ev> {
    ev.iter()
        .copied()
        .filter(|e| e.behaviour == "step_guidance" && e.polarity == "bad")
        .take(SOURCES_LIST_MAX)
        .collect()
}

/// The sources section's material for one agent's week, gathered once and used by the
/// section, the coaching export's JSON and the list of conversations that get a page.
struct SourcesWeek<'a> {
    sources: Vec<Source<'a>>,
    did_it: Vec<DidIt<'a>>,
    did_for: Vec<&'a Ev>,
}

fn sources_week<'a>(t: &'a Tables, ev: &[&'a Ev]) -> SourcesWeek<'a> {
    SourcesWeek {
        sources: four_sources(ev),
        did_it: did_it(t, ev),
        did_for: did_for(ev),
    }
}

impl<'a> SourcesWeek<'a> {
    /// The conversations the sources section links to.
    fn cited(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.sources
            .iter()
            .filter_map(|s| s.moment.map(|e| e.conversation_id.as_str()))
            .chain(
                self.did_it
                    .iter()
                    .map(|d| d.success.conversation_id.as_str()),
            )
            .chain(self.did_for.iter().map(|e| e.conversation_id.as_str()))
    }
}

/// The report section on the four sources: counts, the agent's own moments with the
/// article's advice, the customers who did it themselves and the guidance that led
/// there, and the steps the agent did for the customer. `link` makes a conversation cell;
/// `m` masks text (coaching) or leaves it.
fn sources_blocks(
    t: &Tables,
    me: &AgentWeek,
    week: &SourcesWeek<'_>,
    link: &dyn Fn(&str) -> Cell,
    m: &dyn Fn(&str) -> String,
) -> Vec<Block> {
    let mut b = vec![
        Block::Heading(2, "自己効力感を高める4つの情報源".into()),
        Block::Para(
            "お客様が「自分でできた!」と感じられる応対の4つの要素です(B: 達成経験・代理経験・言語的説得・生理的・情動的状態)。割合は今週あなたが参加した会話のうちその要素が見られた会話の割合、メッセージ数はその要素が見られたあなたのメッセージの数です。".into(),
        ),
    ];
    b.push(Block::Table(
        [
            "情報源",
            "あなた",
            "チーム中央値",
            "メッセージ数",
            "あなたの場面",
            "ルール",
            "会話",
            "記事の推奨",
        ]
        .map(String::from)
        .to_vec(),
        week.sources
            .iter()
            .enumerate()
            .map(|(k, s)| {
                let (moment, rule, conv) = match s.moment {
                    Some(e) => (m(&e.excerpt), e.rule_id.clone(), link(&e.conversation_id)),
                    None => (
                        "(今週は見られませんでした)".into(),
                        String::new(),
                        Cell::from(""),
                    ),
                };
                vec![
                    evidence_label(s.behaviour).into(),
                    pct(me.source_rates[k]).into(),
                    pct(t.team_source_rate(&t.week, k)).into(),
                    s.messages.to_string().into(),
                    moment.into(),
                    rule.into(),
                    conv,
                    advice(s.behaviour).into(),
                ]
            })
            .collect(),
    ));
    let done = &week.did_it;
    b.push(Block::Heading(
        3,
        "お客様が自分で解決できた会話と、そこに至った案内".into(),
    ));
    b.push(if done.is_empty() {
        Block::Para("今週は、あなたの案内でお客様が自分で解決した会話はありませんでした。".into())
    } else {
        Block::Table(
            ["会話", "あなたの案内", "お客様の声"]
                .map(String::from)
                .to_vec(),
            done.iter()
                .map(|d| {
                    vec![
                        link(&d.success.conversation_id),
                        match (d.guidance, d.success.related_message_id.as_deref()) {
                            (Some(g), _) => m(&g.excerpt),
                            (None, Some(id)) => {
                                format!(
                                    "(メッセージ {id}: 手順の案内の形としては検出されていません)"
                                )
                            }
                            (None, None) => "(案内のメッセージは見つかりませんでした)".into(),
                        }
                        .into(),
                        m(&d.success.excerpt).into(),
                    ]
                })
                .collect(),
        )
    });
    let did_for = &week.did_for;
    if !did_for.is_empty() {
        b.push(Block::Heading(
            3,
            "お客様の操作を代わりに行った場面(案内の機会)".into(),
        ));
        b.push(Block::Table(
            ["場面", "ルール", "会話"].map(String::from).to_vec(),
            did_for
                .iter()
                .map(|e| {
                    vec![
                        m(&e.excerpt).into(),
                        e.rule_id.clone().into(),
                        link(&e.conversation_id),
                    ]
                })
                .collect(),
        ));
    }
    b
}

fn evidence_of<'a>(t: &'a Tables, agent: &str) -> Vec<&'a Ev> {
    t.evidence
        .iter()
        .filter(|e| e.agent_id.as_deref() == Some(agent))
        .collect()
}

fn primary_of<'a>(t: &'a Tables, agent: &str) -> Vec<&'a Conv> {
    t.conversations
        .iter()
        .filter(|c| c.primary.as_deref() == Some(agent))
        .collect()
}

/// The review queue of one agent (their primary conversations) or of the team.
pub fn agent_queue<'a>(t: &'a Tables, agent: &str, n: usize) -> Vec<Entry<'a>> {
    queue::queue(&primary_of(t, agent), &t.thresholds, n)
}

pub fn team_queue(t: &Tables, n: usize) -> Vec<Entry<'_>> {
    queue::queue(
        &t.conversations.iter().collect::<Vec<_>>(),
        &t.thresholds,
        n,
    )
}

fn queue_block(entries: &[Entry<'_>], prefix: &str, with_agent: bool) -> Block {
    if entries.is_empty() {
        return Block::Para("今週は特に読むべき会話はありません。".into());
    }
    let mut header = vec!["順".to_string(), "会話".to_string()];
    if with_agent {
        header.push("主担当".into());
    }
    header.extend(["総合".to_string(), "理由".to_string()]);
    Block::Table(
        header,
        entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let c = e.conversation;
                let mut r = vec![Cell::from((i + 1).to_string()), conv_cell(c, prefix)];
                if with_agent {
                    r.push(c.primary.clone().unwrap_or_default().into());
                }
                r.push(overall_of(c).into());
                r.push(
                    e.reasons
                        .iter()
                        .map(|x| x.label(c))
                        .collect::<Vec<_>>()
                        .join(" / ")
                        .into(),
                );
                r
            })
            .collect(),
    )
}

/// The agent's figure `k` in every trend week (None where the week has no row).
fn agent_series(t: &Tables, agent: &str, k: usize) -> Vec<Option<f64>> {
    weeks::ending_at(&t.week, TREND_WEEKS)
        .iter()
        .map(|w| t.agent_week(agent, w).and_then(|a| a.scores[k]))
        .collect()
}

fn team_series(t: &Tables, k: usize) -> Vec<Option<f64>> {
    weeks::ending_at(&t.week, TREND_WEEKS)
        .iter()
        .map(|w| t.team_median(w, k))
        .collect()
}

/// Weeks of the trend that have data (rows of the trend tables).
fn trend_weeks(t: &Tables, agent: Option<&str>) -> Vec<String> {
    let have: BTreeSet<&str> = t
        .agents
        .iter()
        .filter(|a| agent.is_none_or(|x| a.agent == x))
        .map(|a| a.week.as_str())
        .collect();
    weeks::ending_at(&t.week, TREND_WEEKS)
        .into_iter()
        .filter(|w| have.contains(w.as_str()))
        .collect()
}

/// Per-behaviour trend table: one row per week with data, one column per behaviour.
fn trend_table(t: &Tables, agent: Option<&str>) -> Block {
    let mut header = vec!["週".to_string()];
    if agent.is_some() {
        header.push("担当会話".into());
    }
    header.extend(with_overall().iter().map(|b| b.label_ja.to_string()));
    let rows = trend_weeks(t, agent)
        .iter()
        .map(|w| {
            let mut r = vec![Cell::from(w.clone())];
            match agent {
                Some(a) => {
                    let row = t.agent_week(a, w);
                    r.push(
                        row.map_or("0".into(), |x| x.conversations.to_string())
                            .into(),
                    );
                    r.extend(
                        (0..N_FIGURES).map(|k| Cell::from(fmt(row.and_then(|x| x.scores[k])))),
                    );
                }
                None => r.extend((0..N_FIGURES).map(|k| Cell::from(fmt(t.team_median(w, k))))),
            }
            r
        })
        .collect();
    Block::Table(header, rows)
}

/// The per-agent report.
pub fn agent_report(t: &Tables, agent: &str, charts: Vec<Block>, n_queue: usize) -> Vec<Block> {
    let week = &t.week;
    let prev = weeks::previous(week).unwrap_or_default();
    let me = t.agent_week(agent, week).cloned().unwrap_or_default();
    let before = t.agent_week(agent, &prev);
    let (convs, hidden) = agent_list(t, agent);
    let prim = primary_of(t, agent);
    let ev = evidence_of(t, agent);
    let mut b = vec![
        Block::Heading(1, format!("{agent} — 週次レポート {week}")),
        Block::Para(t.zone_note()),
        Block::Para(format!(
            "担当会話 {} 件(参加 {} 件)。総合スコア {}(チーム中央値 {}、前週比 {})。",
            me.conversations,
            me.participated,
            fmt(me.scores[OVERALL_K]),
            fmt(t.team_median(week, OVERALL_K)),
            diff(
                me.scores[OVERALL_K],
                before.and_then(|x| x.scores[OVERALL_K])
            ),
        )),
        Block::Heading(2, "今週読むべき会話".into()),
        queue_block(&agent_queue(t, agent, n_queue), "../", false),
        Block::Heading(2, "行動別スコア(チーム中央値・前週との比較)".into()),
    ];
    let rows = (0..N_FIGURES)
        .map(|k| {
            let team = t.team_median(week, k);
            let last = before.and_then(|x| x.scores[k]);
            row([
                with_overall()[k].label_ja.to_string(),
                fmt(me.scores[k]),
                fmt(team),
                diff(me.scores[k], team),
                fmt(last),
                diff(me.scores[k], last),
            ])
        })
        .collect();
    b.push(Block::Table(
        ["行動", "あなた", "チーム中央値", "差", "前週", "前週比"]
            .map(String::from)
            .to_vec(),
        rows,
    ));
    b.extend(charts);
    b.push(Block::Heading(
        2,
        format!("週ごとの推移(直近{TREND_WEEKS}週のうちデータのある週)"),
    ));
    b.push(trend_table(t, Some(agent)));
    // Latency: the figures from the agents table, the distribution from the week.
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
    let mut dist: Vec<Vec<Cell>> = buckets
        .iter()
        .zip(&counts)
        .map(|((_, l), n)| row([l.to_string(), n.to_string()]))
        .collect();
    dist.push(row([
        "未応答".to_string(),
        counts[buckets.len()].to_string(),
    ]));
    b.push(Block::Heading(2, "初回応答時間".into()));
    b.push(Block::Para(format!(
        "中央値 {}、SLA達成率 {}。",
        duration(me.median_first_response_s),
        pct(me.sla_hit_rate)
    )));
    b.push(Block::Table(vec!["初回応答".into(), "会話数".into()], dist));
    b.push(Block::Heading(2, "よかった場面".into()));
    let best = best_moments(&ev);
    b.push(if best.is_empty() {
        Block::Para("今週は該当する場面がありませんでした。".into())
    } else {
        Block::Table(
            ["行動", "場面", "ルール", "会話"]
                .map(String::from)
                .to_vec(),
            best.iter()
                .map(|e| {
                    vec![
                        evidence_label(&e.behaviour).into(),
                        e.excerpt.clone().into(),
                        e.rule_id.clone().into(),
                        Cell::link(
                            e.conversation_id.clone(),
                            format!("../{}", stem(&e.conversation_id)),
                        ),
                    ]
                })
                .collect(),
        )
    });
    let to_page = |id: &str| Cell::link(id, format!("../{}", stem(id)));
    b.extend(sources_blocks(
        t,
        &me,
        &sources_week(t, &ev),
        &to_page,
        &|s: &str| s.to_string(),
    ));
    b.push(Block::Heading(2, "練習したいこと".into()));
    let opp = opportunities(&ev, &prim);
    b.push(if opp.is_empty() {
        Block::Para("今週は目立った改善点はありませんでした。".into())
    } else {
        Block::Table(
            ["テーマ", "場面", "ルール", "会話", "記事の推奨"]
                .map(String::from)
                .to_vec(),
            opp.iter()
                .map(|o| {
                    vec![
                        evidence_label(o.topic).into(),
                        o.example.clone().into(),
                        o.rule.clone().into(),
                        Cell::link(o.conversation, format!("../{}", stem(o.conversation))),
                        advice(o.topic).into(),
                    ]
                })
                .collect(),
        )
    });
    b.push(Block::Heading(2, "困難な会話とその結果".into()));
    b.push(Block::Para(format!(
        "困難な会話 {} 件、ターンアラウンド率 {}(お客様が最後に安心や感謝を示した割合)。お客様自身が解決できた会話の割合: {}。",
        me.difficult,
        pct(me.turnaround_rate),
        pct(me.customer_did_it_rate)
    )));
    b.push(Block::Heading(2, "担当した会話".into()));
    if hidden > 0 {
        b.push(Block::Para(format!(
            "総合スコアの低い {AGENT_LIST_MAX} 件を載せています(ほか {hidden} 件は conversations.csv にあります)。"
        )));
    }
    b.push(Block::Table(
        [
            "会話",
            "チャネル",
            "開始",
            "担当",
            "総合",
            "進捗",
            "困難→好転",
        ]
        .map(String::from)
        .to_vec(),
        convs
            .iter()
            .map(|c| {
                vec![
                    conv_cell(c, "../"),
                    c.channel.clone().into(),
                    t.local_time(c.started_ms).into(),
                    if c.primary.as_deref() == Some(agent) {
                        "主担当"
                    } else {
                        "参加"
                    }
                    .into(),
                    overall_of(c).into(),
                    c.progress.clone().into(),
                    match (c.difficult, c.turnaround) {
                        (true, true) => "困難→好転",
                        (true, false) => "困難",
                        _ => "",
                    }
                    .into(),
                ]
            })
            .collect(),
    ));
    b
}

/// The team weekly review.
pub fn team_review(t: &Tables, charts: Vec<Block>, n_queue: usize) -> Vec<Block> {
    let week = &t.week;
    let prev = weeks::previous(week).unwrap_or_default();
    let agents = t.agents_in(week);
    let mut b = vec![
        Block::Heading(1, format!("チーム週次レビュー {week}")),
        Block::Para(t.zone_note()),
    ];
    for w in &t.warnings {
        b.push(Block::Para(format!("⚠ 注意: {w}")));
    }
    b.extend([
        Block::Para(format!(
            "会話 {} 件、担当者 {} 名。",
            t.conversations.len(),
            agents.len()
        )),
        Block::Heading(2, "今週読むべき会話".into()),
        queue_block(&team_queue(t, n_queue), "", true),
        Block::Heading(2, "担当者別".into()),
    ]);
    let rows = agents
        .iter()
        .filter_map(|a| t.agent_week(a, week))
        .map(|a: &AgentWeek| {
            let before = t.agent_week(&a.agent, &prev);
            vec![
                Cell::link(a.agent.clone(), format!("agents/{}", slug(&a.agent))),
                a.conversations.to_string().into(),
                duration(a.median_first_response_s).into(),
                pct(a.sla_hit_rate).into(),
                fmt(a.scores[OVERALL_K]).into(),
                diff(
                    a.scores[OVERALL_K],
                    before.and_then(|x| x.scores[OVERALL_K]),
                )
                .into(),
                pct(a.turnaround_rate).into(),
            ]
        })
        .collect();
    b.push(Block::Table(
        [
            "担当者",
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
    b.push(Block::Heading(2, "行動別(チーム中央値と前週比)".into()));
    b.push(Block::Table(
        ["行動", "今週", "前週", "前週比"]
            .map(String::from)
            .to_vec(),
        (0..N_FIGURES)
            .map(|k| {
                let (now, last) = (t.team_median(week, k), t.team_median(&prev, k));
                row([
                    with_overall()[k].label_ja.to_string(),
                    fmt(now),
                    fmt(last),
                    diff(now, last),
                ])
            })
            .collect(),
    ));
    b.extend(charts);
    b.push(Block::Heading(
        2,
        format!("行動別の推移(チーム中央値、直近{TREND_WEEKS}週のうちデータのある週)"),
    ));
    b.push(trend_table(t, None));
    let mut hist = [0usize; 5];
    for c in &t.conversations {
        if let Some(s) = c.overall() {
            hist[((s / 20.0).floor() as usize).min(4)] += 1;
        }
    }
    b.push(Block::Heading(2, "総合スコアの分布".into()));
    b.push(Block::Table(
        vec!["スコア".into(), "会話数".into()],
        ["0–19", "20–39", "40–59", "60–79", "80–100"]
            .iter()
            .zip(hist)
            .map(|(l, n)| row([l.to_string(), n.to_string()]))
            .collect(),
    ));
    let mut by_channel: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for c in &t.conversations {
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
            .map(|(ch, v)| row([ch.to_string(), v.len().to_string(), pct(stats::mean(v))]))
            .collect(),
    ));
    b
}

/// The coaching export: Markdown blocks, the JSON document, and the conversations it
/// cites (their masked pages go beside it). Excerpts are masked unless `mask_pii` is false.
pub fn coaching<'a>(
    t: &'a Tables,
    agent: &str,
    mask_pii: bool,
) -> (Vec<Block>, serde_json::Value, Vec<&'a Conv>) {
    // Customers' names of the week's listed conversations (their messages are read).
    let names = t.customer_names();
    let m = |s: &str| {
        if mask_pii {
            mask_with_names(s, &names)
        } else {
            s.to_string()
        }
    };
    let week = &t.week;
    let me = t.agent_week(agent, week).cloned().unwrap_or_default();
    let prim = primary_of(t, agent);
    let ev = evidence_of(t, agent);
    let best = best_moments(&ev);
    let opp = opportunities(&ev, &prim);
    let sources = sources_week(t, &ev);
    let cited: BTreeSet<&str> = best
        .iter()
        .map(|e| e.conversation_id.as_str())
        .chain(opp.iter().map(|o| o.conversation))
        .chain(sources.cited())
        .collect();
    let cited: Vec<&Conv> = t
        .conversations
        .iter()
        .filter(|c| cited.contains(c.id.as_str()))
        .collect();
    let strengths: Vec<(String, String, String)> = best
        .iter()
        .map(|e| {
            (
                evidence_label(&e.behaviour).to_string(),
                m(&e.excerpt),
                e.conversation_id.clone(),
            )
        })
        .collect();
    let practise: Vec<(&str, String, String, String)> = opp
        .iter()
        .map(|o| {
            (
                o.topic,
                m(&o.example),
                advice(o.topic).to_string(),
                o.conversation.to_string(),
            )
        })
        .collect();
    let link = |id: &str| Cell::link(id, stem(id));
    let mut b = vec![
        Block::Heading(1, format!("1on1 メモ: {agent}({week})")),
        Block::Heading(2, "数字".into()),
        Block::Table(
            vec!["指標".into(), "本人".into(), "チーム中央値".into()],
            (0..N_FIGURES)
                .map(|k| {
                    row([
                        with_overall()[k].label_ja.to_string(),
                        fmt(me.scores[k]),
                        fmt(t.team_median(week, k)),
                    ])
                })
                .collect(),
        ),
        Block::Heading(2, "強み".into()),
    ];
    b.push(if strengths.is_empty() {
        Block::Para("(今週は該当なし)".into())
    } else {
        Block::Table(
            ["行動", "場面", "会話"].map(String::from).to_vec(),
            strengths
                .iter()
                .map(|(l, e, c)| vec![l.clone().into(), e.clone().into(), link(c)])
                .collect(),
        )
    });
    b.push(Block::Heading(2, "練習する3つのこと".into()));
    b.push(if practise.is_empty() {
        Block::Para("(今週は目立った改善点なし)".into())
    } else {
        Block::Table(
            ["テーマ", "場面", "記事の推奨", "会話"]
                .map(String::from)
                .to_vec(),
            practise
                .iter()
                .map(|(topic, e, r, c)| {
                    vec![
                        evidence_label(topic).into(),
                        e.clone().into(),
                        r.clone().into(),
                        link(c),
                    ]
                })
                .collect(),
        )
    });
    b.extend(sources_blocks(t, &me, &sources, &link, &m));
    let sources_json: Vec<serde_json::Value> = sources
        .sources
        .iter()
        .map(|s| {
            json!({
                "source": s.behaviour,
                "messages": s.messages,
                "example": s.moment.map(|e| m(&e.excerpt)),
                "rule_id": s.moment.map(|e| e.rule_id.clone()),
                "conversation_id": s.moment.map(|e| e.conversation_id.clone()),
                "recommendation": advice(s.behaviour),
            })
        })
        .collect();
    let did_it_json: Vec<serde_json::Value> = sources
        .did_it
        .iter()
        .map(|d| {
            json!({
                "conversation_id": d.success.conversation_id,
                "guidance": d.guidance.map(|g| m(&g.excerpt)),
                "guidance_message_id": d.success.related_message_id,
                "customer": m(&d.success.excerpt),
            })
        })
        .collect();
    if mask_pii {
        b.push(Block::Para("個人情報(メールアドレス・電話番号・カード番号・口座番号・郵便番号・住所)とお客様の名前は伏せ字にしています。".into()));
    }
    let figures = |v: [Option<f64>; N_FIGURES]| {
        with_overall()
            .iter()
            .zip(v)
            .map(|(b, v)| (b.score_column.to_string(), json!(v)))
            .collect::<serde_json::Map<_, _>>()
    };
    let team: [Option<f64>; N_FIGURES] = std::array::from_fn(|k| t.team_median(week, k));
    let doc = json!({
        "agent_id": agent,
        "week": week,
        "masked": mask_pii,
        "rubric_hash": t.rubric_hash,
        "figures": {
            "conversations": me.conversations,
            "scores": figures(me.scores),
            "team_median": figures(team),
        },
        "strengths": strengths.iter().map(|(l, e, c)| json!({"behaviour": l, "example": e, "conversation_id": c})).collect::<Vec<_>>(),
        "self_efficacy_sources": sources_json,
        "customer_did_it": did_it_json,
        "practise": practise.iter().map(|(t, e, r, c)| json!({"topic": t, "example": e, "recommendation": r, "conversation_id": c})).collect::<Vec<_>>(),
    });
    (b, doc, cited)
}

/// Chart specs for the per-agent report: behaviour scores against the team median, and
/// the trend of every behaviour.
pub fn agent_charts(t: &Tables, agent: &str) -> Vec<(String, crate::chart::Chart)> {
    use crate::chart::{Chart, Kind, Series};
    let week = &t.week;
    let me = t.agent_week(agent, week).cloned().unwrap_or_default();
    let cats: Vec<String> = with_overall()
        .iter()
        .map(|b| b.label_ja.to_string())
        .collect();
    let trend_weeks = week_labels(week);
    let mut out = vec![(
        "behaviours".into(),
        Chart {
            title: format!("行動別スコア: {agent} とチーム中央値({week})"),
            kind: Kind::Bars,
            categories: cats,
            series: vec![
                Series {
                    name: agent.to_string(),
                    values: me.scores.to_vec(),
                },
                Series {
                    name: "チーム中央値".into(),
                    values: (0..N_FIGURES).map(|k| t.team_median(week, k)).collect(),
                },
            ],
            y_label: "スコア (0–100)".into(),
            y_max: 100.0,
        },
    )];
    for (k, beh) in with_overall().iter().enumerate() {
        out.push((
            format!("trend-{}", beh.key),
            Chart {
                title: format!("週ごとの{}: {agent} とチーム中央値", beh.label_ja),
                kind: Kind::Lines,
                categories: trend_weeks.clone(),
                series: vec![
                    Series {
                        name: agent.to_string(),
                        values: agent_series(t, agent, k),
                    },
                    Series {
                        name: "チーム中央値".into(),
                        values: team_series(t, k),
                    },
                ],
                y_label: "スコア".into(),
                y_max: 100.0,
            },
        ));
    }
    out
}

/// Chart specs for the team review: SLA and turnaround by agent, first response by
/// channel, and the team median of every behaviour over the weeks.
pub fn team_charts(t: &Tables) -> Vec<(String, crate::chart::Chart)> {
    use crate::chart::{Chart, Kind, Series};
    let week = &t.week;
    let agents = t.agents_in(week);
    let figure = |f: &dyn Fn(&AgentWeek) -> Option<f64>| -> Vec<Option<f64>> {
        agents
            .iter()
            .map(|a| {
                t.agent_week(a, week)
                    .and_then(f)
                    .map(|v| stats::round(v * 100.0, 10.0))
            })
            .collect()
    };
    let buckets = [
        (60.0, "〜1分"),
        (300.0, "〜5分"),
        (1800.0, "〜30分"),
        (7200.0, "〜2時間"),
        (86400.0, "〜1日"),
        (f64::INFINITY, "1日超"),
    ];
    let channels: BTreeSet<&str> = t.conversations.iter().map(|c| c.channel.as_str()).collect();
    let dist: Vec<Series> = channels
        .iter()
        .map(|ch| {
            let mut counts = vec![0.0; buckets.len()];
            for c in t.conversations.iter().filter(|c| c.channel == *ch) {
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
    let (sla, turnaround) = (figure(&|a| a.sla_hit_rate), figure(&|a| a.turnaround_rate));
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
                title: "行動別 週ごとのチーム中央値".into(),
                kind: Kind::Lines,
                categories: week_labels(week),
                series: with_overall()
                    .iter()
                    .enumerate()
                    .map(|(k, b)| Series {
                        name: b.label_ja.to_string(),
                        values: team_series(t, k),
                    })
                    .collect(),
                y_label: "スコア".into(),
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
                    values: turnaround,
                }],
                y_label: "%".into(),
                y_max: 100.0,
            },
        ),
    ]
}

/// The review queue as rows for review_queue.csv: the team's, then each agent's.
pub fn queue_rows(
    t: &Tables,
    agents: &[String],
    per_agent: usize,
    team: usize,
) -> Vec<[String; 8]> {
    let mut out = Vec::new();
    let mut push = |scope: &str, entries: Vec<Entry<'_>>| {
        for (i, e) in entries.iter().enumerate() {
            let c = e.conversation;
            out.push([
                scope.to_string(),
                (i + 1).to_string(),
                c.id.clone(),
                c.primary.clone().unwrap_or_default(),
                t.local_time(c.started_ms),
                c.overall().map(|v| format!("{v}")).unwrap_or_default(),
                e.reasons
                    .iter()
                    .map(|r| r.code())
                    .collect::<Vec<_>>()
                    .join(";"),
                e.reasons
                    .iter()
                    .map(|r| r.label(c))
                    .collect::<Vec<_>>()
                    .join(" / "),
            ]);
        }
    };
    push("team", team_queue(t, team));
    for a in agents {
        push(a, agent_queue(t, a, per_agent));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::BEHAVIOURS;

    #[test]
    fn every_behaviour_has_the_articles_advice() {
        assert!(BEHAVIOURS.iter().all(|b| !advice(b.topic).is_empty()));
    }
}
