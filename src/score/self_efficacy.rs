//! Self-efficacy support: the four sources of [B], found per message, and the score.
//!
//! **What it counts.** Per public agent message, each of the four sources of a customer's
//! self-efficacy ([B]) and care for their feelings, as LABELING.md defines them:
//! - `step_guidance` (達成経験): a step the customer performs themselves, one at a time
//!   (「右上の歯車を押していただけますか」, "Tap Settings, then Wi-Fi.") or as a numbered
//!   list (two or more `[lexicon] step_line`s, rule SG-STEPS); not a request for
//!   information, a pointer elsewhere or advice for another time (rules of kind `not`);
//! - `vicarious` (代理経験): others who succeeded this way, a demonstration to follow;
//! - `encouragement` (言語的説得): praise tied to what the customer did or understood;
//! - `emotional_care` (生理的・情動的状態): sympathy, an apology for the trouble or the
//!   wait, reassurance, shared relief; not an apology that only softens a refusal.
//!
//! A message shows a source when one of its sentences matches a rule of kind `form` of
//! that behaviour and no rule of kind `not` of it; each source gives at most one evidence
//! row per message (its first such sentence); a rule of kind `report_back` (a step, then
//! 「表示された内容を教えてください」) counts whatever the exclusions say. Where the agent
//! did a step the customer could have done (「こちらで設定を変更いたしました」, kind
//! `agent_did`: settings the customer can reach), that is a coaching opportunity: a `bad`
//! evidence row of `step_guidance`.
//!
//! **The score** (0–100, `[scores]` in the rubric) weighs what the conversation called
//! for against what the agent gave:
//! - steps (weight `self_efficacy_steps_weight`), when the agent guided the customer or
//!   did a customer's step for them: `self_efficacy_guided_encouraged` when the guidance
//!   came with encouragement or a vicarious example, `self_efficacy_guided` for guidance
//!   alone, `self_efficacy_agent_did` when the agent did a customer's step and gave none;
//! - care (weight `self_efficacy_care_weight`), when the customer was in a difficult
//!   state (frustration, anxiety, urgency, a chase: `outcomes::difficult`):
//!   `self_efficacy_care_given` with emotional care, `self_efficacy_care_missing` without.
//!
//! The score is the weighted mean of the parts that apply; a conversation that called for
//! neither is not scored (n/a), like progress.
//!
//! **Why.** [B] 顧客の自己効力感を高める4つの情報源: 達成経験・代理経験・言語的説得・
//! 生理的・情動的状態. 「問題解決のステップを細かく分解し、顧客自身に簡単な操作から実行してもらう」.
//!
//! **Example.** 「ご不安ですよね。まず右上の歯車を押していただけますか」 … 「正しく設定
//! できていますね」 → emotional_care (EC-JA-EMPATHY), step_guidance (SG-JA-REQUEST),
//! encouragement (EN-JA-PRAISE); score 100.

use super::prep::Prepared;
use super::{Found, excerpt};
use crate::score::rubric::Rubric;

/// The four sources, in the order of [`Support::messages`] (their evidence behaviours).
pub use super::rubric::SOURCES;

/// What a conversation's agents did for the customer's self-efficacy.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Support {
    /// Public agent messages showing each source, in [`SOURCES`] order.
    pub messages: [u32; 4],
    /// Agent messages that did a step the customer could have done.
    pub agent_did: u32,
    /// The self-efficacy score (None: the conversation called for no steps and no care).
    pub score: Option<f64>,
}

impl Support {
    pub fn count(&self, source: &str) -> u32 {
        SOURCES
            .iter()
            .position(|s| *s == source)
            .map_or(0, |k| self.messages[k])
    }
}

/// The first sentence of `m` that shows `source`: (rule id, excerpt). A rule of kind
/// `report_back` (a step, then asking what happened) counts whatever the exclusions say;
/// otherwise a `form` rule counts unless a `not` rule matches the same sentence.
pub(super) fn shows<'r>(
    m: &Prepared<'_>,
    rubric: &'r Rubric,
    source: &str,
) -> Option<(&'r str, String)> {
    m.sentences.iter().find_map(|s| {
        let found = rubric.find(source, "report_back", m.lang, s).or_else(|| {
            if rubric.matches(source, "not", m.lang, s) {
                None
            } else {
                rubric.find(source, "form", m.lang, s)
            }
        });
        found.map(|(r, span)| (r.id.as_str(), excerpt(s.text, span)))
    })
}

