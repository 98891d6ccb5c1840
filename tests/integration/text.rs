//! The Japanese analyser on the real (locally built) IPADIC dictionary.

use otai::text::{detect_language, normalize};

use crate::support::analyzer;

#[test]
fn tokens_carry_pos_lemma_and_reading() {
    let a = analyzer();
    let toks = a.tokenize_ja("ログインできませんでした");
    let lemmas: Vec<&str> = toks.iter().map(|t| t.base_form.as_str()).collect();
    assert_eq!(
        lemmas,
        vec!["ログイン", "できる", "ます", "ん", "です", "た"]
    );
    assert_eq!(toks[0].pos, "名詞");
    assert_eq!(toks[0].reading, "ログイン");
    assert_eq!(toks[1].pos, "動詞");
    // Byte offsets point back into the text.
    let text = "ログインできませんでした";
    assert!(toks.iter().all(|t| text[t.start..t.end] == t.surface));
}

#[test]
fn content_lemmas_match_across_inflections() {
    let a = analyzer();
    let customer = a.content_lemmas(
        &normalize("パスワードを入れてもログイン画面に戻ってしまいます"),
        "ja",
    );
    let agent = a.content_lemmas(
        &normalize("パスワードを入れるとログイン画面に戻る状態なのですね"),
        "ja",
    );
    for w in ["パスワード", "入れる", "ログイン", "画面", "戻る"] {
        assert!(customer.iter().any(|l| l == w), "{w} in {customer:?}");
        assert!(agent.iter().any(|l| l == w), "{w} in {agent:?}");
    }
    // Function words and very general verbs are not content.
    assert!(
        !agent
            .iter()
            .any(|l| l == "です" || l == "する" || l == "しまう"),
        "{agent:?}"
    );
}

#[test]
fn english_messages_use_the_english_path() {
    let a = analyzer();
    assert_eq!(detect_language("The app keeps crashing"), "en");
    assert_eq!(
        a.content_lemmas("The app keeps crashing on reports", "en"),
        vec!["app", "keep", "crash", "report"]
    );
}
