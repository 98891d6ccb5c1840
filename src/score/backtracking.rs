//! Backtracking (バックトラッキング).
//!
//! **What it detects.** A public agent sentence that restates the customer's own
//! specific content to confirm it. Two signals together:
//! - a restating form from the rubric (`backtracking`/`form` rules), one of the families
//!   Japanese and English use: quotative 「〜とのことですが」「〜ということですね」, copula
//!   confirmation 「〜でございますね」「〜でよろしいでしょうか」, conditional echo
//!   「〜ですと」「〜でしたら」, acting on the stated condition 「〜でお調べいたします」
//!   「〜で承ります」, 「〜と承りました」, "Just to confirm", "So you're …", "If I've
//!   understood correctly"; or a tag ("Have I got that right?") that confirms the sentence
//!   before it; or a summary list of the customer's conditions (bulleted lines);
//! - content overlap with what the customer said: content-word lemmas (lindera base forms),
//!   quantities with their counters (2名, 4泊, 2部屋 = 2室) and names. Each form says how
//!   much overlap it needs (`min_overlap`, default `backtracking_min_overlap`) and with
//!   which customer messages (`scope`: the recent ones, or the whole conversation so far).
//!   Words the agent itself has used in earlier messages of the conversation
//!   (`backtracking_agent_vocabulary_messages`) are the agent's vocabulary, not the
//!   customer's content, and do not count.
//!
//! Not counted: bare acknowledgements (no content), the agent's own suggestions that
//! reuse one general word, start-of-work notices.
//!
//! **Why.** [A] リモートでの「傾聴」の実践: お客様の発言内容を要約して返す「バックトラッキング」が
//! 有効です… お客様は「自分の話をしっかり聞いてもらえている」と感じることができます.
//!
//! **Example.** Customer: 「車で行くので駐車場があるといいです」. Agent: 「それでは駐車場のある
//! お宿をお調べいたします。」 → backtracking (form BT-JA-SEARCH, shared 駐車). Customer:
//! 「部屋は…合計2部屋でお願いします」; agent: 「2室ご利用とのことですが、…」 (BT-JA-QUOTE,
//! shared 2室). A bare 「承知しました」 has no overlap; 「以下の条件でお宿をお探しいたします」
//! shares only 宿, which the agent itself has said all along.

use super::prep::{Lemma, Prepared, sorted_union};
use super::{Found, excerpt};
use crate::score::rubric::{Rubric, Rule};

