//! Masking personal data in excerpts for coaching exports: e-mail addresses, phone
//! numbers, card numbers, bank account numbers, postal codes and street addresses are
//! replaced by a label (〔メール〕…), so a printed 1:1 document does not carry them.

use regex::Regex;
use std::sync::LazyLock;

static RULES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
    [
        (r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", "〔メール〕"),
        // Card numbers: 13–19 digits, optionally grouped by spaces or dashes.
        (r"(?-u:\b)(?:\d[ -]?){12,18}\d(?-u:\b)", "〔カード番号〕"),
        // Bank accounts: 口座番号 / 普通 / 当座 followed by digits; "account (number)".
        (r"(?:口座番号|普通|当座|(?i:account(?: number| no\.?)?))\s*[:：]?\s*\d{6,8}", "〔口座番号〕"),
        // Phone numbers: Japanese 0X-XXXX-XXXX, 0XXXXXXXXXX, +81 …; generic +CC.
        (r"(?-u:\b)(?:\+\d{1,3}[ -]?)?\(?0\d{1,4}\)?[ -]?\d{1,4}[ -]\d{3,4}(?-u:\b)|(?-u:\b)0\d{9,10}(?-u:\b)|\+\d{1,3}[ -]\d{2,4}[ -]\d{3,4}[ -]\d{3,4}", "〔電話番号〕"),
        // Postal codes: 〒123-4567 or 123-4567.
        (r"〒?\s*(?-u:\b)\d{3}-\d{4}(?-u:\b)", "〔郵便番号〕"),
        // Street addresses: prefecture + city + block numbers.
        (r"(?:東京都|北海道|(?:京都|大阪)府|[^\s、。]{2,3}県)[^\s、。]{1,20}?(?:\d+丁目)?\d+(?:[-－番号]\d+){1,2}(?:号)?", "〔住所〕"),
    ]
    .into_iter()
    .map(|(p, l)| (Regex::new(p).expect("mask pattern"), l))
    .collect()
});

/// `text` with personal data replaced by labels.
pub fn mask(text: &str) -> String {
    let mut out = text.to_string();
    for (re, label) in RULES.iter() {
        out = re.replace_all(&out, *label).into_owned();
    }
    out
}

/// A name with a Japanese honorific (山田様, 佐藤さん) or an English title (Mr. Smith).
static HONORIFIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([\p{Han}\p{Hiragana}\p{Katakana}ー々]{1,6})(様|さま|さん)|(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+")
        .expect("honorific pattern")
});

/// Words before 様/さん that are not a name (お客様, 皆様, ご担当者様 …).
const NOT_NAMES: [&str; 12] = [
    "皆",
    "各位",
    "利用者",
    "担当者",
    "管理者",
    "会員",
    "先方",
    "奥",
    "皆さ",
    "客",
    "得意",
    "家族",
];

/// `text` masked ([`mask`]), and customers' names too: every name in `names` (a customer's
/// full name and each of its parts of two or more characters) and any name with an
/// honorific or a title.
pub fn mask_with_names(text: &str, names: &[String]) -> String {
    let masked = mask(text);
    // Names with an honorific or a title first (Mr. Becker as a whole), then the names.
    let mut out = HONORIFIC
        .replace_all(&masked, |c: &regex::Captures<'_>| {
            match (c.get(1), c.get(2)) {
                (Some(name), Some(hon))
                    if name.as_str().starts_with(['お', 'ご', '御'])
                        || NOT_NAMES.iter().any(|w| name.as_str().ends_with(w)) =>
                {
                    format!("{}{}", name.as_str(), hon.as_str())
                }
                (Some(_), Some(hon)) => format!("〔お名前〕{}", hon.as_str()),
                _ => "〔お名前〕".to_string(),
            }
        })
        .into_owned();
    let mut parts: Vec<&str> = names
        .iter()
        .flat_map(|n| std::iter::once(n.as_str()).chain(n.split_whitespace()))
        .map(str::trim)
        .filter(|p| p.chars().count() >= 2)
        .collect();
    // Longest first, so 山田 太郎 goes before 山田.
    parts.sort_by_key(|p| std::cmp::Reverse(p.len()));
    parts.dedup();
    for p in parts {
        out = out.replace(p, "〔お名前〕");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn customer_names_are_masked() {
        let names = vec!["山田 太郎".to_string(), "Paul Becker".to_string()];
        assert_eq!(
            mask_with_names("山田様、ご不安ですよね。お客様のご家族様にも", &names),
            "〔お名前〕様、ご不安ですよね。お客様のご家族様にも"
        );
        assert_eq!(
            mask_with_names("佐藤さん、皆様", &[]),
            "〔お名前〕さん、皆様"
        );
        assert_eq!(
            mask_with_names("Dear Paul, thanks. Mr. Becker called.", &names),
            "Dear 〔お名前〕, thanks. 〔お名前〕 called."
        );
        assert_eq!(mask_with_names("Dear Mrs. Smith", &[]), "Dear 〔お名前〕");
    }

    #[test]
    fn personal_data_is_masked() {
        let cases = [
            (
                "ご登録のmori.yukari@example.co.jpに送りました",
                "ご登録の〔メール〕に送りました",
            ),
            ("お電話は090-1234-5678まで", "お電話は〔電話番号〕まで"),
            ("代表03-1234-5678です", "代表〔電話番号〕です"),
            ("携帯 09012345678", "携帯 〔電話番号〕"),
            (
                "カード 4111 1111 1111 1111 で決済",
                "カード 〔カード番号〕 で決済",
            ),
            ("card 4111-1111-1111-1111", "card 〔カード番号〕"),
            ("口座番号 1234567 へ", "〔口座番号〕 へ"),
            ("普通 7654321", "〔口座番号〕"),
            (
                "〒150-0001 東京都渋谷区神宮前1-2-3",
                "〔郵便番号〕 〔住所〕",
            ),
            ("大阪府大阪市北区梅田3丁目1-1にお届け", "〔住所〕にお届け"),
            ("Call me on +81 90 1234 5678", "Call me on 〔電話番号〕"),
        ];
        for (input, want) in cases {
            assert_eq!(mask(input), want, "{input}");
        }
        // Not personal data: dates, times, order numbers, amounts.
        for keep in [
            "2026年3月2日 10:15",
            "注文番号 HN-240301-0588",
            "2,200円",
            "3営業日",
            "バージョン5.2.0",
        ] {
            assert_eq!(mask(keep), keep);
        }
    }
}
