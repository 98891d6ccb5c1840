//! Empathy and apology.
//!
//! **What it counts.** Public agent sentences that acknowledge the customer's feelings or
//! apologise for the situation (「ご不便をおかけしており申し訳ございません」「ご不安ですよね」,
//! "I'm sorry for the trouble").
//!
//! **Why.** [A] お客様の感情と期待の把握: 共感の言葉を挟むことで確認を試みます; [B] 生理的・
//! 情動的状態: 顧客の不安や焦りを傾聴し、共感することで、まず感情的な側面をケアします.
//!
//! **Example.** 「明日のオンライン授業を控えてご不安なことと存じます。」 → empathy (EM-JA-EMPATHY).

use super::prep::Prepared;
use super::{Evidence, excerpt};
use crate::score::rubric::Rubric;

pub fn detect(msgs: &[Prepared<'_>], rubric: &Rubric) -> Vec<Evidence> {
    let mut out = Vec::new();
    for m in msgs.iter().filter(|m| m.is_public_agent()) {
        for s in &m.sentences {
            if let Some((r, span)) = rubric.find("empathy", "empathy", m.lang, s) {
                out.push(Evidence::new(
                    m,
                    "empathy",
                    "good",
                    &r.id,
                    excerpt(s.text, span),
                    None,
                ));
            }
        }
    }
    out
}
