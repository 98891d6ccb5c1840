//! Per-message preparation for scoring, done once per message: rule-ready text
//! (NFKC, quoted `>` lines removed), sentences, language, which rubric rules may match
//! each sentence, and content-word lemmas per sentence.
//!
//! Lemmas (lindera for Japanese) are computed per sentence, on first use and at most
//! once: only backtracking reads them, and only for an agent sentence with a confirming
//! form (and its neighbours) and the customer messages before it, so most of the text
//! is never tokenised. A sentence is analysed on its own; on every corpus we hold this
//! gives the same lemmas as analysing the whole message and assigning them to sentences.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

use super::rubric::Rubric;
pub use super::rubric::Sent;
use crate::schema::{Message, Role};
pub use crate::text::normalize_for_rules;
use crate::text::{self, Analyzer};

/// A content lemma, as a number: each distinct lemma of a conversation is stored once
/// ([`Interner`]), and a sentence keeps only its lemmas' numbers (a long conversation
/// holds millions of sentences' lemmas; as strings in a set each they were most of its
/// memory).
pub type Lemma = u32;

/// The lemmas of one conversation, each stored once.
#[derive(Default)]
pub struct Interner(RefCell<HashMap<Box<str>, Lemma>>);

impl Interner {
    fn id(&self, lemma: &str) -> Lemma {
        let mut map = self.0.borrow_mut();
        if let Some(&id) = map.get(lemma) {
            return id;
        }
        let id = map.len() as Lemma;
        map.insert(lemma.into(), id);
        id
    }
}

/// A message ready for the behaviour detectors.
pub struct Prepared<'a> {
    /// The message's place in its conversation.
    pub index: u32,
    pub msg: &'a Message,
    pub lang: &'static str,
    /// The message as rules see it ([`normalize_for_rules`]).
    pub text: &'a str,
    pub sentences: Box<[Sent<'a>]>,
    analyzer: &'a Analyzer,
    interner: &'a Interner,
    /// Content lemmas per sentence (sorted, distinct), each once asked for.
    lemmas: Box<[OnceCell<Box<[Lemma]>>]>,
}

impl Prepared<'_> {
    /// Agent message the customer can see.
    pub fn is_public_agent(&self) -> bool {
        self.msg.role == Role::Agent && !self.msg.internal
    }

    pub fn is_customer(&self) -> bool {
        self.msg.role == Role::Customer
    }

    /// Whether a sentence of the message matches a rule of `behaviour`/`kind`.
    pub fn says(&self, rubric: &Rubric, behaviour: &str, kind: &str) -> bool {
        self.sentences
            .iter()
            .any(|s| rubric.matches(behaviour, kind, self.lang, s))
    }

    /// Content lemmas of sentence `k` (the sentence is tokenised on first use).
    pub fn sentence_lemmas(&self, k: usize) -> &[Lemma] {
        match (self.sentences.get(k), self.lemmas.get(k)) {
            (Some(s), Some(cell)) => cell.get_or_init(|| {
                sorted_union(
                    self.analyzer
                        .content_lemma_spans(s.text, self.lang)
                        .into_iter()
                        .map(|l| self.interner.id(&l.lemma)),
                )
                .into_boxed_slice()
            }),
            _ => &[],
        }
    }

    /// Frees the lemmas asked for so far (only backtracking reads them; once it is done,
    /// a long conversation's lemmas are tens of MiB nobody will read). Asked for again,
    /// a sentence has none.
    pub fn forget_lemmas(&mut self) {
        self.lemmas = Box::default();
    }

    /// All content lemmas of the message, sorted, each once.
    pub fn lemmas(&self) -> Vec<Lemma> {
        sorted_union(
            (0..self.sentences.len()).flat_map(|k| self.sentence_lemmas(k).iter().copied()),
        )
    }

    pub fn ts(&self) -> i64 {
        self.msg.timestamp_ms
    }
}

/// Lemmas as one sorted list without repeats (the shape every lemma list here has).
pub fn sorted_union(lemmas: impl IntoIterator<Item = Lemma>) -> Vec<Lemma> {
    let mut all: Vec<Lemma> = lemmas.into_iter().collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// Prepares one message (lemmas wait until asked for); `text` is the message as rules
/// see it, [`normalize_for_rules`] of its text.
pub fn prepare<'a>(
    index: u32,
    msg: &'a Message,
    text: &'a str,
    analyzer: &'a Analyzer,
    interner: &'a Interner,
    rubric: &Rubric,
) -> Prepared<'a> {
    let lang = text::detect_language(text);
    let sentences: Vec<Sent<'a>> = text::sentences(text)
        .into_iter()
        .map(|s| Sent {
            hits: rubric.hits(lang, s.text),
            text: s.text,
            start: s.start as u32,
        })
        .collect();
    let sentence_count = sentences.len();
    Prepared {
        index,
        msg,
        lang,
        text,
        sentences: sentences.into_boxed_slice(),
        analyzer,
        interner,
        lemmas: vec![OnceCell::new(); sentence_count].into_boxed_slice(),
    }
}
