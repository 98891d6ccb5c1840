//! Technical terms left unexplained.
//!
//! **What it flags.** An agent sentence using a technical acronym or term (SCIM, DFS,
//! SMTP, IKE, "SSO" …: two or more capital letters; or a katakana technical term of the
//! rubric's list, キャッシュ, ファームウェア …, as a whole word) that the customer has not used
//! themselves and that the sentence does not explain (no parenthesised gloss, no
//! 「〜とは」「〜という」「〜のこと」 next to it). Not flagged: everyday abbreviations and
//! carrier names (TY, FYI, UPS …), and sign-off initials (「^RR」「/AY」, or initials alone).
//!
//! **Why.** [A] 専門用語を避け、分かりやすく説明: どうしても専門用語を使う必要がある場合は、
//! 簡単な補足説明を加える.
//!
//! **Example.** 「SCIMが停止しております」 → flagged; 「ユーザー自動同期(SCIM)が停止」 → not.

use std::collections::BTreeSet;

use regex::Regex;

use super::Found;
use super::prep::Prepared;
use crate::score::rubric::Rubric;

/// Terms as standalone ASCII tokens (Japanese text has no spaces: 「拠点間VPNで」 holds VPN).
fn terms<'t>(term: &'t Regex, text: &'t str) -> impl Iterator<Item = regex::Match<'t>> {
    term.find_iter(text).filter(move |t| {
        let before = text[..t.start()].chars().next_back();
        let after = text[t.end()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_alphanumeric())
            && !after.is_some_and(|c| c.is_ascii_alphanumeric())
    })
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | '\u{30FC}')
}

/// Katakana terms of the rubric's list as whole katakana words (ログ is not in ログイン).
fn katakana_terms<'t>(
    list: Option<&'t Regex>,
    text: &'t str,
) -> impl Iterator<Item = regex::Match<'t>> {
    list.into_iter().flat_map(move |re| {
        re.find_iter(text).filter(move |t| {
            !text[..t.start()]
                .chars()
                .next_back()
                .is_some_and(is_katakana)
                && !text[t.end()..].chars().next().is_some_and(is_katakana)
        })
    })
}

/// An agent's sign-off initials, not a term: 「^RR」「/AY」 (support accounts sign tweets so),
/// or the initials closing a message.
fn is_signoff(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    before.ends_with('^') || before.ends_with('/') || (after.trim().is_empty() && before.is_empty())
}

/// Whether `needle` (ASCII) occurs in `haystack`, ignoring ASCII case.
fn contains_ignore_ascii_case(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

pub fn detect<'r>(msgs: &[Prepared<'_>], rubric: &'r Rubric) -> Vec<Found<'r>> {
    let term = &rubric.lexicon.jargon_term;
    let common = &rubric.lexicon.jargon_common;
    let katakana = rubric.lexicon.jargon_katakana.as_ref();
    let mut out = Vec::new();
    let mut customer_words: BTreeSet<String> = BTreeSet::new();
    let mut flagged: BTreeSet<String> = BTreeSet::new();
    for m in msgs {
        let text = &m.text;
        if m.is_customer() {
            customer_words.extend(
                terms(term, text)
                    .chain(katakana_terms(katakana, text))
                    .map(|t| t.as_str().to_string()),
            );
            continue;
        }
        if !m.is_public_agent() || m.lang != "ja" && m.lang != "en" {
            continue;
        }
        for s in &m.sentences {
            let mut found = terms(term, s.text)
                .chain(katakana_terms(katakana, s.text))
                .peekable();
            if found.peek().is_none() {
                continue;
            }
            // The agent's self-introduction names the company, not jargon. (Rule text
            // is NFKC, so ASCII case folding is all the folding these words need.)
            if s.text.contains("担当")
                || s.text.contains("サポート")
                || contains_ignore_ascii_case(s.text, "support")
                || contains_ignore_ascii_case(s.text, "this is")
            {
                continue;
            }
            let stands_for = contains_ignore_ascii_case(s.text, "stands for");
            for t in found {
                let term = t.as_str();
                let after = &s.text[t.end()..];
                let before = &s.text[..t.start()];
                // Model numbers (WR-6000, MF-C5500) are names, not jargon.
                let model_number = term.is_ascii()
                    && (after.starts_with('-')
                        || before.ends_with('-')
                        || term.chars().any(|c| c.is_ascii_digit()));
                if common.contains(term)
                    || (term.is_ascii() && is_signoff(before, after))
                    || customer_words.contains(term)
                    || flagged.contains(term)
                    || model_number
                {
                    continue;
                }
                let explained = after.starts_with('(')
                    || after.starts_with("とは")
                    || after.starts_with("という")
                    || after.starts_with("のこと")
                    || before.ends_with('(')
                    || after.trim_start().starts_with("(")
                    || stands_for;
                if explained {
                    flagged.insert(term.to_string());
                    continue;
                }
                flagged.insert(term.to_string());
                let ex = format!("{}【{}】{}", before, term, after);
                out.push(Found::new(m, "jargon", "bad", "JG-UNEXPLAINED", ex, None));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::contains_ignore_ascii_case as has;

    #[test]
    fn signoff_initials_are_not_terms() {
        use super::is_signoff;
        assert!(is_signoff("Keep us posted /", ""));
        assert!(is_signoff("^", " https://t.co/x"));
        assert!(is_signoff("2/2 ^", ""));
        assert!(is_signoff("", ""));
        assert!(!is_signoff("SCIMが", "停止しております"));
        assert!(!is_signoff("Please reset your ", " token"));
    }

    #[test]
    fn ascii_case_is_ignored_and_nothing_else() {
        assert!(has("This Is our SUPPORT team", "support"));
        assert!(has("this is", "this is"));
        assert!(has("「SCIM」とは STANDS FOR", "stands for"));
        assert!(!has("サポート", "support"));
        assert!(!has("suppor", "support"));
        assert!(has("", ""));
    }
}
