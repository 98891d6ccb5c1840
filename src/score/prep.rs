//! Per-message preparation for scoring, done once per message: rule-ready text
//! (NFKC, quoted `>` lines removed), sentences, language, and content-word lemmas per
//! sentence (lindera for Japanese — each message is tokenised exactly once).

use std::collections::BTreeSet;

use super::rubric::{Rubric, RuleHits};
use crate::schema::{Message, Role};
use crate::text::{self, Analyzer};

/// Text as rules see it: NFKC, curly quotes straightened, quoted lines dropped.
pub fn normalize_for_rules(text: &str) -> String {
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            let t = l.trim_start();
            !(t.starts_with('>') || t.starts_with('＞'))
        })
        .collect();
    text::normalize(&kept.join("\n")).replace(['’', '‘'], "'")
}

/// One sentence of a prepared message.
#[derive(Debug, Clone)]
pub struct Sent {
    pub text: String,
    /// Which rubric rules match somewhere in the sentence (see [`Rubric::hits`]).
    pub hits: RuleHits,
    pub lemmas: BTreeSet<String>,
}

/// A message ready for the behaviour detectors.
#[derive(Debug, Clone)]
pub struct Prepared<'a> {
    pub msg: &'a Message,
    pub lang: &'static str,
    /// The message as rules see it ([`normalize_for_rules`]).
    pub text: String,
    pub sentences: Vec<Sent>,
}

impl Prepared<'_> {
    /// Agent message the customer can see.
    pub fn is_public_agent(&self) -> bool {
        self.msg.role == Role::Agent && !self.msg.internal
    }

    pub fn is_customer(&self) -> bool {
        self.msg.role == Role::Customer
    }

    /// All content lemmas of the message.
    pub fn lemmas(&self) -> BTreeSet<String> {
        self.sentences
            .iter()
            .flat_map(|s| s.lemmas.iter().cloned())
            .collect()
    }

    pub fn ts(&self) -> i64 {
        self.msg.timestamp_ms
    }
}

/// Prepares one message (tokenising it once).
pub fn prepare<'a>(msg: &'a Message, analyzer: &Analyzer, rubric: &Rubric) -> Prepared<'a> {
    let text = normalize_for_rules(&msg.text);
    let lang = text::detect_language(&text);
    let lemmas = analyzer.content_lemma_spans(&text, lang);
    // Lemmas are in text order, sentences too: one walk assigns each to its sentence.
    let mut lemmas = lemmas.into_iter().peekable();
    let sentences = text::sentences(&text)
        .into_iter()
        .map(|s| {
            let end = s.start + s.text.len();
            let mut in_sentence = BTreeSet::new();
            while let Some(l) = lemmas.next_if(|l| l.start < end) {
                if l.start >= s.start {
                    in_sentence.insert(l.lemma);
                }
            }
            Sent {
                hits: rubric.hits(lang, s.text),
                text: s.text.to_string(),
                lemmas: in_sentence,
            }
        })
        .collect();
    Prepared {
        msg,
        lang,
        text,
        sentences,
    }
}
