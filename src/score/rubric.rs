//! The rubric: phrase patterns (ja and en), weights, thresholds, SLA targets and business
//! hours, from a TOML file. The default is embedded (`rubric.toml` beside this file);
//! `otai rubric` prints it, `--rubric FILE` replaces it.

use std::collections::BTreeMap;

use rayon::prelude::*;
use regex::Regex;
use serde::Deserialize;

use crate::text::analyzer::StopWords;

/// The embedded default rubric, as text.
pub const DEFAULT_RUBRIC: &str = include_str!("rubric.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RubricFile {
    version: u32,
    weights: BTreeMap<String, f64>,
    thresholds: Thresholds,
    #[serde(default)]
    scores: Scores,
    sla: Sla,
    business_hours: BusinessHoursFile,
    /// Absent in older rubric files: the built-in rubric's is used.
    #[serde(default)]
    lexicon: Option<LexiconFile>,
    rules: Vec<RuleFile>,
}

/// `[lexicon]`: the patterns and word lists detectors use beyond the rules.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    promise_time: String,
    jargon_term: String,
    jargon_common: Vec<String>,
    #[serde(default)]
    jargon_katakana: Vec<String>,
    step_line: String,
    /// A numbered line that reports what was done, not a step to take (older rubric files
    /// have none: every line with an action counts).
    #[serde(default)]
    step_done: String,
    guidance: String,
    guidance_not: Vec<String>,
    /// Older rubric files have none: their hedges are not gated.
    #[serde(default)]
    outlook: String,
    /// Older rubric files have none: the built-in lists apply.
    #[serde(default = "builtin_stop_lemmas_ja")]
    stop_lemmas_ja: Vec<String>,
    #[serde(default = "builtin_general_time_nouns_ja")]
    general_time_nouns_ja: Vec<String>,
    #[serde(default = "builtin_stop_words_en")]
    stop_words_en: Vec<String>,
    /// `[lexicon.define]`: named patterns rules use as `{{name}}`. Names an older rubric
    /// file lacks come from the built-in rubric.
    #[serde(default)]
    define: BTreeMap<String, String>,
}

fn builtin_stop_lemmas_ja() -> Vec<String> {
    default_lexicon().stop_lemmas_ja
}

fn builtin_general_time_nouns_ja() -> Vec<String> {
    default_lexicon().general_time_nouns_ja
}

fn builtin_stop_words_en() -> Vec<String> {
    default_lexicon().stop_words_en
}

/// The compiled `[lexicon]`.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// Promise deadline expressions, one named group per kind (see rubric.toml).
    pub promise_time: Regex,
    pub jargon_term: Regex,
    pub jargon_common: std::collections::BTreeSet<String>,
    /// Katakana technical terms, longest first (None: no list).
    pub jargon_katakana: Option<Regex>,
    pub step_line: Regex,
    /// What a numbered step asks the customer to do (`[lexicon.define]` action_ja and
    /// action_en): a numbered list is step guidance when two of its lines hold one.
    pub step_action: Option<Regex>,
    /// A numbered line that reports what was already done (None: no such test).
    pub step_done: Option<Regex>,
    pub guidance: Regex,
    pub guidance_not: Vec<String>,
    /// What an outlook is about (a time, a result): a `hedge_weak` expectation rule
    /// counts only in a sentence this matches (None: no gate).
    pub outlook: Option<Regex>,
    /// Words without content of their own (backtracking's overlap).
    pub stop_words: StopWords,
}

impl LexiconFile {
    fn compile(self, origin: &str) -> Result<Lexicon, RubricError> {
        let re = |name: &str, p: &str| {
            Regex::new(&ascii_word_boundaries(p)).map_err(|e| RubricError::Parse {
                origin: origin.to_string(),
                reason: format!("[lexicon] {name}: invalid pattern: {e}"),
            })
        };
        Ok(Lexicon {
            promise_time: re("promise_time", &self.promise_time)?,
            jargon_term: re("jargon_term", &self.jargon_term)?,
            jargon_common: self.jargon_common.into_iter().collect(),
            jargon_katakana: {
                let mut words: Vec<&String> = self
                    .jargon_katakana
                    .iter()
                    .filter(|w| !w.is_empty())
                    .collect();
                // Longest first, so キャッシュクリア wins over キャッシュ.
                words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
                (!words.is_empty())
                    .then(|| {
                        let alt: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
                        re("jargon_katakana", &alt.join("|"))
                    })
                    .transpose()?
            },
            step_line: re("step_line", &self.step_line)?,
            step_action: None,
            step_done: (!self.step_done.is_empty())
                .then(|| re("step_done", &self.step_done))
                .transpose()?,
            guidance: re("guidance", &self.guidance)?,
            guidance_not: self.guidance_not,
            outlook: (!self.outlook.is_empty())
                .then(|| re("outlook", &self.outlook))
                .transpose()?,
            stop_words: StopWords {
                ja_lemmas: self.stop_lemmas_ja.into_iter().collect(),
                ja_time_nouns: self.general_time_nouns_ja.into_iter().collect(),
                en: self
                    .stop_words_en
                    .into_iter()
                    .map(|w| w.to_lowercase())
                    .collect(),
            },
        })
    }
}

