//! Expectation-setting and over-promising.
//!
//! **What it detects.** `expectation_set`: a public agent sentence giving a realistic
//! outlook on when or what, with the uncertain part marked (「通常5〜10営業日ほど」
//! 「現時点では確定ではございませんが…見込みです」「お約束いたしかねます」, "usually",
//! "can't promise"), or the scope of what will or won't be covered. A weak hedge
//! (「可能性がございます」, "usually") counts only in a sentence about a time or a result
//! (`[lexicon] outlook`): 「お宿によってはご用意がございます」 describes a product, "that
//! error usually shows up on older versions" a cause; neither is an outlook. `overpromise`: an
//! unconditional guarantee about the outcome or its timing: a guarantee word (必ず, 絶対に,
//! 間違いなく, 確実に, 100%, "definitely", "I guarantee", "for sure") with whatever outcome
//! follows (「必ず本日中に直ります」「敷金は間違いなく全額お返しいたします」); a negated promise
//! (「お約束いたしかねます」) is not one, nor is a commitment within the agent's control
//! (「必ずご連絡いたします」) or an instruction (「必ず〜をご提示ください」) (rubric kind
//! `not_guarantee`: it covers the words it matched, so "Rest assured we will keep you
//! updated, and your order will definitely arrive tomorrow" still guarantees), nor
//! anything in a question (kind `not_guarantee_sentence`: the whole sentence). Both can be
//! true in one conversation.
//!
//! **Why.** [A] 期待値の適切な管理: 無理な約束をせず、現実的な見通しを正直に伝えます。過度な期待を
//! 抱かせ、それが裏切られることは、さらなる不信感に繋がります…不確実な情報を提供する際は、それが
//! 確定情報ではないことを明確に伝えます.
//!
//! **Example.** 「通常5〜10営業日ほどかかります」 → expectation_set (EX-JA-HEDGE);
//! 「必ず本日中にお届けいたしますので、ご安心ください」 → overpromise (OP-JA-GUARANTEE).

use super::prep::{Prepared, Sent};
use super::{Found, excerpt};
use crate::score::rubric::{Rubric, Rule};

pub struct Expectation {
    pub expectation_set: bool,
    pub overpromise: bool,
}

/// A sentence that asks: it ends with a question mark, or with 〜か / 〜でしょうか.
fn is_question(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| c.is_whitespace() || c == '。' || c == '.');
    t.ends_with(['?', '？'])
        || t.ends_with("ますか")
        || t.ends_with("でしょうか")
        || t.ends_with("ですか")
}

/// The first guarantee in the sentence (rubric order, then position) that no
/// `not_guarantee` match covers.
fn unexcluded_guarantee<'r>(
    rubric: &'r Rubric,
    lang: &str,
    s: &Sent,
) -> Option<(&'r Rule, std::ops::Range<usize>)> {
    let excluded: Vec<std::ops::Range<usize>> = rubric
        .find_all("overpromise", "not_guarantee", lang, s)
        .flat_map(|(r, _)| r.regex.find_iter(s.text).map(|x| x.range()))
        .collect();
    // A rubric written before `not_guarantee_sentence` excluded questions with a
    // not_guarantee `[?]\s*$`: a match of only the closing question mark still covers
    // the whole sentence.
    if excluded.iter().any(|e| {
        let t = s.text[e.clone()].trim();
        !t.is_empty() && t.chars().all(|c| matches!(c, '?' | '？'))
    }) {
        return None;
    }
    rubric
        .find_all("overpromise", "guarantee", lang, s)
        .find_map(|(r, _)| {
            r.regex
                .find_iter(s.text)
                .map(|x| x.range())
                .find(|g| !excluded.iter().any(|e| e.start < g.end && g.start < e.end))
                .map(|g| (r, g))
        })
}

pub fn detect<'r>(msgs: &[Prepared<'_>], rubric: &'r Rubric) -> (Expectation, Vec<Found<'r>>) {
    let mut evidence = Vec::new();
    for m in msgs.iter().filter(|m| m.is_public_agent()) {
        for s in &m.sentences {
            let hit = |behaviour: &'static str, kind: &'static str| {
                rubric.find(behaviour, kind, m.lang, s)
            };
            let negation = hit("overpromise", "negation");
            // A guarantee word about the agent's own next contact, in an instruction, or
            // in a question guarantees no outcome. The exclusion covers the words it
            // matched, not the whole sentence: "Rest assured we will keep you updated, and
            // your order will definitely arrive tomorrow" still guarantees the delivery.
            let guarantee = if rubric.matches("overpromise", "not_guarantee_sentence", m.lang, s) {
                None
            } else {
                unexcluded_guarantee(rubric, m.lang, s)
            };
            let found = match (negation.clone(), guarantee) {
                // An unconditional guarantee, not negated in the same sentence.
                (None, Some(g)) => Some(("overpromise", "bad", g)),
                // A question (「ご予算の目安はございますか」) gives no outlook.
                _ if is_question(s.text) => None,
                // A hedge; a weak hedge about a time or a result; or an honest "cannot
                // promise", which sets expectations too.
                _ => hit("expectation", "hedge")
                    .or_else(|| {
                        hit("expectation", "hedge_weak").filter(|_| {
                            rubric
                                .lexicon
                                .outlook
                                .as_ref()
                                .is_none_or(|o| o.is_match(s.text))
                        })
                    })
                    .or(negation)
                    .map(|h| ("expectation", "good", h)),
            };
            if let Some((behaviour, polarity, (r, span))) = found {
                evidence.push(Found::new(
                    m,
                    behaviour,
                    polarity,
                    &r.id,
                    excerpt(s.text, span),
                    None,
                ));
            }
        }
    }
    let has = |b: &str| evidence.iter().any(|e: &Found| e.behaviour == b);
    (
        Expectation {
            expectation_set: has("expectation"),
            overpromise: has("overpromise"),
        },
        evidence,
    )
}
