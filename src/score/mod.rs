//! Scoring: one file per behaviour (What / Why / Example in each), over prepared
//! messages. Takes messages and the rubric, returns per-conversation scores and
//! evidence rows; no I/O.
//!
//! Quoted earlier mail (`>` lines) and internal notes never count as behaviour; messages
//! in English use the English rules.

pub mod backtracking;
pub mod expectation;
pub mod gratitude;
pub mod jargon;
pub mod latency;
pub mod outcomes;
pub mod prep;
pub mod progress;
pub mod promise;
pub mod rubric;
pub mod self_efficacy;

use std::borrow::Cow;

use rayon::prelude::*;

use crate::calendar::{BusinessCalendar, parse_span};
use crate::schema::{Channel, Message};
use crate::text::Analyzer;
use prep::Prepared;
pub use rubric::Rubric;

/// One evidence row as the result tables hold it (read back by reports, `otai report
/// --data`): ids, not places. Scoring finds [`Found`] rows and the writer turns them into
/// these columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub conversation_id: String,
    pub message_id: String,
    pub agent_id: Option<String>,
    /// Borrowed from the detectors' names when scoring, owned when read back from a table.
    pub behaviour: Cow<'static, str>,
    /// `good` or `bad`.
    pub polarity: Cow<'static, str>,
    pub rule_id: String,
    /// The sentence that fired, the matched span in 【】.
    pub excerpt: String,
    /// E.g. the customer message a backtrack echoes.
    pub related_message_id: Option<String>,
}

/// One detected instance of a behaviour, with the sentence that earned it, as scoring
/// finds it: messages by their place (in the conversation while detecting, in the batch
/// once [`score_all`] returns), the rule's id borrowed from the rubric. Ids are looked up
/// only when the row is written ([`Found::to_evidence`], `frame::evidence_frame`): a
/// conversation of a million messages finds most of a million rows, and copies of three
/// ids in each were most of its memory.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<'r> {
    /// The message that earned it.
    pub message: u32,
    /// The message whose author is credited: the message itself, unless the detector
    /// says otherwise (nobody for a customer's state; the guiding agent for a customer
    /// who did it).
    pub agent: Option<u32>,
    pub behaviour: &'static str,
    /// `good` or `bad`.
    pub polarity: &'static str,
    pub rule_id: &'r str,
    /// The sentence that fired, the matched span in 【】.
    pub excerpt: String,
    /// E.g. the customer message a backtrack echoes.
    pub related: Option<u32>,
}

impl<'r> Found<'r> {
    pub fn new(
        m: &Prepared<'_>,
        behaviour: &'static str,
        polarity: &'static str,
        rule_id: &'r str,
        excerpt: String,
        related: Option<u32>,
    ) -> Found<'r> {
        Found {
            message: m.index,
            agent: Some(m.index),
            behaviour,
            polarity,
            rule_id,
            excerpt,
            related,
        }
    }

    /// The row with ids, its places read in `batch` (the messages [`score_all`] scored).
    pub fn to_evidence(&self, batch: &[Message]) -> Evidence {
        let m = &batch[self.message as usize];
        Evidence {
            conversation_id: m.conversation_id.clone(),
            message_id: m.message_id.clone(),
            agent_id: self.agent_id(batch).map(str::to_string),
            behaviour: Cow::Borrowed(self.behaviour),
            polarity: Cow::Borrowed(self.polarity),
            rule_id: self.rule_id.to_string(),
            excerpt: self.excerpt.clone(),
            related_message_id: self.related_id(batch).map(str::to_string),
        }
    }

    /// The credited agent's id, read in `batch`.
    pub fn agent_id<'b>(&self, batch: &'b [Message]) -> Option<&'b str> {
        self.agent
            .and_then(|a| batch[a as usize].author_id.as_deref())
    }

    /// The related message's id, read in `batch`.
    pub fn related_id<'b>(&self, batch: &'b [Message]) -> Option<&'b str> {
        self.related.map(|r| batch[r as usize].message_id.as_str())
    }

    /// The places moved by `offset` (a conversation's start in its batch).
    fn shifted(mut self, offset: u32) -> Self {
        self.message += offset;
        self.agent = self.agent.map(|a| a + offset);
        self.related = self.related.map(|r| r + offset);
        self
    }
}

