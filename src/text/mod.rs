//! Text analysis: the one place that touches lindera. Normalisation, sentence
//! splitting, language detection, and [`Analyzer`] for tokens with part of speech,
//! base form (lemma) and reading. Later stages ask for content-word lemmas here and
//! never tokenise on their own.

pub mod analyzer;
pub mod dict;

pub use analyzer::{Analyzer, Token};

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// NFKC (full-width ASCII → ASCII, half-width kana → full-width), CRLF → LF, and
/// runs of spaces squeezed. Japanese punctuation is kept. Borrows `text` when it is
/// already normal (most messages are), so nothing is copied.
pub fn normalize(text: &str) -> Cow<'_, str> {
    let lf: Cow<'_, str> = if text.contains("\r\n") {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    };
    // The quick check skips the rewrite for text that is already NFKC; most Japanese
    // text is decided by a range test per character, without the table lookups.
    let nfkc: Cow<'_, str> = if lf.chars().all(nfkc_stable)
        || unicode_normalization::is_nfkc_quick(lf.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        lf
    } else {
        Cow::Owned(lf.nfkc().collect())
    };
    // Nothing to squeeze or turn into plain spaces and newlines: done.
    if !nfkc.contains(['\r', '\t', '\u{3000}']) && !nfkc.contains("  ") {
        return nfkc;
    }
    let mut out = String::with_capacity(nfkc.len());
    let mut prev_space = false;
    for c in nfkc.chars() {
        let c = if c == '\r' { '\n' } else { c };
        let space = c == ' ' || c == '\t' || c == '\u{3000}';
        if space && prev_space {
            continue;
        }
        out.push(if space { ' ' } else { c });
        prev_space = space;
    }
    Cow::Owned(out)
}

/// Characters NFKC leaves alone wherever they stand (quick check "yes", combining
/// class 0): printable ASCII, line breaks, common kana, CJK ideographs and Japanese
/// brackets and stops. A text of only these is NFKC. Proven against the Unicode tables
/// in the tests.
fn nfkc_stable(c: char) -> bool {
    matches!(c,
        ' '..='~' | '\n' | '\r' | '\t'
        | '\u{3001}'..='\u{3002}' | '\u{300C}'..='\u{3011}'
        | '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{30FC}'
        | '\u{4E00}'..='\u{9FFF}')
}

/// A sentence and where it is in the message (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'a> {
    pub text: &'a str,
    pub start: usize,
}

/// Splits after 。！？!? (and "." followed by a space or the end), and at line breaks.
/// Closing brackets and quotes that follow a terminator stay with their sentence;
/// terminators inside 「」 do not split.
///
/// Live chat often has no full stops: agents paste canned lines one after another
/// ("You're most welcome Is there anything else I can help with?", "I would be happy
/// to assist you today :) Do you wish to …"). A smiley or emoji followed by a space
/// ends a sentence, and so does a lower-case word followed by a capitalised word that
/// only opens a sentence (Is, Do, Can, What, Please, Thank, …; never "I" or a name).
pub fn sentences(text: &str) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    let mut chars = text.char_indices().peekable();
    let mut prev = ' ';
    while let Some((pos, c)) = chars.next() {
        // ":)" ";-)" ":(" at the top level are faces, not brackets.
        let smiley = matches!(c, ')' | '(') && matches!(prev, ':' | ';' | '-') && depth == 0;
        match c {
            '「' | '『' | '（' | '(' if !smiley => depth += 1,
            '」' | '』' | '）' | ')' if !smiley => depth = (depth - 1).max(0),
            // A bracket left open does not run past the line.
            '\n' => depth = 0,
            _ => {}
        }
        let followed_by_space = chars.peek().is_none_or(|&(_, n)| n == ' ' || n == '\n');
        let terminal = match c {
            '\n' => true,
            '。' | '！' | '？' | '!' | '?' => depth == 0,
            '.' => depth == 0 && followed_by_space,
            _ if smiley || is_emoji(c) || (is_emoji_modifier(c) && is_emoji(prev)) => {
                depth == 0 && followed_by_space
            }
            ' ' if depth == 0 && prev.is_ascii_lowercase() => opens_sentence(&text[pos + 1..]),
            _ => false,
        };
        if !is_emoji_modifier(c) {
            prev = c;
        }
        if terminal {
            let mut end = pos + c.len_utf8();
            // Swallow repeated terminators and closing quotes: "本当ですか？！」"
            while let Some((p, n)) =
                chars.next_if(|&(_, n)| n != '\n' && "。！？!?」』）)".contains(n))
            {
                end = p + n.len_utf8();
            }
            push_sentence(&mut out, text, start, end);
            start = end;
        }
    }
    push_sentence(&mut out, text, start, text.len());
    out
}