/// Whether the message gives the customer a step to perform: a numbered list of steps or
/// a step-guidance form (what the step-guidance count finds; its excerpt is built and
/// dropped).
pub(super) fn gives_steps(m: &Prepared<'_>, rubric: &Rubric) -> bool {
    numbered_steps(m, rubric).is_some() || shows(m, rubric, "step_guidance").is_some()
}

/// A numbered list of two or more steps in the message, at least two of which ask for an
/// action (`[lexicon.define]` action_ja / action_en) and do not report what was already
/// done (`[lexicon] step_done`): a numbered list of facts or of the agent's own work is
/// not guidance. Its first line and the count.
fn numbered_steps(m: &Prepared<'_>, rubric: &Rubric) -> Option<String> {
    let lex = &rubric.lexicon;
    let lines: Vec<&str> = lex
        .step_line
        .find_iter(m.text)
        .map(|s| {
            m.text[s.start()..]
                .trim_start()
                .lines()
                .next()
                .unwrap_or("")
        })
        .collect();
    let actions = lines
        .iter()
        .filter(|l| lex.step_action.as_ref().is_none_or(|a| a.is_match(l)))
        .filter(|l| !lex.step_done.as_ref().is_some_and(|d| d.is_match(l)))
        .count();
    (lines.len() >= 2 && actions >= 2)
        .then(|| format!("【{}】 … ({} steps)", lines[0].trim(), lines.len()))
}

/// Finds the four sources in every public agent message and scores the conversation;
/// `difficult` is whether the customer was in a difficult state (it calls for care).
pub fn detect<'r>(
    msgs: &[Prepared<'_>],
    rubric: &'r Rubric,
    difficult: bool,
) -> (Support, Vec<Found<'r>>) {
    let mut out = Vec::new();
    let mut support = Support::default();
    for m in msgs.iter().filter(|m| m.is_public_agent()) {
        for (k, source) in SOURCES.into_iter().enumerate() {
            let found = if source == "step_guidance" {
                numbered_steps(m, rubric)
                    .map(|list| ("SG-STEPS", list))
                    .or_else(|| shows(m, rubric, source))
            } else {
                shows(m, rubric, source)
            };
            if let Some((rule, text)) = found {
                support.messages[k] += 1;
                out.push(Found::new(m, source, "good", rule, text, None));
            }
        }
        // A step the customer could have done, done for them: recorded wherever it
        // happens (the score counts it only where no step was given).
        let did = m.sentences.iter().find_map(|s| {
            rubric
                .find("step_guidance", "agent_did", m.lang, s)
                .map(|(r, span)| (r, excerpt(s.text, span)))
        });
        if let Some((r, text)) = did {
            support.agent_did += 1;
            out.push(Found::new(m, "step_guidance", "bad", &r.id, text, None));
        }
    }
    support.score = score(&support, rubric, difficult);
    (support, out)
}

/// The weighted mean of the parts that apply (see the module docs).
fn score(s: &Support, rubric: &Rubric, difficult: bool) -> Option<f64> {
    let sc = &rubric.scores;
    let [steps, vicarious, encouragement, care] = s.messages;
    let steps_part = if steps > 0 {
        Some(if encouragement > 0 || vicarious > 0 {
            sc.self_efficacy_guided_encouraged
        } else {
            sc.self_efficacy_guided
        })
    } else {
        (s.agent_did > 0).then_some(sc.self_efficacy_agent_did)
    };
    let care_part = difficult.then_some(if care > 0 {
        sc.self_efficacy_care_given
    } else {
        sc.self_efficacy_care_missing
    });
    let parts = [
        (steps_part, sc.self_efficacy_steps_weight),
        (care_part, sc.self_efficacy_care_weight),
    ];
    let (sum, wsum) = parts
        .iter()
        .filter_map(|(v, w)| v.map(|v| (v * w, *w)))
        .fold((0.0, 0.0), |(a, b), (v, w)| (a + v, b + w));
    (wsum > 0.0).then(|| (sum / wsum * 10.0).round() / 10.0)
}
