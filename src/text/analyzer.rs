//! [`Analyzer`]: lindera (IPADIC) for Japanese, a small word splitter for English.
//! Tokens carry part of speech, base form (lemma) and reading; `content_lemmas`
//! gives the nouns, verbs and adjectives that carry a message's content, which is
//! what backtracking compares between customer and agent.

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

use lindera::mode::Mode;
use lindera::segmenter::Segmenter;

use super::dict::{self, DictError};

/// One token of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub surface: String,
    /// IPADIC major part of speech (名詞, 動詞 …); "word" or "number" for English.
    pub pos: String,
    /// IPADIC first sub-category (一般, サ変接続, 非自立 …); "*" when none.
    pub pos_detail: String,
    /// Dictionary form (lemma); the surface when the dictionary does not know the word.
    pub base_form: String,
    /// Katakana reading; empty when unknown.
    pub reading: String,
    /// Byte offsets in the analysed text.
    pub start: usize,
    pub end: usize,
}

/// Words that carry no content of their own, for comparing what customer and agent
/// said: the rubric's `[lexicon]` `stop_lemmas_ja`, `general_time_nouns_ja` and
/// `stop_words_en`.
#[derive(Debug, Clone, Default)]
pub struct StopWords {
    /// Japanese lemmas too general to say anything about a customer's situation.
    pub ja_lemmas: HashSet<String>,
    /// Japanese adverbial nouns that are general time words (今日, 最近 …); other
    /// adverbial nouns (来月, 年末, 朝食) are content.
    pub ja_time_nouns: HashSet<String>,
    /// English words (lower case) that are never content.
    pub en: HashSet<String>,
}

/// Tokeniser shared by all threads (lindera's segmenter is `Sync`).
pub struct Analyzer {
    stop: StopWords,
    segmenter: Segmenter,
    /// Per system-dictionary word id, its content lemma (lower-cased) or `None` when
    /// the word is not content; filled the first time the word is seen. What a word
    /// contributes depends only on its dictionary entry, so this is exact, and it saves
    /// reading and judging the entry's fields again for every occurrence.
    content: Vec<OnceLock<Option<Box<str>>>>,
    /// Texts and bytes analysed by [`Analyzer::content_lemma_spans`] (for `OTAI_TIMINGS`).
    analysed: std::sync::atomic::AtomicUsize,
    analysed_bytes: std::sync::atomic::AtomicUsize,
}

impl Analyzer {
    /// Resolves, builds if needed, and loads the dictionary (see [`dict::resolve`]).
    pub fn load(explicit: Option<&Path>, stop: StopWords) -> Result<Analyzer, DictError> {
        Analyzer::from_resolved(&dict::resolve(explicit)?, stop)
    }

    /// Loads a dictionary [`dict::resolve`] found.
    pub fn from_resolved(
        resolved: &dict::Resolved,
        stop: StopWords,
    ) -> Result<Analyzer, DictError> {
        let dictionary = dict::load(resolved)?;
        let words = dictionary.prefix_dictionary.words_idx_data.len() / 4;
        Ok(Analyzer {
            stop,
            segmenter: Segmenter::new(Mode::Normal, dictionary, None),
            content: (0..words).map(|_| OnceLock::new()).collect(),
            analysed: std::sync::atomic::AtomicUsize::new(0),
            analysed_bytes: std::sync::atomic::AtomicUsize::new(0),
        })
    }

    /// Japanese tokens of `text` (call with normalised text). Never fails: a lindera
    /// error yields no tokens rather than a lost message.
    pub fn tokenize_ja(&self, text: &str) -> Vec<Token> {
        let Ok(tokens) = self.segmenter.segment(Cow::Borrowed(text)) else {
            return Vec::new();
        };
        tokens
            .into_iter()
            .map(|mut t| {
                let (start, end) = (t.byte_start, t.byte_end);
                let surface = t.surface.to_string();
                let p = Parts::of(&t.details());
                Token {
                    pos: p.pos.to_string(),
                    pos_detail: p.detail.to_string(),
                    base_form: p.base.unwrap_or(&surface).to_string(),
                    reading: p.reading.to_string(),
                    surface,
                    start,
                    end,
                }
            })
            .collect()
    }

    /// The floor of any Japanese pipeline, for `otai bench-tokenize`: lindera segments
    /// `text` and reads each token's part of speech and base form; nothing else.
    /// Returns the number of tokens.
    pub fn segment_only(&self, text: &str) -> usize {
        let Ok(mut tokens) = self.segmenter.segment(Cow::Borrowed(text)) else {
            return 0;
        };
        tokens.iter_mut().map(|t| t.details().len().min(1)).sum()
    }