/// The sentence with the matched span marked 【like this】.
pub fn excerpt(sentence: &str, span: std::ops::Range<usize>) -> String {
    let (a, b) = (span.start.min(sentence.len()), span.end.min(sentence.len()));
    if !sentence.is_char_boundary(a) || !sentence.is_char_boundary(b) || a >= b {
        return sentence.to_string();
    }
    let mut out = String::with_capacity(sentence.len() + "【】".len());
    out.push_str(&sentence[..a]);
    out.push('【');
    out.push_str(&sentence[a..b]);
    out.push('】');
    out.push_str(&sentence[b..]);
    out
}

/// Per-conversation results (column names in `frame::scores_frame`).
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationScore {
    pub conversation_id: String,
    /// ISO week of the first message in the business time zone ("2026-W10").
    pub week: String,
    pub latency: latency::Latency,
    pub sla_first_response_met: Option<bool>,
    /// A customer wrote and no agent answered publicly: every score but latency is n/a.
    pub unanswered: bool,
    pub backtracking_count: u32,
    pub progress: &'static str,
    pub expectation_set: bool,
    pub overpromise: bool,
    pub closing_gratitude: bool,
    pub promises: promise::Promises,
    /// The four sources of self-efficacy and the self-efficacy score.
    pub support: self_efficacy::Support,
    pub jargon_count: u32,
    pub outcomes: outcomes::Outcomes,
    pub latency_score: Option<f64>,
    pub backtracking_score: Option<f64>,
    pub transparency_score: Option<f64>,
    pub expectation_score: Option<f64>,
    pub gratitude_score: Option<f64>,
    pub overall_score: Option<f64>,
}

