//! The per-agent, per-ISO-week table (agents.parquet/.csv). No I/O.
//!
//! Behaviours an agent authored count for that agent, also in a handed-over
//! conversation (rates are over the conversations the agent wrote in publicly);
//! conversation-level figures (latency, SLA, progress label, scores) go to the
//! conversation's primary agent. The week is the ISO week of the conversation's start in
//! the rubric's business time zone.

use std::collections::{BTreeMap, HashMap};

use polars::prelude::*;

use crate::results::stats::{median, percentile};
use crate::results::{col, with_overall};
use crate::schema::{Message, Role};
use crate::score::{ConversationScore, Evidence, Found};

/// Behaviour rate columns: (column, evidence behaviour, polarity).
const RATES: [(&str, &str, &str); 10] = [
    (col::BACKTRACKING_RATE, "backtracking", "good"),
    (col::EXPECTATION_RATE, "expectation", "good"),
    (col::OVERPROMISE_RATE, "overpromise", "bad"),
    (col::CLOSING_GRATITUDE_RATE, "gratitude", "good"),
    (col::STEP_GUIDANCE_RATE, "step_guidance", "good"),
    (col::VICARIOUS_RATE, "vicarious", "good"),
    (col::ENCOURAGEMENT_RATE, "encouragement", "good"),
    (col::EMOTIONAL_CARE_RATE, "emotional_care", "good"),
    (col::VAGUE_UPDATE_RATE, "progress", "bad"),
    (col::JARGON_RATE, "jargon", "bad"),
];

#[derive(Default)]
struct Acc {
    /// Conversations the agent wrote in publicly.
    participated: u32,
    /// Figures over the agent's primary conversations, added up as they come.
    primary: Primary,
    /// Per [`RATES`] entry: conversations where the agent authored that behaviour.
    authored: [u32; RATES.len()],
    promises: (u32, u32, u32),
}

use crate::results::stats::round;

/// A running mean: values added in conversation order give the same sum, bit for bit, as
/// summing the list at the end.
#[derive(Default, Clone, Copy)]
struct Mean {
    sum: f64,
    n: u32,
}

impl Mean {
    fn add(&mut self, v: Option<f64>) {
        if let Some(v) = v {
            self.sum += v;
            self.n += 1;
        }
    }

    /// Rounded to 1/`scale`; None for no values.
    fn get(&self, scale: f64) -> Option<f64> {
        (self.n > 0).then(|| round(self.sum / f64::from(self.n), scale))
    }
}

/// `k` of `n` as a rate rounded to 1/1000; None when `n` is 0.
fn share(k: u32, n: u32) -> Option<f64> {
    (n > 0).then(|| round(f64::from(k) / f64::from(n), 1000.0))
}

/// An agent-week's primary conversations, reduced as they are scored: only the first
/// response times are kept one by one (for the median and p90, 8 bytes a conversation);
/// everything else is a count or a running sum, so memory does not follow the input.
#[derive(Default)]
struct Primary {
    n: u32,
    first_response_s: Vec<f64>,
    sla: Mean,
    needs_update: u32,
    concrete: u32,
    scores: [Mean; crate::results::N_FIGURES],
    difficult: u32,
    turned: u32,
    did_it: u32,
    /// Per [`OUTCOME_BEHAVIOURS`] entry: in turned-around / not turned-around difficult ones.
    turned_with: [u32; OUTCOME_BEHAVIOURS.len()],
    not_turned_with: [u32; OUTCOME_BEHAVIOURS.len()],
}

/// What the agents table takes from one conversation: from its score while scoring, or
/// from its row of conversations.parquet when `otai report` merges several runs (the
/// same figures either way, so both give the same table).
#[derive(Debug, Clone)]
pub struct ConvFigures {
    pub first_response_s: Option<f64>,
    pub sla_met: Option<bool>,
    /// The progress label ("concrete", "vague", … or "n/a").
    pub progress: String,
    /// The behaviour scores, then the overall score ([`with_overall`]).
    pub scores: [Option<f64>; crate::results::N_FIGURES],
    pub difficult: bool,
    pub turnaround: bool,
    pub customer_did_it: bool,
    /// Per [`OUTCOME_BEHAVIOURS`] entry: whether the conversation shows it.
    pub shows: [bool; OUTCOME_BEHAVIOURS.len()],
}

impl From<&ConversationScore> for ConvFigures {
    fn from(s: &ConversationScore) -> Self {
        ConvFigures {
            first_response_s: s.latency.first_response_s.map(|v| v as f64),
            sla_met: s.sla_first_response_met,
            progress: s.progress.to_string(),
            scores: std::array::from_fn(|k| (with_overall()[k].score)(s)),
            difficult: s.outcomes.difficult,
            turnaround: s.outcomes.turnaround,
            customer_did_it: s.outcomes.customer_did_it,
            shows: [
                s.backtracking_count > 0,
                s.progress == "concrete",
                s.expectation_set,
                s.closing_gratitude,
                s.support.count("emotional_care") > 0,
            ],
        }
    }
}