/// The built-in rubric's `[lexicon]` (for rubric files written before it existed).
fn default_lexicon() -> LexiconFile {
    let file: RubricFile = toml::from_str(DEFAULT_RUBRIC).expect("the embedded rubric parses");
    file.lexicon.expect("the embedded rubric has a [lexicon]")
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub backtracking_min_overlap: usize,
    /// Bulleted lines that make a message a summary list of the customer's conditions.
    #[serde(default = "default_summary_items")]
    pub backtracking_summary_min_items: usize,
    /// Of those, how many must repeat something the customer said.
    #[serde(default = "default_summary_matching")]
    pub backtracking_summary_min_matching: usize,
    /// A word the agent used in this many earlier messages of the conversation is the
    /// agent's own vocabulary (宿, お部屋 on an accommodation desk), not the customer's
    /// specific content: it does not count as overlap.
    #[serde(default = "default_agent_vocabulary")]
    pub backtracking_agent_vocabulary_messages: usize,
    /// Progress: an agent message with findings is an interim update only once the
    /// customer has waited (work announced earlier, a chase, an explicit "update" header,
    /// or this long since the customer last wrote); details given within the normal
    /// back-and-forth of a consultation are not.
    #[serde(default = "default_progress_wait")]
    pub progress_wait_s: i64,
    /// Promises: agent messages this soon after the promise, with no customer message
    /// between, are the rest of the same turn (split chat bubbles) and never keep it.
    #[serde(default = "default_promise_same_turn")]
    pub promise_same_turn_s: i64,
    pub closing_turn_gap_s: i64,
    pub latency_zero_at_sla_multiple: f64,
}

/// The score each behaviour's result maps to (0–100 per behaviour, before the weighted
/// mean): the user's, like every rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scores {
    pub transparency_concrete: f64,
    pub transparency_mixed: f64,
    pub transparency_vague: f64,
    pub transparency_none: f64,
    pub expectation_set: f64,
    pub expectation_not_set: f64,
    /// Taken off the expectation score for an over-promise (floor 0).
    pub overpromise_penalty: f64,
    /// Taken off the expectation score when a promise was broken (floor 0).
    pub broken_promise_penalty: f64,
    /// Self-efficacy, the steps part: guidance with encouragement or a vicarious example,
    /// guidance alone, the agent doing a step the customer could have done.
    pub self_efficacy_guided_encouraged: f64,
    pub self_efficacy_guided: f64,
    pub self_efficacy_agent_did: f64,
    /// Self-efficacy, the care part (a customer in a difficult state): cared for or not.
    pub self_efficacy_care_given: f64,
    pub self_efficacy_care_missing: f64,
    /// The parts' weights in the self-efficacy score.
    pub self_efficacy_steps_weight: f64,
    pub self_efficacy_care_weight: f64,
}

impl Default for Scores {
    fn default() -> Self {
        Scores {
            transparency_concrete: 100.0,
            transparency_mixed: 60.0,
            transparency_vague: 30.0,
            transparency_none: 0.0,
            expectation_set: 100.0,
            expectation_not_set: 40.0,
            overpromise_penalty: 60.0,
            broken_promise_penalty: 30.0,
            self_efficacy_guided_encouraged: 100.0,
            self_efficacy_guided: 80.0,
            self_efficacy_agent_did: 30.0,
            self_efficacy_care_given: 100.0,
            self_efficacy_care_missing: 0.0,
            self_efficacy_steps_weight: 2.0,
            self_efficacy_care_weight: 1.0,
        }
    }
}