/// A pictographic emoji (faces, hands, hearts) that chat writers use as a full stop; not
/// the arrows, gears and check boxes of the older symbol blocks ("Settings ➡ Privacy",
/// "tap the ⚙ icon"), which stand inside a sentence.
fn is_emoji(c: char) -> bool {
    matches!(c, '\u{1F300}'..='\u{1FAFF}' | '\u{2764}' | '\u{263A}')
}

/// A variation selector or skin tone after an emoji ("❤️", "👍🏽"): part of it.
fn is_emoji_modifier(c: char) -> bool {
    matches!(c, '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}')
}

/// The text starts with a capitalised word that opens a sentence and is not a name or
/// "I": a question word or a courtesy ("… please Thank you"), or an auxiliary asking a
/// question of a pronoun ("… welcome Is there anything else", "… up to date May I know";
/// "in May we" is a month, so May only before "I"; "Will" may be a name, so never).
fn opens_sentence(rest: &str) -> bool {
    const OPENERS: &[&str] = &[
        "What", "How", "When", "Where", "Which", "Why", "Please", "Let",
    ];
    const ASKING: &[&str] = &[
        "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Could", "Would", "Shall",
        "Should", "Have", "Has",
    ];
    const PRONOUNS: &[&str] = &[
        "I", "we", "you", "it", "he", "she", "they", "this", "that", "there", "your", "the",
    ];
    // Words as written, apostrophes kept ("Let's", "What's" open a sentence as "Let",
    // "What"); a word must end at a space ("How-To guide" is a name).
    let mut words = rest.split(' ');
    let first = words.next().unwrap_or("");
    let bare = first
        .split(['\'', '\u{2019}'])
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '?', '!', '.']);
    let second = words.next().unwrap_or("");
    let second = second.trim_end_matches([',', '?', '!', '.']);
    if !bare.chars().all(|ch| ch.is_ascii_alphabetic()) {
        return false;
    }
    OPENERS.contains(&bare)
        // "Thank you" / "Thanks for" (not "the Thank You page").
        || (matches!(bare, "Thank" | "Thanks") && matches!(second, "you" | "for" | "so"))
        || (ASKING.contains(&bare) && PRONOUNS.contains(&second))
        // "May I know …" (not the month: "in May we", "since May this year").
        || (bare == "May" && second == "I")
}

fn push_sentence<'a>(out: &mut Vec<Sentence<'a>>, text: &'a str, start: usize, end: usize) {
    let raw = &text[start..end];
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return;
    }
    let offset = raw.len() - raw.trim_start().len();
    out.push(Sentence {
        text: trimmed,
        start: start + offset,
    });
}

/// Language of a message: `ja` when it has kana, or more CJK ideographs than Latin
/// letters; otherwise `en`. Empty text counts as `ja` (the desk's main language).
pub fn detect_language(text: &str) -> &'static str {
    let (mut han, mut latin) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            // One kana decides it: no need to read on (most Japanese text has one early).
            '\u{3040}'..='\u{30ff}' | '\u{ff66}'..='\u{ff9f}' => return "ja",
            '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' => han += 1,
            'a'..='z' | 'A'..='Z' => latin += 1,
            _ => {}
        }
    }
    if han > latin || latin == 0 {
        "ja"
    } else {
        "en"
    }
}

/// Text as rules see it: NFKC, curly quotes straightened, quoted lines and a mail's
/// subject header line (「件名:」, "Subject:": it repeats the thread's subject, not what
/// this message says) dropped. Borrows `text` when that changes nothing.
pub fn normalize_for_rules(text: &str) -> Cow<'_, str> {
    let quoted = |l: &str| {
        let t = l.trim_start();
        t.starts_with('>')
            || t.starts_with('＞')
            || t.starts_with("件名:")
            || t.starts_with("件名：")
            || t.get(..8)
                .is_some_and(|h| h.eq_ignore_ascii_case("subject:"))
    };
    if !text.lines().any(quoted) {
        return straighten(normalize(text));
    }
    let kept: Vec<&str> = text.lines().filter(|l| !quoted(l)).collect();
    Cow::Owned(straighten(normalize(&kept.join("\n"))).into_owned())
}