impl Primary {
    fn add(&mut self, s: &ConvFigures) {
        self.n += 1;
        if let Some(v) = s.first_response_s {
            self.first_response_s.push(v);
        }
        self.sla.add(s.sla_met.map(|b| if b { 1.0 } else { 0.0 }));
        if s.progress != "n/a" {
            self.needs_update += 1;
            self.concrete += u32::from(s.progress == "concrete");
        }
        for (m, v) in self.scores.iter_mut().zip(s.scores) {
            m.add(v);
        }
        self.did_it += u32::from(s.customer_did_it);
        if s.difficult {
            self.difficult += 1;
            let turned = s.turnaround;
            self.turned += u32::from(turned);
            let counts = if turned {
                &mut self.turned_with
            } else {
                &mut self.not_turned_with
            };
            for (c, shows) in counts.iter_mut().zip(s.shows) {
                *c += u32::from(shows);
            }
        }
    }
}

/// The agents table accumulated batch by batch: each batch holds whole conversations
/// (their messages, scores and evidence); only per-agent-week tallies are kept.
#[derive(Default)]
pub struct AgentWeeks {
    /// agent → week → tallies (nested so a lookup borrows its keys: no copy per message).
    acc: BTreeMap<String, BTreeMap<String, Acc>>,
}

/// The tallies of `agent` in `week`, created on first use.
fn slot<'m>(
    acc: &'m mut BTreeMap<String, BTreeMap<String, Acc>>,
    agent: &str,
    week: &str,
) -> &'m mut Acc {
    if !acc.contains_key(agent) {
        acc.insert(agent.to_string(), BTreeMap::new());
    }
    let weeks = acc.get_mut(agent).expect("inserted above");
    if !weeks.contains_key(week) {
        weeks.insert(week.to_string(), Acc::default());
    }
    weeks.get_mut(week).expect("inserted above")
}

/// What the agents table takes from one evidence row: who is credited, in which
/// conversation, for what. Scoring's rows ([`Found`], places in a batch) and rows read
/// back from a table ([`Evidence`], ids) both give it, so both paths count the same.
#[derive(Debug, Clone, Copy)]
pub struct Credit<'e> {
    pub conversation_id: &'e str,
    pub agent_id: Option<&'e str>,
    pub behaviour: &'e str,
    pub polarity: &'e str,
    pub rule_id: &'e str,
}

impl<'e> Credit<'e> {
    /// A row scoring found, its places read in `batch`.
    pub fn of_found(f: &'e Found<'_>, batch: &'e [Message]) -> Credit<'e> {
        Credit {
            conversation_id: &batch[f.message as usize].conversation_id,
            agent_id: f.agent_id(batch),
            behaviour: f.behaviour,
            polarity: f.polarity,
            rule_id: f.rule_id,
        }
    }
}

impl<'e> From<&'e Evidence> for Credit<'e> {
    fn from(e: &'e Evidence) -> Credit<'e> {
        Credit {
            conversation_id: &e.conversation_id,
            agent_id: e.agent_id.as_deref(),
            behaviour: &e.behaviour,
            polarity: &e.polarity,
            rule_id: &e.rule_id,
        }
    }
}

impl AgentWeeks {
    /// Adds a batch (its messages, scores and evidence).
    pub fn add<'e>(
        &mut self,
        messages: &[Message],
        scores: &[ConversationScore],
        evidence: impl IntoIterator<Item = Credit<'e>>,
        primary: &HashMap<String, String>,
    ) {
        // The week of each conversation: the ISO week of its first message.
        let week: HashMap<&str, &str> = scores
            .iter()
            .map(|s| (s.conversation_id.as_str(), s.week.as_str()))
            .collect();
        let week_of = |cid: &str| week.get(cid).copied().unwrap_or_default();
        // A batch holds whole conversations, so each (agent, conversation) pair is met in
        // one batch only: distinct pairs are found here with borrowed keys, and only
        // their counts are kept.
        let mut participated: PlHashSet<(&str, &str)> = PlHashSet::default();
        for m in messages
            .iter()
            .filter(|m| m.role == Role::Agent && !m.internal)
        {
            if let Some(a) = &m.author_id
                && participated.insert((a, &m.conversation_id))
            {
                self.participant(a, week_of(&m.conversation_id));
            }
        }
        for s in scores {
            if let Some(a) = primary.get(&s.conversation_id) {
                self.primary(a, week_of(&s.conversation_id), &ConvFigures::from(s));
            }
        }
        self.evidence(evidence, &week_of);
    }