/// ISO week ("2026-W10") of an instant in a time zone.
pub fn iso_week(ms: i64, tz: chrono_tz::Tz) -> String {
    use chrono::Datelike;
    let d = chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .with_timezone(&tz);
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// Builds the business calendar from the rubric.
pub fn calendar(rubric: &Rubric) -> Result<BusinessCalendar, String> {
    let bh = &rubric.business_hours;
    let tz = bh
        .tz
        .parse()
        .map_err(|_| format!("[business_hours] tz \"{}\" is not an IANA zone", bh.tz))?;
    let day = |spans: &[String]| -> Result<Vec<_>, String> {
        let mut v = spans
            .iter()
            .map(|s| parse_span(s))
            .collect::<Result<Vec<_>, _>>()?;
        v.sort();
        Ok(v)
    };
    let closed = bh
        .closed
        .iter()
        .map(|d| {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| format!("[business_hours] closed day \"{d}\" is not YYYY-MM-DD"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(BusinessCalendar {
        tz,
        week: [
            day(&bh.mon)?,
            day(&bh.tue)?,
            day(&bh.wed)?,
            day(&bh.thu)?,
            day(&bh.fri)?,
            day(&bh.sat)?,
            day(&bh.sun)?,
        ],
        japanese_holidays: bh.japanese_holidays,
        closed,
    })
}

fn sla_target(rubric: &Rubric, channel: Channel) -> i64 {
    match channel {
        Channel::Chat => rubric.sla.chat_first_response_s,
        Channel::Email => rubric.sla.email_first_response_s,
        Channel::Other => rubric.sla.other_first_response_s,
    }
}

/// Scores one conversation (its messages in time order): the score and each detector's
/// evidence rows ([`in_order`] makes them one list).
pub fn score_conversation<'r>(
    msgs: &mut [Prepared<'_>],
    rubric: &'r Rubric,
    cal: &BusinessCalendar,
) -> (ConversationScore, Vec<Vec<Found<'r>>>) {
    let lat = latency::measure(msgs, cal);
    let bt = backtracking::detect(msgs, rubric);
    // Only backtracking reads lemmas.
    msgs.iter_mut().for_each(Prepared::forget_lemmas);
    let msgs: &[Prepared<'_>] = msgs;
    let (progress, pr_ev) = progress::classify_conversation(msgs, rubric);
    let (exp, exp_ev) = expectation::detect(msgs, rubric);
    let (gratitude, gr_ev) = gratitude::detect(msgs, rubric);
    let (promises, pm_ev) = promise::track(msgs, rubric, cal);
    let jg_ev = jargon::detect(msgs, rubric);
    let (outcomes, oc_ev) = outcomes::detect(msgs, rubric);
    let (support, se_ev) = self_efficacy::detect(msgs, rubric, outcomes.difficult);

    let channel = msgs.first().map_or(Channel::Other, |m| m.msg.channel);
    let week = msgs
        .iter()
        .map(Prepared::ts)
        .min()
        .map(|ms| iso_week(ms, cal.tz))
        .unwrap_or_default();
    let has_customer = msgs.iter().any(Prepared::is_customer);
    let answered = lat.first_response_s.is_some();
    let target = sla_target(rubric, channel);
    let sla = has_customer.then(|| lat.first_response_bh_s.is_some_and(|s| s <= target));

    let latency_score = has_customer.then(|| match lat.first_response_bh_s {
        None => 0.0,
        Some(s) if s <= target => 100.0,
        Some(s) => {
            let zero = target as f64 * rubric.thresholds.latency_zero_at_sla_multiple;
            (100.0 * (zero - s as f64) / (zero - target as f64)).clamp(0.0, 100.0)
        }
    });
    let bt_count = bt.len() as u32;
    let backtracking_score =
        (has_customer && answered).then_some(if bt_count > 0 { 100.0 } else { 0.0 });
    let sc = &rubric.scores;
    // A customer nobody answered: the behaviours of an answer (updates, outlook, thanks,
    // self-efficacy support) cannot be judged — they are n/a, not zero or the "not set"
    // score; the response time says what went wrong, and the overall score is n/a too
    // (`unanswered` says why).
    let unanswered = has_customer && !answered;
    let mut support = support;
    if unanswered {
        support.score = None;
    }
    let transparency_score = match progress {
        _ if unanswered => None,
        "concrete" => Some(sc.transparency_concrete),
        "mixed" => Some(sc.transparency_mixed),
        "vague" => Some(sc.transparency_vague),
        "none" => Some(sc.transparency_none),
        _ => None,
    };
    let expectation_applies = !unanswered
        && (exp.expectation_set || exp.overpromise || promises.made > 0 || progress != "n/a");
    let expectation_score = expectation_applies.then(|| {
        let mut score = if exp.expectation_set {
            sc.expectation_set
        } else {
            sc.expectation_not_set
        };
        if exp.overpromise {
            score -= sc.overpromise_penalty;
        }
        // A promise the customer was given and not kept damages the outlook as much as
        // an over-promise does its part ([A] 期待値の調整).
        if promises.broken > 0 {
            score -= sc.broken_promise_penalty;
        }
        score.max(0.0)
    });
    let gratitude_score = answered.then_some(if gratitude { 100.0 } else { 0.0 });
    let parts = [
        ("latency", latency_score),
        ("backtracking", backtracking_score),
        ("transparency", transparency_score),
        ("expectation", expectation_score),
        ("gratitude", gratitude_score),
        ("self_efficacy", support.score),
    ];
    let (mut sum, mut wsum) = (0.0, 0.0);
    for (name, v) in parts {
        if let Some(v) = v {
            let w = rubric.weight(name);
            sum += w * v;
            wsum += w;
        }
    }
    let overall_score = (wsum > 0.0 && !unanswered).then(|| (sum / wsum * 10.0).round() / 10.0);

    // Each detector's rows, in behaviour order; [`in_order`] makes them one list once
    // the prepared messages are freed.
    let parts = vec![bt, pr_ev, exp_ev, gr_ev, pm_ev, se_ev, jg_ev, oc_ev];
    let jargon_count = parts
        .iter()
        .flatten()
        .filter(|e| e.behaviour == "jargon")
        .count() as u32;
    let score = ConversationScore {
        week,
        conversation_id: msgs
            .first()
            .map(|m| m.msg.conversation_id.clone())
            .unwrap_or_default(),
        latency: lat,
        sla_first_response_met: sla,
        unanswered,
        backtracking_count: bt_count,
        progress,
        expectation_set: exp.expectation_set,
        overpromise: exp.overpromise,
        closing_gratitude: gratitude,
        promises,
        jargon_count,
        outcomes,
        latency_score: latency_score.map(|v| (v * 10.0).round() / 10.0),
        backtracking_score,
        transparency_score,
        expectation_score,
        gratitude_score,
        support,
        overall_score,
    };
    (score, parts)
}

/// One conversation's evidence in conversation order (stable: within a message, in
/// behaviour order), from each detector's rows: moved into one list sized once, each
/// part freed as it is moved.
pub fn in_order<'r>(parts: Vec<Vec<Found<'r>>>) -> Vec<Found<'r>> {
    let mut evidence = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    for part in parts {
        evidence.extend(part);
    }
    evidence.sort_by_key(|e| e.message);
    evidence
}

/// Where each conversation ends in `messages` (grouped by conversation): the index after
/// its last message, ascending; empty when there are no messages.
pub fn conversation_ends(messages: &[Message]) -> Vec<usize> {
    (1..=messages.len())
        .filter(|&i| {
            i == messages.len() || messages[i].conversation_id != messages[i - 1].conversation_id
        })
        .collect()
}

/// The runs of consecutive messages of one conversation, in order.
pub fn conversation_groups(messages: &[Message]) -> Vec<&[Message]> {
    let mut start = 0;
    conversation_ends(messages)
        .into_iter()
        .map(|end| {
            let g = &messages[start..end];
            start = end;
            g
        })
        .collect()
}

/// Scores every conversation. `messages` must be grouped by conversation and in time
/// order within each (as ingest returns them). Conversations are scored in parallel;
/// the result is in input order.
pub fn score_all<'r>(
    messages: &[Message],
    analyzer: &Analyzer,
    rubric: &'r Rubric,
) -> Result<(Vec<ConversationScore>, Vec<Found<'r>>), String> {
    let cal = calendar(rubric)?;
    let groups = conversation_groups(messages);
    let results: Vec<(ConversationScore, Vec<Found<'r>>)> = groups
        .par_iter()
        .map(|g| {
            let texts: Vec<_> = g
                .iter()
                .map(|m| prep::normalize_for_rules(&m.text))
                .collect();
            let interner = prep::Interner::default();
            let mut prepared: Vec<Prepared<'_>> = g
                .iter()
                .zip(&texts)
                .enumerate()
                .map(|(i, (m, text))| prep::prepare(i as u32, m, text, analyzer, &interner, rubric))
                .collect();
            let (score, parts) = score_conversation(&mut prepared, rubric, &cal);
            // The prepared messages (sentences, lemmas, the rule text) go before the
            // rows are gathered: in a giant conversation both are hundreds of MiB.
            drop(prepared);
            drop(texts);
            (score, in_order(parts))
        })
        .collect();
    let mut scores = Vec::with_capacity(results.len());
    let mut evidence = Vec::with_capacity(results.iter().map(|(_, e)| e.len()).sum());
    let mut start = 0;
    for ((s, e), g) in results.into_iter().zip(&groups) {
        scores.push(s);
        evidence.extend(e.into_iter().map(|f| f.shifted(start)));
        start += g.len() as u32;
    }
    Ok((scores, evidence))
}