/// Curly single quotes → ASCII apostrophes (English rules are written with `'`).
fn straighten(text: Cow<'_, str>) -> Cow<'_, str> {
    if text.contains(['’', '‘']) {
        Cow::Owned(text.replace(['’', '‘'], "'"))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_width_and_space() {
        assert_eq!(
            normalize("ＡＢＣ１２３　ｶﾀｶﾅ\r\nx  y"),
            "ABC123 カタカナ\nx y"
        );
        // Already-normal text takes the fast paths and comes back as it was.
        assert_eq!(
            normalize("ご連絡ありがとうございます。\nはい"),
            "ご連絡ありがとうございます。\nはい"
        );
        assert_eq!(normalize("a\tb\rc\u{3000}\u{3000}d e"), "a b\nc d e");
        assert_eq!(normalize("ｶﾅ only"), "カナ only");
    }

    #[test]
    fn nfkc_stable_characters_are_what_unicode_says() {
        use unicode_normalization::char::canonical_combining_class;
        let mut n = 0;
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|&c| nfkc_stable(c))
        {
            let one = c.to_string();
            assert_eq!(
                unicode_normalization::is_nfkc_quick(one.chars()),
                unicode_normalization::IsNormalized::Yes,
                "{c:?}"
            );
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            n += 1;
        }
        assert!(n > 20_000);
    }

    #[test]
    fn splits_sentences() {
        let s: Vec<&str> =
            sentences("お待たせしました。「確認します。」と伝えました！本当ですか？！\nはい")
                .iter()
                .map(|s| s.text)
                .collect();
        assert_eq!(
            s,
            vec![
                "お待たせしました。",
                "「確認します。」と伝えました！",
                "本当ですか？！",
                "はい"
            ]
        );
        let s: Vec<&str> = sentences("Thanks. Version 2.5 is out. Ok")
            .iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(s, vec!["Thanks.", "Version 2.5 is out.", "Ok"]);
        let text = "a。b";
        assert_eq!(sentences(text)[1].start, text.find('b').unwrap());
    }

    #[test]
    fn splits_live_chat_run_ons() {
        let split = |t: &'static str| -> Vec<&'static str> {
            sentences(t).into_iter().map(|s| s.text).collect()
        };
        assert_eq!(
            split("You're most welcome Is there anything else I can help with?"),
            vec![
                "You're most welcome",
                "Is there anything else I can help with?"
            ]
        );
        assert_eq!(
            split("I would be happy to assist you today :) Do you wish to connect it?"),
            vec![
                "I would be happy to assist you today :)",
                "Do you wish to connect it?"
            ]
        );
        assert_eq!(split("Done 👍 Try again"), vec!["Done 👍", "Try again"]);
        assert_eq!(
            split("Thanks ❤️ Have a nice day"),
            vec!["Thanks ❤️", "Have a nice day"]
        );
        assert_eq!(
            split("Go to Settings ➡ Privacy ➡ Reset and tap the ⚙ icon"),
            vec!["Go to Settings ➡ Privacy ➡ Reset and tap the ⚙ icon"]
        );
        assert_eq!(
            split("Sorry about that :( Let me check. Is it ok"),
            vec!["Sorry about that :(", "Let me check.", "Is it ok"]
        );
        assert_eq!(
            split("in May we launched it and asked Will the manager, see the Thank You page"),
            vec!["in May we launched it and asked Will the manager, see the Thank You page"]
        );
        assert_eq!(
            split("check our How-To guide ok Let's try"),
            vec!["check our How-To guide ok", "Let's try"]
        );
        // Not a boundary: "I", a name, a capital after punctuation or a bracket's close.
        assert_eq!(
            split("then I checked with Anna and Is it ok (see above) fine"),
            vec!["then I checked with Anna and", "Is it ok (see above) fine"]
        );
        assert_eq!(
            split("Call me (at 3:00) later"),
            vec!["Call me (at 3:00) later"]
        );
        assert_eq!(split("so Mary will check"), vec!["so Mary will check"]);
        assert_eq!(
            split("the order from May 3 is late"),
            vec!["the order from May 3 is late"]
        );
        assert_eq!(
            split("it is not up to date May I know when you updated it"),
            vec!["it is not up to date", "May I know when you updated it"]
        );
    }

    #[test]
    fn detects_language() {
        assert_eq!(detect_language("ログインできません"), "ja");
        assert_eq!(detect_language("I cannot log in to TimeNote"), "en");
        assert_eq!(detect_language("TimeNoteの件"), "ja");
        assert_eq!(detect_language("請求書"), "ja");
        assert_eq!(detect_language("12345"), "ja");
    }
}