    /// `agent` wrote publicly in one more conversation of `week` (once per conversation).
    pub fn participant(&mut self, agent: &str, week: &str) {
        slot(&mut self.acc, agent, week).participated += 1;
    }

    /// One more conversation of `week` whose primary agent is `agent`.
    pub fn primary(&mut self, agent: &str, week: &str, figures: &ConvFigures) {
        slot(&mut self.acc, agent, week).primary.add(figures);
    }

    /// Evidence rows of whole conversations (all of each conversation's rows at once):
    /// which behaviours each agent authored, and their promises.
    pub fn evidence<'e, 'w>(
        &mut self,
        evidence: impl IntoIterator<Item = Credit<'e>>,
        week_of: &dyn Fn(&str) -> &'w str,
    ) {
        let acc = &mut self.acc;
        let mut authored: PlHashSet<(&str, &str, usize)> = PlHashSet::default();
        for e in evidence {
            let Some(a) = e.agent_id else { continue };
            let cid = e.conversation_id;
            for (r, (_, behaviour, polarity)) in RATES.iter().enumerate() {
                if e.behaviour == *behaviour
                    && e.polarity == *polarity
                    && authored.insert((a, cid, r))
                {
                    slot(acc, a, week_of(cid)).authored[r] += 1;
                }
            }
            if e.behaviour == "promise" {
                let entry = slot(acc, a, week_of(cid));
                entry.promises.0 += 1;
                match e.rule_id {
                    "PM-KEPT" => entry.promises.1 += 1,
                    "PM-BROKEN" => entry.promises.2 += 1,
                    _ => {}
                }
            }
        }
    }

    /// The table, one row per agent and week.
    pub fn finish(self) -> PolarsResult<DataFrame> {
        let acc = self.acc;
        let mut cols: BTreeMap<&str, Vec<Option<f64>>> = BTreeMap::new();
        let (mut agent_ids, mut weeks, mut n_primary, mut n_part) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut made, mut kept, mut broken) = (Vec::new(), Vec::new(), Vec::new());
        let rows = acc
            .iter()
            .flat_map(|(agent, weeks)| weeks.iter().map(move |(week, a)| (agent, week, a)));
        for (agent, week, a) in rows {
            agent_ids.push(agent.clone());
            weeks.push(week.clone());
            let p = &a.primary;
            n_primary.push(p.n);
            n_part.push(a.participated);
            made.push(a.promises.0);
            kept.push(a.promises.1);
            broken.push(a.promises.2);
            let mut push =
                |name: &'static str, v: Option<f64>| cols.entry(name).or_default().push(v);
            push(col::MEDIAN_FIRST_RESPONSE_S, median(&p.first_response_s));
            push(
                col::P90_FIRST_RESPONSE_S,
                percentile(&p.first_response_s, 90.0),
            );
            push(col::SLA_HIT_RATE, p.sla.get(1000.0));
            push(
                col::CONCRETE_PROGRESS_RATE,
                share(p.concrete, p.needs_update),
            );
            let n = a.participated.max(1) as f64;
            for ((name, _, _), &k) in RATES.iter().zip(&a.authored) {
                push(name, Some(round(f64::from(k) / n, 1000.0)));
            }
            for (b, m) in with_overall().iter().zip(&p.scores) {
                push(b.agent_column, m.get(10.0));
            }
            // Customer outcomes (ピンチをチャンスに / 自分でできた) over primary conversations.
            push(col::DIFFICULT_CONVERSATIONS, Some(f64::from(p.difficult)));
            push(col::TURNAROUND_RATE, share(p.turned, p.difficult));
            push(col::CUSTOMER_DID_IT_RATE, share(p.did_it, p.n));
            for (k, (turned_col, not_turned_col)) in OUTCOME_BEHAVIOURS.iter().enumerate() {
                push(turned_col, share(p.turned_with[k], p.turned));
                push(
                    not_turned_col,
                    share(p.not_turned_with[k], p.difficult - p.turned),
                );
            }
        }
        let height = agent_ids.len();
        let mut columns: Vec<Column> = vec![
            Series::new(col::AGENT_ID.into(), agent_ids).into(),
            Series::new(col::WEEK.into(), weeks).into(),
            Series::new(col::CONVERSATIONS.into(), n_primary).into(),
            Series::new(col::PARTICIPATED.into(), n_part).into(),
        ];
        let mut take = |name: &str| cols.remove(name).unwrap_or_default();
        for name in [
            col::MEDIAN_FIRST_RESPONSE_S,
            col::P90_FIRST_RESPONSE_S,
            col::SLA_HIT_RATE,
            col::CONCRETE_PROGRESS_RATE,
        ] {
            columns.push(Series::new(name.into(), take(name)).into());
        }
        for (name, _, _) in RATES {
            columns.push(Series::new(name.into(), take(name)).into());
        }
        columns.push(Series::new(col::PROMISES_MADE.into(), made).into());
        columns.push(Series::new(col::PROMISES_KEPT.into(), kept).into());
        columns.push(Series::new(col::PROMISES_BROKEN.into(), broken).into());
        for b in with_overall() {
            columns.push(Series::new(b.agent_column.into(), take(b.agent_column)).into());
        }
        columns.push(
            Series::new(
                col::DIFFICULT_CONVERSATIONS.into(),
                take(col::DIFFICULT_CONVERSATIONS),
            )
            .cast(&DataType::UInt32)?
            .into(),
        );
        for name in [col::TURNAROUND_RATE, col::CUSTOMER_DID_IT_RATE] {
            columns.push(Series::new(name.into(), take(name)).into());
        }
        for (turned, not_turned) in OUTCOME_BEHAVIOURS {
            for name in [turned, not_turned] {
                columns.push(Series::new(name.into(), take(name)).into());
            }
        }
        DataFrame::new(height, columns)
    }
}