/// Customer messages an agent message at `i` may echo: customer messages since the
/// previous public agent message, and at least the last three customer messages.
fn recent_customer(msgs: &[Prepared<'_>], i: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut seen_agent = false;
    for j in (0..i).rev() {
        let m = &msgs[j];
        if m.is_public_agent() {
            seen_agent = true;
        }
        if m.is_customer() {
            if seen_agent && out.len() >= 3 {
                break;
            }
            out.push(j);
        }
    }
    out
}

/// The entry of lemma `w` in a per-lemma table, grown as needed (a conversation's lemma
/// numbers are dense).
fn slot<T: Clone + Default>(table: &mut Vec<T>, w: Lemma) -> &mut T {
    let w = w as usize;
    if table.len() <= w {
        table.resize(w + 1, T::default());
    }
    &mut table[w]
}

/// The conversation's words so far, per lemma (lemma numbers are dense): in how many
/// earlier agent messages it came, and whether the customer has said it. Carried
/// forward, each earlier message tallied once, and only when a candidate needs them
/// (a candidate that cannot reach its overlap with the recent customer messages alone
/// never does): tallying tokenises every earlier message.
#[derive(Default)]
struct Words {
    agent: Vec<u32>,
    customer: Vec<bool>,
    /// Messages before this one are tallied.
    upto: usize,
}

impl Words {
    /// Tallies every message before `i`.
    fn tally_before(&mut self, msgs: &[Prepared<'_>], i: usize) {
        for earlier in &msgs[self.upto.min(i)..i] {
            if earlier.is_public_agent() {
                for w in earlier.lemmas() {
                    *slot(&mut self.agent, w) += 1;
                }
            } else if earlier.is_customer() {
                for w in earlier.lemmas() {
                    *slot(&mut self.customer, w) = true;
                }
            }
        }
        self.upto = self.upto.max(i);
    }

    /// The agent's own vocabulary: said in enough of its earlier messages.
    fn own(&self, w: Lemma, messages: usize) -> bool {
        self.agent.get(w as usize).copied().unwrap_or(0) as usize >= messages
    }

    /// The customer has said it somewhere before.
    fn said(&self, w: Lemma) -> bool {
        self.customer.get(w as usize).copied().unwrap_or(false)
    }
}

/// A sentence that may restate: the rule that matched, its span, and whether it is a
/// tag (whose neighbours carry the content).
struct Candidate<'r> {
    sentence: usize,
    rule: &'r Rule,
    span: std::ops::Range<usize>,
    tag: bool,
}

pub fn detect<'r>(msgs: &[Prepared<'_>], rubric: &'r Rubric) -> Vec<Found<'r>> {
    let t = &rubric.thresholds;
    let mut out = Vec::new();
    let mut words = Words::default();
    let vocabulary = t.backtracking_agent_vocabulary_messages;
    for (i, m) in msgs.iter().enumerate() {
        if !m.is_public_agent() {
            continue;
        }
        // Lemmas (and so tokenisation) are only needed where a form, a tag or a list is.
        let mut candidates = Vec::new();
        let mut items = Vec::new();
        for (k, s) in m.sentences.iter().enumerate() {
            // A sentence an exclusion rule names is no restating form ("Is there
            // anything else …?", "What do you mean by that?"); a bare question offering
            // alternatives (`not_bare`) is none either, unless the form says in so many
            // words that it confirms ("Just to confirm, … or at the front desk?").
            let excluded = rubric.matches("backtracking", "not", m.lang, s);
            let bare_excluded = rubric.matches("backtracking", "not_bare", m.lang, s);
            for (rule, span) in rubric
                .find_all("backtracking", "form", m.lang, s)
                .filter(|(rule, _)| !excluded && (!bare_excluded || rule.explicit))
            {
                candidates.push(Candidate {
                    sentence: k,
                    rule,
                    span,
                    tag: false,
                });
            }
            if let Some((rule, span)) = rubric.find("backtracking", "tag", m.lang, s) {
                candidates.push(Candidate {
                    sentence: k,
                    rule,
                    span,
                    tag: true,
                });
            }
            if let Some((rule, _)) = rubric.find("backtracking", "list_item", m.lang, s) {
                items.push((k, rule));
            }
        }
        let is_list = items.len() >= t.backtracking_summary_min_items;
        if candidates.is_empty() && !is_list {
            continue;
        }
        let recent = recent_customer(msgs, i);
        if recent.is_empty() {
            continue;
        }
        // What the recent customer messages said (sorted); the part of it that is not the
        // agent's own vocabulary is worked out once a candidate could reach its overlap.
        let recent_said = sorted_union(recent.iter().flat_map(|&j| msgs[j].lemmas()));
        let mut recent_words: Option<Vec<Lemma>> = None;
        let related = |lemmas: &[Lemma]| {
            recent
                .iter()
                .max_by_key(|&&j| {
                    let theirs = msgs[j].lemmas();
                    let shared = lemmas
                        .iter()
                        .filter(|x| theirs.binary_search(x).is_ok())
                        .count();
                    (shared, j)
                })
                .map(|&j| j as u32)
        };
        // A summary list: enough bulleted lines that repeat what the customer asked for.
        if is_list {
            words.tally_before(msgs, i);
            // Every customer word so far, less the agent's own vocabulary: asked per
            // word, not built as a set per message (in a long conversation that set is
            // the whole vocabulary, and building it for every agent message was quadratic).
            let in_all = |w: &Lemma| words.said(*w) && !words.own(*w, vocabulary);
            let matching: Vec<usize> = items
                .iter()
                .map(|(k, _)| *k)
                .filter(|&k| m.sentence_lemmas(k).iter().any(&in_all))
                .collect();
            if let Some(&(first, rule)) = items.first()
                && matching.len() >= t.backtracking_summary_min_matching
            {
                let s = &m.sentences[first];
                let lemmas = sorted_union(
                    matching
                        .iter()
                        .flat_map(|&k| m.sentence_lemmas(k).iter().copied()),
                );
                out.push(Found::new(
                    m,
                    "backtracking",
                    "good",
                    &rule.id,
                    excerpt(s.text, 0..s.text.len()),
                    related(&lemmas),
                ));
                continue;
            }
        }
        for c in candidates {
            let k = c.sentence;
            // The sentence's lemmas (a tag's neighbours carry its content).
            let lemmas = if c.tag {
                let before = k.checked_sub(1).map_or(&[][..], |p| m.sentence_lemmas(p));
                let after = if k + 1 < m.sentences.len() {
                    m.sentence_lemmas(k + 1)
                } else {
                    &[]
                };
                sorted_union([before, m.sentence_lemmas(k), after].concat())
            } else {
                m.sentence_lemmas(k).to_vec()
            };
            let need = c.rule.min_overlap.unwrap_or(t.backtracking_min_overlap);
            let in_recent = |lemmas: &[Lemma]| {
                lemmas
                    .iter()
                    .filter(|l| recent_said.binary_search(l).is_ok())
                    .count()
            };
            let enough = if need == 0 {
                true
            } else if c.rule.whole_conversation {
                words.tally_before(msgs, i);
                let counted = lemmas
                    .iter()
                    .filter(|&&l| words.said(l) && (c.rule.own_words || !words.own(l, vocabulary)));
                counted.count() >= need
            } else if c.rule.own_words {
                in_recent(&lemmas) >= need
            } else if in_recent(&lemmas) < need {
                // Less the agent's vocabulary, it can only be fewer.
                false
            } else {
                words.tally_before(msgs, i);
                let recent_words = recent_words.get_or_insert_with(|| {
                    recent_said
                        .iter()
                        .copied()
                        .filter(|&w| !words.own(w, vocabulary))
                        .collect()
                });
                lemmas
                    .iter()
                    .filter(|l| recent_words.binary_search(l).is_ok())
                    .count()
                    >= need
            };
            if !enough {
                continue;
            }
            let s = &m.sentences[k];
            out.push(Found::new(
                m,
                "backtracking",
                "good",
                &c.rule.id,
                excerpt(s.text, c.span),
                related(&lemmas),
            ));
            break;
        }
    }
    out
}
