//! Per-message preparation for scoring, done once per message: rule-ready text
//! (NFKC, quoted `>` lines removed), sentences, language, which rubric rules may match
//! each sentence, and content-word lemmas per sentence.
//!
//! Lemmas (lindera for Japanese) are computed on first use and at most once per
//! message: only backtracking reads them, and only around an agent sentence with a
//! confirming form, so most messages are never tokenised. Results are the same as
//! tokenising everything up front.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::BTreeSet;

use super::rubric::{Rubric, RuleHits};
use crate::schema::{Message, Role};
use crate::text::{self, Analyzer};

/// Text as rules see it: NFKC, curly quotes straightened, quoted lines dropped.
/// Borrows `text` when that changes nothing.
pub fn normalize_for_rules(text: &str) -> Cow<'_, str> {
    let quoted = |l: &str| {
        let t = l.trim_start();
        t.starts_with('>') || t.starts_with('＞')
    };
    if !text.lines().any(quoted) {
        return straighten(text::normalize(text));
    }
    let kept: Vec<&str> = text.lines().filter(|l| !quoted(l)).collect();
    Cow::Owned(straighten(text::normalize(&kept.join("\n"))).into_owned())
}

/// Curly single quotes → ASCII apostrophes (English rules are written with `'`).
fn straighten(text: Cow<'_, str>) -> Cow<'_, str> {
    if text.contains(['’', '‘']) {
        Cow::Owned(text.replace(['’', '‘'], "'"))
    } else {
        text
    }
}

/// One sentence of a prepared message.
#[derive(Debug, Clone)]
pub struct Sent<'a> {
    pub text: &'a str,
    /// Byte offset of the sentence in [`Prepared::text`].
    pub start: usize,
    /// Which rubric rules may match the sentence (see [`Rubric::hits`]).
    pub hits: RuleHits,
}

/// A message ready for the behaviour detectors.
pub struct Prepared<'a> {
    pub msg: &'a Message,
    pub lang: &'static str,
    /// The message as rules see it ([`normalize_for_rules`]).
    pub text: &'a str,
    pub sentences: Vec<Sent<'a>>,
    analyzer: &'a Analyzer,
    /// Content lemmas per sentence, once asked for.
    lemmas: OnceCell<Vec<BTreeSet<String>>>,
}

impl Prepared<'_> {
    /// Agent message the customer can see.
    pub fn is_public_agent(&self) -> bool {
        self.msg.role == Role::Agent && !self.msg.internal
    }

    pub fn is_customer(&self) -> bool {
        self.msg.role == Role::Customer
    }

    /// Content lemmas of sentence `k` (tokenising the message on first use).
    pub fn sentence_lemmas(&self, k: usize) -> &BTreeSet<String> {
        static EMPTY: BTreeSet<String> = BTreeSet::new();
        self.all_lemmas().get(k).unwrap_or(&EMPTY)
    }

    /// All content lemmas of the message.
    pub fn lemmas(&self) -> BTreeSet<&str> {
        self.all_lemmas()
            .iter()
            .flatten()
            .map(String::as_str)
            .collect()
    }

    fn all_lemmas(&self) -> &[BTreeSet<String>] {
        self.lemmas.get_or_init(|| {
            let spans = self.analyzer.content_lemma_spans(self.text, self.lang);
            // Lemmas and sentences are both in text order: one walk assigns them.
            let mut spans = spans.into_iter().peekable();
            self.sentences
                .iter()
                .map(|s| {
                    let end = s.start + s.text.len();
                    let mut in_sentence = BTreeSet::new();
                    while let Some(l) = spans.next_if(|l| l.start < end) {
                        if l.start >= s.start {
                            in_sentence.insert(l.lemma);
                        }
                    }
                    in_sentence
                })
                .collect()
        })
    }

    pub fn ts(&self) -> i64 {
        self.msg.timestamp_ms
    }
}

/// Prepares one message (lemmas wait until asked for); `text` is the message as rules
/// see it, [`normalize_for_rules`] of its text.
pub fn prepare<'a>(
    msg: &'a Message,
    text: &'a str,
    analyzer: &'a Analyzer,
    rubric: &Rubric,
) -> Prepared<'a> {
    let lang = text::detect_language(text);
    let sentences = text::sentences(text)
        .into_iter()
        .map(|s| Sent {
            hits: rubric.hits(lang, s.text),
            text: s.text,
            start: s.start,
        })
        .collect();
    Prepared {
        msg,
        lang,
        text,
        sentences,
        analyzer,
        lemmas: OnceCell::new(),
    }
}