/// Behaviours compared between turned-around and not-turned-around difficult
/// conversations: (column when turned, column when not); whether a conversation shows
/// each is [`ConvFigures::shows`], in this order.
const OUTCOME_BEHAVIOURS: [(&str, &str); 5] = [
    (
        col::TURNED_BACKTRACKING_RATE,
        col::NOT_TURNED_BACKTRACKING_RATE,
    ),
    (
        col::TURNED_CONCRETE_PROGRESS_RATE,
        col::NOT_TURNED_CONCRETE_PROGRESS_RATE,
    ),
    (
        col::TURNED_EXPECTATION_RATE,
        col::NOT_TURNED_EXPECTATION_RATE,
    ),
    (
        col::TURNED_CLOSING_GRATITUDE_RATE,
        col::NOT_TURNED_CLOSING_GRATITUDE_RATE,
    ),
    (
        col::TURNED_EMOTIONAL_CARE_RATE,
        col::NOT_TURNED_EMOTIONAL_CARE_RATE,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::test_message as m;

    fn e(
        conversation: &str,
        agent: &str,
        behaviour: &'static str,
        polarity: &'static str,
        rule: &str,
    ) -> Evidence {
        Evidence {
            conversation_id: conversation.into(),
            message_id: format!("{conversation}-m"),
            agent_id: Some(agent.into()),
            behaviour: behaviour.into(),
            polarity: polarity.into(),
            rule_id: rule.into(),
            excerpt: String::new(),
            related_message_id: None,
        }
    }

    /// Rates count conversations, not messages or evidence rows, across batches; a
    /// handed-over conversation counts for each agent who wrote in it publicly.
    #[test]
    fn rates_count_distinct_conversations_across_batches() {
        use Role::{Agent, Customer};
        let mut agents = AgentWeeks::default();
        let none = HashMap::new();
        agents.add(
            &[
                m("c1", 1, Customer, Some("cust"), false),
                m("c1", 2, Agent, Some("a"), false),
                m("c1", 3, Agent, Some("a"), false),
                m("c1", 4, Agent, Some("b"), false),
                m("c2", 5, Agent, Some("a"), false),
                // An internal note is not participation.
                m("c2", 6, Agent, Some("c"), true),
            ],
            &[],
            [
                e("c1", "a", "emotional_care", "good", "EC-1"),
                e("c1", "a", "emotional_care", "good", "EC-2"),
                e("c2", "a", "emotional_care", "good", "EC-1"),
                e("c1", "b", "emotional_care", "good", "EC-1"),
                e("c1", "b", "progress", "bad", "PR-1"),
                e("c1", "b", "promise", "good", "PM-KEPT"),
                e("c1", "b", "promise", "bad", "PM-BROKEN"),
            ]
            .iter()
            .map(Credit::from),
            &none,
        );
        agents.add(&[m("c3", 7, Agent, Some("a"), false)], &[], [], &none);
        let df = agents.finish().unwrap();
        let col = |name: &str| -> Vec<String> {
            let c = df.column(name).unwrap().as_materialized_series().clone();
            (0..c.len())
                .map(|i| c.get(i).unwrap().to_string())
                .collect()
        };
        assert_eq!(col("agent_id"), ["\"a\"", "\"b\""]);
        assert_eq!(col("participated"), ["3", "1"]);
        assert_eq!(col("emotional_care_rate"), ["0.667", "1.0"]);
        assert_eq!(col("vague_update_rate"), ["0.0", "1.0"]);
        assert_eq!(col("promises_made"), ["0", "2"]);
        assert_eq!(col("promises_kept"), ["0", "1"]);
        assert_eq!(col("promises_broken"), ["0", "1"]);
    }
}
