//! Self-efficacy support.
//!
//! **What it counts.** What helps a customer say 「自分でできた!」: step-by-step guidance
//! (two or more numbered steps in one message), invitations to do a step themselves
//! (「〜してみていただけますか」「このボタンを押せますか」), praise for what they did
//! (「素晴らしいです」「順調です」), others who succeeded (「以前にも同じ状況のお客様が」) and
//! reassurance (「ゆっくりで構いません」).
//!
//! **Why.** [B] 顧客の自己効力感を高める4つの情報源: 達成経験・代理経験・言語的説得・
//! 生理的・情動的状態. 「問題解決のステップを細かく分解し、顧客自身に簡単な操作から実行してもらう」.
//!
//! **Example.** 「1. 右上の「︙」を開きます 2. 「Cookie」を選びます 3. 削除してみていただけますか」
//! → steps (SE-STEPS) and invitation (SE-JA-INVITE).

use super::prep::Prepared;
use super::{Evidence, excerpt};
use crate::score::rubric::Rubric;

pub fn detect(msgs: &[Prepared<'_>], rubric: &Rubric) -> Vec<Evidence> {
    let mut out = Vec::new();
    for m in msgs.iter().filter(|m| m.is_public_agent()) {
        let text = &m.text;
        let steps: Vec<_> = rubric.lexicon.step_line.find_iter(text).collect();
        if steps.len() >= 2 {
            let line = text[steps[0].start()..]
                .lines()
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            out.push(Evidence::new(
                m,
                "self_efficacy",
                "good",
                "SE-STEPS",
                format!("【{line}】 … ({} steps)", steps.len()),
                None,
            ));
        }
        for s in &m.sentences {
            for kind in ["invite", "praise", "vicarious", "reassure"] {
                if let Some((r, span)) = rubric.find("self_efficacy", kind, m.lang, s) {
                    out.push(Evidence::new(
                        m,
                        "self_efficacy",
                        "good",
                        &r.id,
                        excerpt(s.text, span),
                        None,
                    ));
                    break;
                }
            }
        }
    }
    out
}