    /// Content-word lemmas of `text` with their positions: nouns (not pronouns,
    /// numbers, suffixes or dependent nouns), independent verbs and adjectives, minus very
    /// general words; for English, words that are not stopwords, lightly stemmed. Read
    /// straight from lindera's tokens (no [`Token`] is built): the hot path of scoring.
    pub fn content_lemma_spans(&self, text: &str, language: &str) -> Vec<Lemma> {
        self.analysed
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.analysed_bytes
            .fetch_add(text.len(), std::sync::atomic::Ordering::Relaxed);
        if language == "en" {
            return en_lemmas(text, &self.stop);
        }
        let Ok(mut tokens) = self.segmenter.segment(Cow::Borrowed(text)) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for t in tokens.iter_mut() {
            let start = t.byte_start;
            let known = t.word_id.is_system() && !t.word_id.is_unknown();
            let lemma = match self.content.get(t.word_id.id() as usize).filter(|_| known) {
                Some(slot) => slot.get_or_init(|| content_lemma_ja(t, &self.stop)).clone(),
                None => content_lemma_ja(t, &self.stop),
            };
            if let Some(lemma) = lemma {
                out.push(Lemma {
                    start,
                    lemma: lemma.into(),
                });
            }
        }
        out.extend(quantities(text));
        out
    }

    /// How many texts, and how many bytes, [`Analyzer::content_lemma_spans`] has
    /// analysed so far.
    pub fn analysed(&self) -> (usize, usize) {
        (
            self.analysed.load(std::sync::atomic::Ordering::Relaxed),
            self.analysed_bytes
                .load(std::sync::atomic::Ordering::Relaxed),
        )
    }

    /// Content-word lemmas alone (see [`Analyzer::content_lemma_spans`]).
    pub fn content_lemmas(&self, text: &str, language: &str) -> Vec<String> {
        self.content_lemma_spans(text, language)
            .into_iter()
            .map(|l| l.lemma)
            .collect()
    }
}

/// What IPADIC says of a token: part of speech, its first sub-category ("*" when none),
/// the dictionary form when known, and the reading ("" when unknown).
struct Parts<'d> {
    pos: &'d str,
    detail: &'d str,
    base: Option<&'d str>,
    reading: &'d str,
}