fn default_summary_items() -> usize {
    3
}
fn default_summary_matching() -> usize {
    2
}
fn default_agent_vocabulary() -> usize {
    2
}
fn default_progress_wait() -> i64 {
    180
}
fn default_promise_same_turn() -> i64 {
    30
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sla {
    pub chat_first_response_s: i64,
    pub email_first_response_s: i64,
    pub other_first_response_s: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusinessHoursFile {
    pub tz: String,
    pub mon: Vec<String>,
    pub tue: Vec<String>,
    pub wed: Vec<String>,
    pub thu: Vec<String>,
    pub fri: Vec<String>,
    pub sat: Vec<String>,
    pub sun: Vec<String>,
    pub japanese_holidays: bool,
    #[serde(default)]
    pub closed: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    id: String,
    behaviour: String,
    kind: String,
    lang: String,
    pattern: String,
    /// Backtracking forms: content words the sentence must share with the customer
    /// (default: thresholds.backtracking_min_overlap).
    #[serde(default)]
    min_overlap: Option<usize>,
    /// Backtracking forms: whose words count, `recent` (the customer's messages since the
    /// agent last wrote, at least the last three; the default) or `conversation` (every
    /// earlier customer message: 「〜とのことですが」 may restate something said long ago).
    #[serde(default)]
    scope: Option<String>,
    /// Backtracking forms: the agent's own vocabulary counts as overlap (for forms that
    /// say by themselves that they restate: "If I understand, you registered the credit
    /// card data …" after the agent itself spoke of the card data).
    #[serde(default)]
    own_words: bool,
    /// Backtracking forms: the form says in so many words that it confirms ("Just to
    /// confirm, …", "If I understand correctly …"): the exclusion rules (kind `not`),
    /// written for bare questions, do not apply to it.
    #[serde(default)]
    explicit: bool,
    source: String,
    explanation: String,
    examples: Vec<String>,
}

/// One compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub behaviour: String,
    pub kind: String,
    /// `ja`, `en` or `any`.
    pub lang: String,
    pub regex: Regex,
    /// Backtracking forms: the overlap this form needs (None: the rubric's threshold).
    pub min_overlap: Option<usize>,
    /// Backtracking forms: overlap with every earlier customer message, not only recent ones.
    pub whole_conversation: bool,
    /// Backtracking forms: words the agent has used itself count too.
    pub own_words: bool,
    /// Backtracking forms: an explicit confirmation, which exclusion rules do not undo.
    pub explicit: bool,
    /// The pattern has no word-boundary assertion, so its member of the rule sets is the
    /// pattern itself: a set hit already proves a match.
    exact_in_set: bool,
    pub source: String,
    pub explanation: String,
    pub examples: Vec<String>,
}

impl Rule {
    /// The rule applies to text in `lang` (written for it, or for any language).
    fn is_for(&self, lang: &str) -> bool {
        self.lang == "any" || self.lang == lang
    }

    /// The rule is one of `behaviour`/`kind` and applies to `lang`.
    fn is(&self, behaviour: &str, kind: &str, lang: &str) -> bool {
        self.behaviour == behaviour && self.kind == kind && self.is_for(lang)
    }
}

/// A parsed, compiled rubric.
#[derive(Debug, Clone)]
pub struct Rubric {
    pub weights: BTreeMap<String, f64>,
    pub thresholds: Thresholds,
    pub scores: Scores,
    pub sla: Sla,
    pub business_hours: BusinessHoursFile,
    pub lexicon: Lexicon,
    pub rules: Vec<Rule>,
    /// SHA-256 of the rubric text (goes into run.json).
    pub hash: String,
    /// Per language ("ja", "en"): every rule that applies to it in one set, and each
    /// set member's index in `rules`. Lets a sentence be matched against all rules in
    /// one pass ([`Rubric::hits`]); detectors then run only the rules that hit. Built
    /// on first use or by [`Rubric::compile_sets`] (analyze does it while files are read:
    /// unlike each rule's own pattern, a set cannot be wrong, only too large or, with a
    /// Unicode word boundary left in a pattern, unfit for the lazy DFA; a language without
    /// its set is matched rule by rule, the same hits, only slower).
    sets: std::sync::OnceLock<Vec<LangSet>>,
}

/// Every rule of a language in one set, and each member's index in `rules`.
///
/// The set is searched with regex-automata's lazy DFA directly, each thread with its own
/// cache ([`SET_CACHES`]): through `RegexSet` every search also took a cache from a
/// shared pool and allocated its answer, a fifth of the set's time. Built as it is (no
/// quit bytes, a cache that never gives up) the DFA always answers; if it ever did not,
/// [`Rubric::hits`] tries each rule, as for a language without a set. A clone shares
/// its original's key: the automaton is the same, so are the caches.
#[derive(Debug, Clone)]
pub struct LangSet {
    lang: &'static str,
    dfa: regex_automata::hybrid::dfa::DFA,
    members: Vec<usize>,
    /// Which thread-local cache belongs to this set (unique per set built).
    key: u64,
}

/// The lazy DFA's states of a set, kept by each thread that searched it: a few sets
/// at most (a rubric has two; tests build many, so the oldest is let go).
type SetCache = (
    u64,
    regex_automata::hybrid::dfa::Cache,
    regex_automata::PatternSet,
);

thread_local! {
    static SET_CACHES: std::cell::RefCell<Vec<SetCache>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// How many sets' caches a thread keeps.
const SET_CACHES_KEPT: usize = 4;

impl LangSet {
    /// Inserts into `hits` every member that matches somewhere in `sentence`; false if
    /// the DFA could not answer (the caller tries each rule).
    fn hits(&self, sentence: &str, hits: &mut RuleHits) -> bool {
        use regex_automata::Input;
        SET_CACHES.with(|caches| {
            let mut caches = caches.borrow_mut();
            let at = match caches.iter().position(|c| c.0 == self.key) {
                Some(at) => at,
                None => {
                    if caches.len() >= SET_CACHES_KEPT {
                        caches.remove(0);
                    }
                    caches.push((
                        self.key,
                        self.dfa.create_cache(),
                        regex_automata::PatternSet::new(self.dfa.pattern_len()),
                    ));
                    caches.len() - 1
                }
            };
            let (_, cache, found) = &mut caches[at];
            found.clear();
            let answered = self
                .dfa
                .try_which_overlapping_matches(cache, &Input::new(sentence), found)
                .is_ok();
            if answered {
                for p in found.iter() {
                    hits.insert(self.members[p.as_usize()]);
                }
            }
            answered
        })
    }
}

/// The per-language sets of `rules` (a set too large to compile is left out: `hits`
/// then tries each rule).
fn build_sets(rules: &[Rule]) -> Vec<LangSet> {
    use regex_automata::{MatchKind, hybrid::dfa::DFA, nfa::thompson};
    static KEYS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    ["ja", "en"]
        .into_iter()
        .filter_map(|lang| {
            let members: Vec<usize> = (0..rules.len())
                .filter(|&i| rules[i].is_for(lang))
                .collect();
            let patterns: Vec<String> = members
                .iter()
                .map(|&i| without_word_boundaries(rules[i].regex.as_str()))
                .collect();
            // As a `RegexSet` is built (Unicode, UTF-8, every pattern's every match),
            // without the capture groups only a span search needs.
            let dfa = DFA::builder()
                .configure(
                    DFA::config()
                        .match_kind(MatchKind::All)
                        .cache_capacity(64 << 20),
                )
                .thompson(
                    thompson::Config::new()
                        .nfa_size_limit(Some(64 << 20))
                        .which_captures(thompson::WhichCaptures::None),
                )
                .build_many(&patterns)
                .ok()?;
            Some(LangSet {
                lang,
                dfa,
                members,
                key: KEYS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            })
        })
        .collect()
}

/// `pattern` without word-boundary assertions (`\b`, `\B`, `\b{…}`, `\<`, `\>`): it
/// matches wherever `pattern` does, and lets a set of Japanese and English rules run
/// on the fast lazy DFA (Unicode word boundaries force a slow engine on non-ASCII text).
fn without_word_boundaries(pattern: &str) -> String {
    rewrite_word_boundaries(pattern, |_| "")
}

/// `pattern` with every `\b` as an ASCII word boundary (`(?-u:\b)`). In Japanese text a
/// Latin word sits between kana and kanji: with Unicode boundaries `\bVPN\b` would not
/// match in 「VPNの設定」 (の is a word character), with ASCII ones it does. It also keeps
/// every rule on the fast lazy DFA on non-ASCII text (a Unicode word boundary forces a
/// backtracking engine there, a quarter of all scoring time before this).
fn ascii_word_boundaries(pattern: &str) -> String {
    rewrite_word_boundaries(pattern, |assertion| match assertion {
        r"\b" => r"(?-u:\b)",
        other => other,
    })
}

/// `pattern` with each word-boundary assertion outside a character class (`\b`, `\B`,
/// `\b{…}`, `\B{…}`, `\<`, `\>`) replaced by what `replace` returns for its text; every
/// other escape and every class is copied as written.
fn rewrite_word_boundaries<'a>(pattern: &'a str, replace: impl Fn(&'a str) -> &'a str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut in_class = 0usize;
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        let mut len = c.len_utf8();
        match c {
            '\\' => {
                let next = rest[1..].chars().next();
                len += next.map_or(0, char::len_utf8);
                let assertion = in_class == 0 && matches!(next, Some('b' | 'B' | '<' | '>'));
                if assertion && matches!(next, Some('b' | 'B')) && rest[2..].starts_with('{') {
                    // `\b{start}` and friends: up to the closing brace (or the end).
                    len = rest[2..].find('}').map_or(rest.len(), |k| k + 3);
                }
                if assertion {
                    out.push_str(replace(&rest[..len]));
                } else {
                    out.push_str(&rest[..len]);
                }
            }
            '[' => {
                in_class += 1;
                out.push(c);
            }
            ']' if in_class > 0 => {
                in_class -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
        rest = &rest[len..];
    }
    out
}

/// One sentence of a prepared message.
#[derive(Debug, Clone)]
pub struct Sent<'a> {
    pub text: &'a str,
    /// Byte offset of the sentence in the text it was cut from (the message as rules see
    /// it). A long conversation holds millions of sentences: 4 bytes, not 8.
    pub start: u32,
    /// Which rubric rules may match the sentence (see [`Rubric::hits`]).
    pub hits: RuleHits,
}

/// Rules that may match somewhere in one sentence (a bit per rule index): every rule
/// that matches is in it; [`Rubric::find`] confirms with the rule's own regex.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleHits {
    /// Rules 0–127 (no allocation for the usual rubric); `more` holds the rest. Two
    /// words, not a `u128`, and `more` one pointer: 24 bytes, where a 16-aligned `u128`
    /// beside a `Vec` made every sentence 80 bytes.
    low: [u64; 2],
    // A thin pointer (8 bytes) on purpose: `Option<Vec>` or a boxed slice is 16–24.
    #[allow(clippy::box_collection)]
    more: Option<Box<Vec<u64>>>,
}

impl RuleHits {
    fn insert(&mut self, i: usize) {
        if i < 128 {
            self.low[i / 64] |= 1 << (i % 64);
            return;
        }
        let j = i - 128;
        let more = self.more.get_or_insert_with(Default::default);
        if more.len() <= j / 64 {
            more.resize(j / 64 + 1, 0);
        }
        more[j / 64] |= 1 << (j % 64);
    }

    /// Rule indexes, ascending (= rubric order).
    fn iter(&self) -> HitIndexes<'_> {
        HitIndexes {
            bits: self.low[0],
            base: 0,
            high: Some(self.low[1]),
            more: self.more.as_deref().map_or(&[][..], Vec::as_slice).iter(),
        }
    }
}

