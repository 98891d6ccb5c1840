//! Backtracking (バックトラッキング).
//!
//! **What it detects.** A public agent sentence that restates the customer's own
//! situation to confirm it. Two signals together: a confirming form from the rubric
//! (「〜のですね」「〜という状況でよろしいでしょうか」「〜と承りました」, "Just to confirm",
//! a tag such as "Have I got that right?" that confirms the sentence before it) and
//! content overlap: the sentence repeats at least `backtracking_min_overlap` content-word
//! lemmas (lindera base forms, not substrings) of the customer's recent messages.
//!
//! **Why.** [A] リモートでの「傾聴」の実践: お客様の発言内容を要約して返す「バックトラッキング」が
//! 有効です… お客様は「自分の話をしっかり聞いてもらえている」と感じることができます.
//!
//! **Example.** Customer: 「パスワードを入れてログインを押すと、またログイン画面が出てきます」.
//! Agent: 「パスワードを入力してログインボタンを押すと…ログイン画面に戻ってしまう状態なのですね」
//! → backtracking (form BT-JA-NODESUNE, shared lemmas パスワード, ログイン, 画面).
//! A bare 「承知しました」 has no overlap; 「つまり、…仕様でございます」 has no confirming form.

use std::collections::BTreeSet;

use super::prep::Prepared;
use super::{Evidence, excerpt};
use crate::score::rubric::Rubric;

/// Customer lemmas an agent message at `i` may echo: customer messages since the
/// previous public agent message, and at least the last three customer messages.
fn recent_customer<'m>(msgs: &'m [Prepared<'_>], i: usize) -> Vec<(usize, BTreeSet<&'m str>)> {
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
            out.push((j, m.lemmas()));
        }
    }
    out
}

pub fn detect(msgs: &[Prepared<'_>], rubric: &Rubric) -> Vec<Evidence> {
    let min = rubric.thresholds.backtracking_min_overlap;
    let mut out = Vec::new();
    for (i, m) in msgs.iter().enumerate() {
        if !m.is_public_agent() {
            continue;
        }
        // Lemmas (and so tokenisation) are only needed where a confirming form is.
        let candidates: Vec<_> = m
            .sentences
            .iter()
            .enumerate()
            .filter_map(|(k, s)| {
                // A form in this sentence, or a tag that confirms the sentence before/after it.
                if let Some((r, span)) = rubric.find("backtracking", "form", m.lang, s) {
                    Some((k, s, r, span, false))
                } else {
                    rubric
                        .find("backtracking", "tag", m.lang, s)
                        .map(|(r, span)| (k, s, r, span, true))
                }
            })
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let customer = recent_customer(msgs, i);
        if customer.is_empty() {
            continue;
        }
        let all_customer: BTreeSet<&str> = customer
            .iter()
            .flat_map(|(_, l)| l.iter().copied())
            .collect();
        for (k, s, rule, span, tag) in candidates {
            let mut lemmas: BTreeSet<&str> =
                m.sentence_lemmas(k).iter().map(String::as_str).collect();
            if tag {
                if let Some(p) = k.checked_sub(1) {
                    lemmas.extend(m.sentence_lemmas(p).iter().map(String::as_str));
                }
                if k + 1 < m.sentences.len() {
                    lemmas.extend(m.sentence_lemmas(k + 1).iter().map(String::as_str));
                }
            }
            let shared = lemmas.iter().filter(|l| all_customer.contains(*l)).count();
            if shared < min {
                continue;
            }
            // The customer message it echoes most.
            let related = customer
                .iter()
                .max_by_key(|(j, l)| (lemmas.iter().filter(|x| l.contains(*x)).count(), *j))
                .map(|(j, _)| msgs[*j].msg.message_id.clone());
            out.push(Evidence::new(
                m,
                "backtracking",
                "good",
                &rule.id,
                excerpt(s.text, span),
                related,
            ));
            break;
        }
    }
    out
}