impl<'d> Parts<'d> {
    fn of(details: &[&'d str]) -> Parts<'d> {
        let field = |i: usize| details.get(i).copied().filter(|s| *s != "*").unwrap_or("");
        Parts {
            pos: field(0),
            detail: details.get(1).copied().unwrap_or("*"),
            base: Some(field(6)).filter(|b| !b.is_empty()),
            reading: field(7),
        }
    }
}

/// The content lemma of a Japanese token (lower-cased), or `None` when it carries no
/// content (see [`is_content_ja`]).
fn content_lemma_ja(t: &mut lindera::token::Token<'_>, stop: &StopWords) -> Option<Box<str>> {
    let surface = t.surface.clone();
    let p = Parts::of(&t.details());
    let lemma = p.base.unwrap_or(&surface);
    is_content_ja(p.pos, p.detail, lemma, stop).then(|| lemma.to_lowercase().into())
}

/// English content lemmas with their positions, as match keys ([`en_key`]): the words a
/// customer and an agent share whatever the tense, number or word class ("I bought …
/// the installation hangs" / "you have bought … installing").
fn en_lemmas(text: &str, stop: &StopWords) -> Vec<Lemma> {
    // Placeholders of anonymised exports (#PRS_ORG#, #NAME#, #NUMBER#) are no one's words.
    let placeholder = |t: &Token| {
        let before = text[..t.start].chars().next_back();
        let after = text[t.end..].chars().next();
        matches!(before, Some('#' | '_')) || matches!(after, Some('#' | '_'))
    };
    tokenize_en(text)
        .into_iter()
        .filter(|t| t.pos == "word" && is_content_en(&t.surface, stop) && !placeholder(t))
        .map(|t| Lemma {
            start: t.start,
            lemma: en_key(&t.base_form),
        })
        .collect()
}

/// Common irregular past forms and nouns of support conversations → their verb.
const EN_IRREGULAR: &[(&str, &str)] = &[
    ("bought", "buy"),
    ("paid", "pay"),
    ("payment", "pay"),
    ("sent", "send"),
    ("got", "get"),
    ("gotten", "get"),
    ("made", "make"),
    ("took", "take"),
    ("taken", "take"),
    ("gave", "give"),
    ("given", "give"),
    ("went", "go"),
    ("gone", "go"),
    ("did", "do"),
    ("done", "do"),
    ("saw", "see"),
    ("seen", "see"),
    ("came", "come"),
    ("lost", "lose"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("broke", "break"),
    ("broken", "break"),
    ("wrote", "write"),
    ("written", "write"),
    ("began", "begin"),
    ("begun", "begin"),
    ("left", "leave"),
    ("kept", "keep"),
    ("found", "find"),
    ("told", "tell"),
    ("said", "say"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("shown", "show"),
    ("held", "hold"),
    ("ran", "run"),
    ("stuck", "stick"),
    ("deletion", "delete"),
    ("subscription", "subscribe"),
];

/// An English word's match key: the light stem, irregular forms mapped to their verb,
/// a derivational ending dropped (installation → install, cancellation → cancel,
/// payment → pay), a final e dropped (update / updated / updating agree), then the first
/// six letters (registration / register, subscription / subscribe). Crude on purpose: it
/// only decides whether two words are the same content word.
pub fn en_key(stemmed: &str) -> String {
    if let Some((_, same)) = EN_SAME_THING.iter().find(|(word, _)| *word == stemmed) {
        return (*same).to_string();
    }
    let w = EN_IRREGULAR
        .iter()
        .find(|(form, _)| *form == stemmed)
        .map_or(stemmed, |(_, base)| *base);
    let mut w = w.to_string();
    for ending in ["ation", "ition", "ment", "ness"] {
        if w.len() >= ending.len() + 4 && w.ends_with(ending) {
            w.truncate(w.len() - ending.len());
            break;
        }
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
    match w.char_indices().nth(6) {
        Some((at, _)) => w[..at].to_string(),
        None => w,
    }
}

/// Words (as stemmed) support customers and agents use for the same thing, mapped to the
/// key of one: the customer "can't buy a book", the agent is sorry "you have issues
/// doing a purchase"; the customer "booked a class", the agent speaks of "your
/// reservation". Whole words only ("all rights reserved", "applicable" stay themselves).
const EN_SAME_THING: &[(&str, &str)] = &[
    ("purchase", "buy"),
    ("purchas", "buy"),
    ("reservation", "book"),
    ("application", "app"),
];

/// An English word that says something (not a stopword, longer than one letter).
fn is_content_en(surface: &str, stop: &StopWords) -> bool {
    surface.len() > 1 && !stop.en.contains(surface)
}

/// Quantities in Japanese text as content: a number with its counter (2名, 4泊, 3室,
/// 5万円, 11月13日's 13日), kanji numerals before a counter read as digits (一泊 = 1泊)
/// and counters that mean the same unified (2部屋 = 2室, 3人 = 3名). A customer's
/// 「2部屋でお願いします」 and the agent's 「2室ご利用とのことですが」 share 2室.
fn quantities(text: &str) -> Vec<Lemma> {
    static QUANTITY: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = QUANTITY.get_or_init(|| {
        regex::Regex::new(
            r"([0-9]+(?:[.,][0-9]+)?|[一二三四五六七八九十両])\s*(時間|週間|ヶ月|か月|カ月|営業日|万円|千円|部屋|名|人|泊|室|日|月|年|時|分|円|歳|才|件|回|個|台|枚|本|GB|MB|%|ドル|社|階|km|キロ)",
        )
        .expect("a fixed pattern")
    });
    re.captures_iter(text)
        .filter_map(|c| {
            let (whole, number, counter) = (c.get(0)?, &c[1], &c[2]);
            // Part of a longer number (二十名, 1,200円 read from its middle): not this one.
            let before = text[..whole.start()].chars().next_back();
            if before.is_some_and(|ch| {
                ch.is_ascii_digit() || "一二三四五六七八九十百千万両".contains(ch)
            }) {
                return None;
            }
            let number = match number {
                "一" => "1",
                "二" | "両" => "2",
                "三" => "3",
                "四" => "4",
                "五" => "5",
                "六" => "6",
                "七" => "7",
                "八" => "8",
                "九" => "9",
                "十" => "10",
                n => n,
            };
            // A kanji numeral counts only before a counter of things (not 月/日/年:
            // 一日 is "one day" or "the 1st", 十月 a month name).
            if number.len() <= 2
                && !c[1].starts_with(|ch: char| ch.is_ascii_digit())
                && matches!(counter, "日" | "月" | "年" | "時" | "分")
            {
                return None;
            }
            let counter = match counter {
                "部屋" => "室",
                "人" => "名",
                "カ月" | "ヶ月" => "か月",
                c => c,
            };
            Some(Lemma {
                start: whole.start(),
                lemma: format!("{number}{counter}"),
            })
        })
        .collect()
}

/// Nouns (not pronouns, numbers, suffixes or dependent nouns; adverbial nouns only when
/// they are not general time words), independent verbs and adjectives, minus very general
/// words, punctuation and lone kana.
fn is_content_ja(pos: &str, pos_detail: &str, lemma: &str, stop: &StopWords) -> bool {
    let ok_pos = match pos {
        "名詞" => match pos_detail {
            "代名詞" | "数" | "接尾" | "非自立" | "特殊" => false,
            "副詞可能" => !stop.ja_time_nouns.contains(lemma),
            _ => true,
        },
        "動詞" | "形容詞" => pos_detail == "自立",
        _ => false,
    };
    if !ok_pos || stop.ja_lemmas.contains(lemma) {
        return false;
    }
    let punctuation = lemma
        .chars()
        .all(|c| c.is_ascii_punctuation() || c.is_whitespace());
    // A single hiragana is a particle or a fragment, never content.
    let mut chars = lemma.chars();
    let lone_kana = matches!((chars.next(), chars.next()), (Some(c), None) if ('\u{3040}'..='\u{309f}').contains(&c));
    !punctuation && !lone_kana
}

/// A content-word lemma and where its token starts in the analysed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lemma {
    pub start: usize,
    pub lemma: String,
}

/// Lower-cased words with a light suffix stem (plural -s, -ing, -ed).
pub fn tokenize_en(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    let flush = |out: &mut Vec<Token>, s: usize, e: usize| {
        let surface = text[s..e].to_lowercase();
        let is_number = surface.chars().all(|c| c.is_ascii_digit() || c == '.');
        out.push(Token {
            base_form: if is_number {
                surface.clone()
            } else {
                stem(&surface)
            },
            pos: if is_number { "number" } else { "word" }.to_string(),
            pos_detail: "*".into(),
            reading: String::new(),
            surface,
            start: s,
            end: e,
        });
    };
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '\'';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                flush(&mut out, s, i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        flush(&mut out, s, text.len());
    }
    out
}

fn stem(word: &str) -> String {
    let w = word.trim_matches('\'');
    let n = w.len();
    let undouble = |s: &str| {
        let b = s.as_bytes();
        if b.len() >= 3
            && b[b.len() - 1] == b[b.len() - 2]
            && !matches!(b[b.len() - 1], b'l' | b's' | b'z')
        {
            s[..s.len() - 1].to_string()
        } else {
            s.to_string()
        }
    };
    if n > 4 && (w.ends_with("ies") || w.ends_with("ied")) {
        return format!("{}y", &w[..n - 3]);
    }
    if n > 4
        && ["sses", "xes", "ches", "shes", "zes"]
            .iter()
            .any(|s| w.ends_with(s))
    {
        return w[..n - 2].to_string();
    }
    if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..n - 1].to_string();
    }
    if n > 5 && w.ends_with("ing") {
        return undouble(&w[..n - 3]);
    }
    if n > 4 && w.ends_with("ed") {
        return undouble(&w[..n - 2]);
    }
    w.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_match_keys_agree_across_forms() {
        let key = |w: &str| en_key(&stem(w));
        for (a, b) in [
            ("bought", "buy"),
            ("installation", "installing"),
            ("registration", "register"),
            ("cancellation", "cancelled"),
            ("updated", "update"),
            ("purchased", "purchase"),
            ("charged", "charge"),
            ("subscription", "subscribe"),
            ("payment", "paid"),
            ("books", "book"),
            ("purchase", "buy"),
            ("application", "app"),
            ("reservation", "booked"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
        for (a, b) in [
            ("reserved", "booked"),
            ("applicable", "app"),
            ("charger", "charge"),
            ("computer", "compatible"),
            ("print", "account"),
        ] {
            assert_ne!(key(a), key(b), "{a} / {b}");
        }
    }

    #[test]
    fn english_lemmas() {
        let lemmas: Vec<String> = en_lemmas(
            "The invoices aren't showing; I tried printing 2 times.",
            &crate::score::rubric::Rubric::default_rubric()
                .lexicon
                .stop_words,
        )
        .into_iter()
        .map(|l| l.lemma)
        .collect();
        // Match keys: a final e dropped, six letters at most (see `en_key`).
        assert_eq!(lemmas, vec!["invoic", "show", "try", "print", "tim"]);
        assert_eq!(stem("stopped"), "stop");
        assert_eq!(stem("boxes"), "box");
        assert_eq!(stem("status"), "status");
    }
}