/// The set bits of a [`RuleHits`], ascending: a plain loop over words (this runs for
/// every detector on every sentence with a hit).
struct HitIndexes<'a> {
    bits: u64,
    /// Rule index of bit 0 of `bits`.
    base: usize,
    /// Rules 64–127, until taken.
    high: Option<u64>,
    more: std::slice::Iter<'a, u64>,
}

impl Iterator for HitIndexes<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        loop {
            if self.bits != 0 {
                let b = self.bits.trailing_zeros() as usize;
                self.bits &= self.bits - 1;
                return Some(self.base + b);
            }
            if let Some(high) = self.high.take() {
                (self.bits, self.base) = (high, 64);
                continue;
            }
            self.bits = *self.more.next()?;
            self.base = if self.base < 128 { 128 } else { self.base + 64 };
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RubricError {
    #[error("{origin}: {reason}")]
    Parse { origin: String, reason: String },
    #[error("{origin}: rule {id}: {reason}")]
    Rule {
        origin: String,
        id: String,
        reason: String,
    },
}

const BEHAVIOURS: &[&str] = &[
    "backtracking",
    "progress",
    "expectation",
    "overpromise",
    "gratitude",
    "promise",
    "step_guidance",
    "vicarious",
    "encouragement",
    "emotional_care",
    "customer_state",
    // Rubric files from before the four sources: their rules load and are not used.
    "empathy",
    "self_efficacy",
];

/// The behaviours of the four sources of self-efficacy, in the article's order (the
/// detector's and the reports' order too): a rubric file written before they existed that
/// has no rule of one of them takes the built-in rubric's rules for it.
pub const SOURCES: [&str; 4] = [
    "step_guidance",
    "vicarious",
    "encouragement",
    "emotional_care",
];

/// The actions of `[lexicon.define]` (action_ja, action_en) as one pattern (None when
/// neither is defined).
fn step_action(
    define: &BTreeMap<String, String>,
    origin: &str,
) -> Result<Option<Regex>, RubricError> {
    let mut alts = Vec::new();
    if let Some(ja) = define.get("action_ja") {
        alts.push(format!("(?:{ja})"));
    }
    if let Some(en) = define.get("action_en") {
        alts.push(format!(r"\b(?:{en})\b"));
    }
    if alts.is_empty() {
        return Ok(None);
    }
    Regex::new(&ascii_word_boundaries(&format!("(?i){}", alts.join("|"))))
        .map(Some)
        .map_err(|e| RubricError::Parse {
            origin: origin.to_string(),
            reason: format!("[lexicon.define] action_ja / action_en: invalid pattern: {e}"),
        })
}

/// `pattern` with every `{{name}}` replaced by `(?:definition)`; an unknown name is an
/// error that names it.
fn expand_defines(pattern: &str, define: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(i) = rest.find("{{") {
        // Only `{{name}}` with a name of letters, digits and `_` is a reference; any other
        // `{{` (a repetition such as `\{{2}`) is copied as written.
        let name_len = rest[i + 2..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len() - i - 2);
        let name = &rest[i + 2..i + 2 + name_len];
        let closed = rest[i + 2 + name_len..].starts_with("}}");
        if name.is_empty() || !closed || name.starts_with(|c: char| c.is_ascii_digit()) {
            out.push_str(&rest[..i + 2]);
            rest = &rest[i + 2..];
            continue;
        }
        let body = define.get(name).ok_or_else(|| {
            format!("{{{{{name}}}}} is not defined: add {name} = '…' under [lexicon.define]")
        })?;
        out.push_str(&rest[..i]);
        out.push_str("(?:");
        out.push_str(body);
        out.push(')');
        rest = &rest[i + 2 + name_len + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

impl Rubric {
    /// The embedded default.
    pub fn default_rubric() -> Rubric {
        Rubric::parse(DEFAULT_RUBRIC, "built-in rubric")
            .expect("the embedded rubric is valid (tested)")
    }

    /// Parses and compiles a rubric; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Rubric, RubricError> {
        let file: RubricFile = toml::from_str(text).map_err(|e| RubricError::Parse {
            origin: origin.to_string(),
            reason: e.to_string(),
        })?;
        if file.version != 1 {
            return Err(RubricError::Parse {
                origin: origin.to_string(),
                reason: format!(
                    "version {} is not supported; this otai reads version 1",
                    file.version
                ),
            });
        }
        let mut file = file;
        // A file written before the four sources has no `[lexicon.define]` (or no
        // `[lexicon]` at all): it takes the built-in rules of each source it has no rule
        // for (and the built-in defines). A newer file is taken as written: deleting a
        // source's rules turns it off.
        let older = file.lexicon.as_ref().is_none_or(|l| l.define.is_empty());
        let lexicon_file = file.lexicon.clone().unwrap_or_else(default_lexicon);
        let mut define = lexicon_file.define.clone();
        let missing: Vec<&str> = SOURCES
            .into_iter()
            .filter(|b| older && !file.rules.iter().any(|r| r.behaviour == *b))
            .collect();
        if older {
            let builtin: RubricFile =
                toml::from_str(DEFAULT_RUBRIC).expect("the embedded rubric parses");
            let builtin_lexicon = builtin
                .lexicon
                .expect("the embedded rubric has a [lexicon]");
            for (k, v) in builtin_lexicon.define {
                define.entry(k).or_insert(v);
            }
            file.rules.extend(
                builtin
                    .rules
                    .into_iter()
                    .filter(|r| missing.contains(&r.behaviour.as_str())),
            );
        }
        let mut lexicon = lexicon_file.compile(origin)?;
        lexicon.step_action = step_action(&define, origin)?;
        // Patterns compile on every core (they are most of a small run's start-up); the
        // first bad rule in file order is the one reported.
        let compiled: Vec<Result<Rule, RubricError>> = file
            .rules
            .into_par_iter()
            .map(|r| {
                let err = |reason: String| RubricError::Rule {
                    origin: origin.to_string(),
                    id: r.id.clone(),
                    reason,
                };
                if !BEHAVIOURS.contains(&r.behaviour.as_str()) {
                    return Err(err(format!(
                        "unknown behaviour \"{}\"; use one of {}",
                        r.behaviour,
                        BEHAVIOURS.join(", ")
                    )));
                }
                if !matches!(r.lang.as_str(), "ja" | "en" | "any") {
                    return Err(err(format!("lang \"{}\" must be ja, en or any", r.lang)));
                }
                if r.examples.is_empty() {
                    return Err(err("every rule needs at least one example".into()));
                }
                let whole_conversation = match r.scope.as_deref() {
                    None | Some("recent") => false,
                    Some("conversation") => true,
                    Some(other) => {
                        return Err(err(format!(
                            "scope \"{other}\" must be recent or conversation"
                        )));
                    }
                };
                let pattern = expand_defines(&r.pattern, &define).map_err(err)?;
                let regex = Regex::new(&ascii_word_boundaries(&pattern))
                    .map_err(|e| err(format!("invalid pattern: {e}")))?;
                let exact_in_set = without_word_boundaries(&pattern) == pattern;
                Ok(Rule {
                    id: r.id,
                    behaviour: r.behaviour,
                    kind: r.kind,
                    lang: r.lang,
                    regex,
                    min_overlap: r.min_overlap,
                    whole_conversation,
                    own_words: r.own_words,
                    explicit: r.explicit,
                    exact_in_set,
                    source: r.source,
                    explanation: r.explanation,
                    examples: r.examples,
                })
            })
            .collect();
        let rules = compiled
            .into_iter()
            .collect::<Result<Vec<Rule>, RubricError>>()?;
        Ok(Rubric {
            sets: std::sync::OnceLock::new(),
            weights: file.weights,
            thresholds: file.thresholds,
            scores: file.scores,
            sla: file.sla,
            business_hours: file.business_hours,
            lexicon,
            rules,
            hash: crate::hash::sha256_hex(text.as_bytes()),
        })
    }

    /// Rules of behaviours no detector reads any more (`empathy`, `self_efficacy`, from
    /// rubric files written before the four sources): analyze warns about each.
    pub fn unused_rules(&self) -> Vec<&str> {
        self.rules
            .iter()
            .filter(|r| matches!(r.behaviour.as_str(), "empathy" | "self_efficacy"))
            .map(|r| r.id.as_str())
            .collect()
    }

    /// Each rule's examples that its own pattern does not match (rule id, example), as
    /// the test suite checks for the built-in rubric. A user's rubric loads anyway: an
    /// example may be stale while the pattern is what they meant; analyze warns.
    pub fn example_misses(&self) -> Vec<(String, String)> {
        self.rules
            .iter()
            .flat_map(|r| {
                r.examples
                    .iter()
                    .filter(|ex| !r.regex.is_match(&crate::text::normalize_for_rules(ex)))
                    .map(|ex| (r.id.clone(), ex.clone()))
            })
            .collect()
    }

    /// Rules of a behaviour and kind that apply to a language.
    pub fn rules<'a>(
        &'a self,
        behaviour: &'a str,
        kind: &'a str,
        lang: &'a str,
    ) -> impl Iterator<Item = &'a Rule> + 'a {
        self.rules
            .iter()
            .filter(move |r| r.is(behaviour, kind, lang))
    }

    /// Builds the per-language rule sets now (once; later calls return them).
    pub fn compile_sets(&self) -> &[LangSet] {
        self.sets.get_or_init(|| build_sets(&self.rules))
    }

    /// Every rule that matches somewhere in `sentence` (text in language `lang`).
    pub fn hits(&self, lang: &str, sentence: &str) -> RuleHits {
        let mut hits = RuleHits::default();
        let answered = self
            .compile_sets()
            .iter()
            .find(|set| set.lang == lang)
            .is_some_and(|set| set.hits(sentence, &mut hits));
        if !answered {
            for (i, r) in self.rules.iter().enumerate() {
                if r.is_for(lang) && r.regex.is_match(sentence) {
                    hits.insert(i);
                }
            }
        }
        hits
    }

    /// The first rule (in rubric order) of `behaviour`/`kind` for `lang` that matches
    /// the sentence, and the matched span.
    pub fn find<'a>(
        &'a self,
        behaviour: &str,
        kind: &str,
        lang: &str,
        sentence: &Sent,
    ) -> Option<(&'a Rule, std::ops::Range<usize>)> {
        self.hit_rules(behaviour, kind, lang, sentence)
            .find_map(|r| r.regex.find(sentence.text).map(|m| (r, m.range())))
    }

    /// Every rule of `behaviour`/`kind` for `lang` that matches the sentence, in rubric
    /// order, with the span it matched.
    pub fn find_all<'r: 'a, 'a>(
        &'r self,
        behaviour: &'a str,
        kind: &'a str,
        lang: &'a str,
        sentence: &'a Sent,
    ) -> impl Iterator<Item = (&'r Rule, std::ops::Range<usize>)> + 'a {
        self.hit_rules(behaviour, kind, lang, sentence)
            .filter_map(|r| r.regex.find(sentence.text).map(|m| (r, m.range())))
    }

    /// Whether some rule of `behaviour`/`kind` for `lang` matches the sentence: what
    /// `find(..).is_some()` says, without the span (a rule whose set member is its own
    /// pattern needs no second search).
    pub fn matches(&self, behaviour: &str, kind: &str, lang: &str, sentence: &Sent) -> bool {
        self.hit_rules(behaviour, kind, lang, sentence)
            .any(|r| r.exact_in_set || r.regex.is_match(sentence.text))
    }

    /// The rules of `behaviour`/`kind` for `lang` that may match the sentence (its set
    /// hits), in rubric order.
    fn hit_rules<'r>(
        &'r self,
        behaviour: &str,
        kind: &str,
        lang: &str,
        sentence: &Sent,
    ) -> impl Iterator<Item = &'r Rule> {
        sentence
            .hits
            .iter()
            .map(|i| &self.rules[i])
            .filter(move |r| r.is(behaviour, kind, lang))
    }

    pub fn weight(&self, behaviour: &str) -> f64 {
        self.weights.get(behaviour).copied().unwrap_or(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_matches_its_examples() {
        let rubric = Rubric::default_rubric();
        assert!(rubric.rules.len() >= 20);
        assert_eq!(rubric.example_misses(), Vec::<(String, String)>::new());
    }

    #[test]
    fn rule_hits_hold_any_rule_index_in_order() {
        let mut h = RuleHits::default();
        assert_eq!(h.iter().next(), None);
        for i in [0, 5, 127, 128, 200, 64, 191, 400, 63] {
            h.insert(i);
        }
        // 400 lies past an all-zero word (256–319).
        assert_eq!(
            h.iter().collect::<Vec<_>>(),
            vec![0, 5, 63, 64, 127, 128, 191, 200, 400]
        );
        let mut only_more = RuleHits::default();
        only_more.insert(333);
        assert_eq!(only_more.iter().collect::<Vec<_>>(), vec![333]);
    }

    #[test]
    fn word_boundaries_are_ascii() {
        assert_eq!(
            ascii_word_boundaries(r"\bvpn\b{start}[\b]\\b"),
            r"(?-u:\b)vpn\b{start}[\b]\\b"
        );
        let r = Regex::new(&ascii_word_boundaries(r"(?i)\bvpn\b")).unwrap();
        assert!(r.is_match("VPNの設定を確認してください"));
        assert!(!r.is_match("openvpnを使う"));
    }

    #[test]
    fn word_boundaries_are_dropped_only_where_they_are_assertions() {
        assert_eq!(without_word_boundaries(r"\bthanks\b"), "thanks");
        assert_eq!(without_word_boundaries(r"\b{start}a\B\<b\>"), "ab");
        assert_eq!(without_word_boundaries(r"\\b[\]\b]\d"), r"\\b[\]\b]\d");
    }

    /// Every rule's examples as rules see text (normalised).
    fn example_texts(rubric: &Rubric) -> Vec<String> {
        rubric
            .rules
            .iter()
            .flat_map(|r| r.examples.iter())
            .map(|e| crate::text::normalize_for_rules(e).into_owned())
            .collect()
    }

    #[test]
    fn hits_agree_with_each_rule_on_its_examples_and_on_other_rules_examples() {
        let rubric = Rubric::default_rubric();
        let texts = example_texts(&rubric);
        for lang in ["ja", "en"] {
            for t in &texts {
                let hits: Vec<usize> = rubric.hits(lang, t).iter().collect();
                for (i, r) in rubric.rules.iter().enumerate() {
                    if r.is_for(lang) && r.regex.is_match(t) {
                        assert!(hits.contains(&i), "{} matches {t:?} but is not a hit", r.id);
                    }
                }
            }
        }
    }

    /// `matches` says what `find(..).is_some()` says, for every behaviour and kind, on
    /// every example of every rule (so on sentences near misses of each other).
    #[test]
    fn matches_agrees_with_find() {
        let rubric = Rubric::default_rubric();
        let texts = example_texts(&rubric);
        let kinds: std::collections::BTreeSet<(&str, &str)> = rubric
            .rules
            .iter()
            .map(|r| (r.behaviour.as_str(), r.kind.as_str()))
            .collect();
        assert!(rubric.rules.iter().any(|r| r.exact_in_set));
        assert!(rubric.rules.iter().any(|r| !r.exact_in_set));
        let mut found = 0;
        for lang in ["ja", "en"] {
            for t in &texts {
                let sent = Sent {
                    text: t,
                    start: 0,
                    hits: rubric.hits(lang, t),
                };
                for &(behaviour, kind) in &kinds {
                    let find = rubric.find(behaviour, kind, lang, &sent).is_some();
                    found += usize::from(find);
                    assert_eq!(
                        rubric.matches(behaviour, kind, lang, &sent),
                        find,
                        "{behaviour}/{kind} ({lang}) on {t:?}"
                    );
                }
            }
        }
        assert!(found > 0);
    }

    #[test]
    fn rule_ids_are_unique() {
        let rubric = Rubric::default_rubric();
        let mut ids: Vec<&str> = rubric.rules.iter().map(|r| r.id.as_str()).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn defines_expand_and_an_unknown_one_names_the_fix() {
        let mut define = BTreeMap::new();
        define.insert("verb".to_string(), "tap|click".to_string());
        assert_eq!(
            expand_defines(r"(?i)\b{{verb}}\b", &define).unwrap(),
            r"(?i)\b(?:tap|click)\b"
        );
        assert_eq!(expand_defines("a{1,2}", &define).unwrap(), "a{1,2}");
        // Not a reference: a repetition after an escaped brace, an unclosed name.
        assert_eq!(
            expand_defines(r"\{{2}\w+}}", &define).unwrap(),
            r"\{{2}\w+}}"
        );
        assert_eq!(expand_defines("a{{verb", &define).unwrap(), "a{{verb");
        assert_eq!(
            expand_defines("{{verb}}{{verb}}", &define).unwrap(),
            "(?:tap|click)(?:tap|click)"
        );
        let e = expand_defines("{{nope}}x", &define).unwrap_err();
        assert!(e.contains("nope = '…' under [lexicon.define]"), "{e}");
        let bad = DEFAULT_RUBRIC.replacen("{{action_en}}", "{{action_eng}}", 1);
        let e = Rubric::parse(&bad, "x.toml").unwrap_err().to_string();
        assert!(
            e.contains("rule SG-EN-IMPERATIVE") && e.contains("action_eng"),
            "{e}"
        );
    }

    /// A rubric written before the four sources (rules of `empathy`/`self_efficacy`, no
    /// `[lexicon.define]`) still loads, and takes the built-in rules of the four sources.
    #[test]
    fn older_rubrics_take_the_built_in_sources() {
        let mut old = String::new();
        let mut skip = false;
        for line in DEFAULT_RUBRIC.lines() {
            if line.starts_with("[lexicon.define]") {
                skip = true;
                continue;
            }
            if skip && line.starts_with('[') {
                skip = false;
            }
            if !skip {
                old.push_str(line);
                old.push('\n');
            }
        }
        let sources = SOURCES;
        let mut kept = String::new();
        for block in old.split("\n[[rules]]\n") {
            if sources
                .iter()
                .any(|b| block.contains(&format!("behaviour = \"{b}\"")))
            {
                continue;
            }
            if !kept.is_empty() {
                kept.push_str("\n[[rules]]\n");
            }
            kept.push_str(block);
        }
        kept.push_str(
            "\n[[rules]]\nid = \"EM-OLD\"\nbehaviour = \"empathy\"\nkind = \"empathy\"\nlang = \"ja\"\npattern = 'ご不便'\nsource = \"x\"\nexplanation = \"x\"\nexamples = [\"ご不便\"]\n",
        );
        assert!(!kept.lines().any(|l| l.starts_with("[lexicon.define]")));
        assert!(!kept.contains("SG-JA-REQUEST"));
        let r = Rubric::parse(&kept, "old.toml").unwrap();
        for b in sources {
            assert!(r.rules.iter().any(|x| x.behaviour == b), "{b}");
        }
        assert!(r.lexicon.step_action.is_some());
        assert!(r.rules.iter().any(|x| x.id == "EM-OLD"));
        // The oldest files have no [lexicon] at all (the built-in one applies): the same.
        let start = kept.find("\n[lexicon]\n").unwrap();
        let end = start + kept[start..].find("\n[[rules]]\n").unwrap();
        let oldest = format!("{}{}", &kept[..start], &kept[end..]);
        assert!(!oldest.contains("\n[lexicon]"));
        let r = Rubric::parse(&oldest, "oldest.toml").unwrap();
        for b in sources {
            assert!(
                r.rules.iter().any(|x| x.behaviour == b),
                "no [lexicon]: {b}"
            );
        }
        assert_eq!(r.unused_rules(), vec!["EM-OLD"]);
        // A current rubric file is taken as written: deleting a source's rules turns the
        // source off.
        let without_vicarious: Vec<&str> = DEFAULT_RUBRIC
            .split("\n[[rules]]\n")
            .filter(|b| !b.contains("behaviour = \"vicarious\""))
            .collect();
        let r = Rubric::parse(&without_vicarious.join("\n[[rules]]\n"), "new.toml").unwrap();
        assert!(!r.rules.iter().any(|x| x.behaviour == "vicarious"));
        assert!(r.unused_rules().is_empty());
    }

    #[test]
    fn bad_rubrics_name_the_problem() {
        let bad = DEFAULT_RUBRIC.replace("behaviour = \"gratitude\"", "behaviour = \"gratitud\"");
        let e = Rubric::parse(&bad, "x.toml").unwrap_err().to_string();
        assert!(e.contains("unknown behaviour \"gratitud\""), "{e}");
        // Several rules are wrong: the first in file order is named, on every run
        // (patterns compile in parallel).
        let first = Rubric::default_rubric()
            .rules
            .iter()
            .find(|r| r.behaviour == "gratitude")
            .map(|r| r.id.clone())
            .unwrap();
        assert!(e.starts_with(&format!("x.toml: rule {first}: ")), "{e}");
        let bad = DEFAULT_RUBRIC.replacen("pattern = '", "pattern = '(", 1);
        assert!(
            Rubric::parse(&bad, "x.toml")
                .unwrap_err()
                .to_string()
                .contains("invalid pattern")
        );
    }
}
