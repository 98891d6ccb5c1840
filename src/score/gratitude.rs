//! Closing gratitude.
//!
//! **What it detects.** Thanks for the customer's time, patience, cooperation or effort
//! in the agent's closing turn: the last public agent message together with the public
//! agent messages right before it, sent with no customer message between and at most
//! `closing_turn_gap_s` apart (chat agents split one turn into several messages). Opening
//! thanks (「お問い合わせありがとうございます」, "Thanks for reaching out") do not count (they
//! are recorded as `opening_thanks` evidence); bots and internal notes never do.
//!
//! **Why.** [A] お客様への感謝の表明: 問題解決後には、そうしたお客様のご協力や忍耐に対して
//! 心からの感謝を伝えます。「長時間にわたりお付き合いいただき、誠にありがとうございました」.
//!
//! **Example.** Last agent message 「お忙しいところ、ご協力いただきありがとうございました。」
//! → closing_gratitude (GR-JA-THANKS). 「ご不明点がございましたらお気軽にお問い合わせください」
//! after an opening 「お問い合わせありがとうございます」 → no.

use super::prep::Prepared;
use super::{Found, excerpt};
use crate::score::rubric::Rubric;

/// Indices of the closing turn's messages (empty when no agent wrote publicly).
pub fn closing_turn(msgs: &[Prepared<'_>], gap_ms: i64) -> Vec<usize> {
    let Some(last) = msgs.iter().rposition(Prepared::is_public_agent) else {
        return Vec::new();
    };
    let mut turn = vec![last];
    let mut earliest = msgs[last].ts();
    for j in (0..last).rev() {
        let m = &msgs[j];
        if m.is_customer() {
            break;
        }
        if m.is_public_agent() {
            if earliest - m.ts() > gap_ms {
                break;
            }
            earliest = m.ts();
            turn.push(j);
        }
    }
    turn.reverse();
    turn
}

/// Opening thanks in the first public agent message (shown as evidence, never scored).
fn opening<'r>(msgs: &[Prepared<'_>], rubric: &'r Rubric) -> Option<Found<'r>> {
    let m = msgs.iter().find(|m| m.is_public_agent())?;
    m.sentences.iter().find_map(|s| {
        rubric
            .find("gratitude", "opening", m.lang, s)
            .map(|(r, span)| {
                Found::new(
                    m,
                    "opening_thanks",
                    "good",
                    &r.id,
                    excerpt(s.text, span),
                    None,
                )
            })
    })
}

pub fn detect<'r>(msgs: &[Prepared<'_>], rubric: &'r Rubric) -> (bool, Vec<Found<'r>>) {
    let mut evidence: Vec<Found<'r>> = opening(msgs, rubric).into_iter().collect();
    let turn = closing_turn(msgs, rubric.thresholds.closing_turn_gap_s * 1000);
    for &i in &turn {
        let m = &msgs[i];
        for s in &m.sentences {
            let Some((r, span)) = rubric.find("gratitude", "thanks", m.lang, s) else {
                continue;
            };
            if rubric.matches("gratitude", "opening", m.lang, s) {
                continue;
            }
            evidence.push(Found::new(
                m,
                "gratitude",
                "good",
                &r.id,
                excerpt(s.text, span),
                None,
            ));
            return (true, evidence);
        }
    }
    (false, evidence)
}
