//! Quoted-reply and signature stripping: splits a mail body into what the mail newly
//! says and the rest (quoted earlier mail, forwarded mail, signature), so that scoring
//! never counts an earlier message twice.
//!
//! Recognised: `>` / `＞` lines; "On … wrote:" (one or two lines); Japanese mailer
//! attribution lines such as 「2026年3月2日(月) 10:15 山田 <yamada@example.jp>:」 and
//! 「…さんは書きました:」; 「-----Original Message-----」「-----元のメッセージ-----」,
//! forwarded-message markers and Outlook "From:/Sent:" blocks; the "-- " signature
//! separator, and a rule line (────, ━━━━, =====) followed by a short contact block.

/// Text newly written, and what was removed (None when nothing was).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    pub text: String,
    pub quoted: Option<String>,
}

fn is_quote_line(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with('>') || t.starts_with('＞')
}

fn is_separator_banner(line: &str) -> bool {
    let t = line.trim().to_lowercase();
    let core = t.trim_matches(|c: char| c == '-' || c == '_' || c == '=' || c == ' ' || c == '─');
    (t.starts_with("---") || t.starts_with("___") || t.starts_with("==="))
        && matches!(
            core,
            "original message"
                | "元のメッセージ"
                | "forwarded message"
                | "転送メッセージ"
                | "original"
                | "転送されたメッセージ"
                | "返信元メッセージ"
        )
        || t.starts_with("begin forwarded message")
}

fn has_date(line: &str) -> bool {
    let digits = line.chars().filter(char::is_ascii_digit).count();
    digits >= 4
        && (line.contains('年') && line.contains('月')
            || line.contains('/') && line.contains(':')
            || line.contains('-') && line.contains(':')
            || [
                "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may",
                "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            ]
            .iter()
            .any(|d| line.to_lowercase().contains(d)))
}

/// "On Mon, 2 Mar 2026 at 10:15, Yamada <y@example.jp> wrote:" and Japanese equivalents.
fn is_attribution(line: &str, next: Option<&str>) -> bool {
    let t = line.trim();
    let ends_colon = t.ends_with(':') || t.ends_with('：');
    let lower = t.to_lowercase();
    if ends_colon
        && (lower.ends_with("wrote:")
            || t.ends_with("書きました:")
            || t.ends_with("書きました：")
            || t.ends_with("のメッセージ:")
            || t.ends_with("のメッセージ："))
    {
        return true;
    }
    if ends_colon && has_date(t) && (t.contains('<') || t.contains('@') || t.contains("さん")) {
        return true;
    }
    // Two-line English attribution: "On …" / "… wrote:"
    if lower.starts_with("on ")
        && has_date(t)
        && let Some(n) = next
    {
        return n.trim().to_lowercase().ends_with("wrote:");
    }
    false
}

/// Outlook-style header block: "From:/差出人:" followed closely by "Sent:/送信日時:/Date:".
fn is_header_block(lines: &[&str], i: usize) -> bool {
    let t = lines[i].trim_start();
    let starts = [
        "From:",
        "差出人:",
        "差出人：",
        "送信者:",
        "送信者：",
        "From：",
    ];
    if !starts.iter().any(|s| t.starts_with(s)) {
        return false;
    }
    lines[i + 1..].iter().take(4).any(|l| {
        let l = l.trim_start();
        [
            "Sent:",
            "Date:",
            "送信日時:",
            "送信日時：",
            "日付:",
            "Subject:",
            "件名:",
            "To:",
            "宛先:",
        ]
        .iter()
        .any(|s| l.starts_with(s))
    })
}

fn is_rule_line(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() >= 6
        && t.chars()
            .all(|c| "-=_─━＝－*＊~〜・―━┈┅□■◆◇".contains(c) || c == ' ')
}

fn looks_like_contact(line: &str) -> bool {
    let l = line.to_lowercase();
    l.contains('@')
        || l.contains("tel")
        || l.contains("fax")
        || l.contains("電話")
        || l.contains("http")
        || l.contains("株式会社")
        || l.contains("〒")
        || l.contains("mail")
}

/// Splits a body into new text and the quoted/signature rest.
pub fn split(body: &str) -> Split {
    let normalized = body.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = normalized.lines().collect();
    let mut kept: Vec<&str> = Vec::new();
    let mut removed: Vec<&str> = Vec::new();
    let mut cut = lines.len();
    for i in 0..lines.len() {
        let line = lines[i];
        if is_separator_banner(line)
            || is_attribution(line, lines.get(i + 1).copied())
            || is_header_block(&lines, i)
        {
            cut = i;
            break;
        }
        if line.trim_end() == "--" || line == "-- " {
            cut = i;
            break;
        }
        if is_quote_line(line) {
            removed.push(line);
        } else {
            kept.push(line);
        }
    }
    removed.extend(&lines[cut..]);

    // A rule line followed by a short block of contact details is a signature.
    let tail_start = kept
        .iter()
        .enumerate()
        .rev()
        .find(|(i, l)| {
            is_rule_line(l) && {
                let after: Vec<&&str> = kept[i + 1..]
                    .iter()
                    .filter(|l| !l.trim().is_empty())
                    .collect();
                !after.is_empty()
                    && after.len() <= 10
                    && after.iter().any(|l| looks_like_contact(l))
                    && kept[..*i].iter().any(|l| !l.trim().is_empty())
            }
        })
        .map(|(i, _)| i);
    if let Some(start) = tail_start {
        let sig: Vec<&str> = kept.split_off(start);
        // The signature precedes whatever was quoted below it.
        let mut rest = sig;
        rest.extend(removed);
        removed = rest;
    }

    let text = kept.join("\n").trim().to_string();
    let quoted = removed.join("\n").trim().to_string();
    Split {
        text,
        quoted: (!quoted.is_empty()).then_some(quoted),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_english_quote_and_attribution() {
        let s = split(
            "Thanks, that worked.\n\nOn Mon, Mar 2, 2026 at 10:15 AM Support <help@example.com> wrote:\n> Please restart.\n> Bye",
        );
        assert_eq!(s.text, "Thanks, that worked.");
        assert!(s.quoted.unwrap().contains("Please restart."));
    }

    #[test]
    fn strips_two_line_attribution() {
        let s = split(
            "OK\nOn Mon, 2 Mar 2026 10:15:00 +0900\nSupport <help@example.com> wrote:\n> old",
        );
        assert_eq!(s.text, "OK");
    }

    #[test]
    fn strips_japanese_mailer_header() {
        let body = "ご回答ありがとうございます。\n試してみます。\n\n2026年3月2日(月) 10:15 山田 太郎 <yamada@example.jp>:\n> お世話になっております。\n> ログインできません。";
        let s = split(body);
        assert_eq!(s.text, "ご回答ありがとうございます。\n試してみます。");
        assert!(s.quoted.unwrap().starts_with("2026年3月2日"));
    }

    #[test]
    fn strips_original_message_and_outlook_block() {
        let s = split("承知しました。\n\n-----Original Message-----\nFrom: a\n本文");
        assert_eq!(s.text, "承知しました。");
        let s = split(
            "了解です。\n\n差出人: サポート <s@example.jp>\n送信日時: 2026年3月2日 10:15\n件名: Re: x\n\n古い本文",
        );
        assert_eq!(s.text, "了解です。");
        let s = split("確認します\n-----元のメッセージ-----\n古い");
        assert_eq!(s.text, "確認します");
    }

    #[test]
    fn strips_signatures() {
        let s = split("よろしくお願いいたします。\n-- \n山田\nyamada@example.jp");
        assert_eq!(s.text, "よろしくお願いいたします。");
        let body = "お問い合わせありがとうございます。\n手順をご案内します。\n\n━━━━━━━━━━━━\n株式会社サンプル サポート窓口\n佐藤 美咲\nTEL: 03-1234-5678\n━━━━━━━━━━━━";
        let s = split(body);
        assert_eq!(
            s.text,
            "お問い合わせありがとうございます。\n手順をご案内します。"
        );
        assert!(s.quoted.unwrap().contains("TEL"));
    }

    #[test]
    fn keeps_interleaved_answers_and_section_rules() {
        let s = split("> 質問1\n回答1です。\n> 質問2\n回答2です。");
        assert_eq!(s.text, "回答1です。\n回答2です。");
        // A rule used as a divider in the middle of the text is not a signature.
        let s = split("手順1\n──────────\n手順2を行ってください。\n手順3を行ってください。");
        assert_eq!(
            s.text,
            "手順1\n──────────\n手順2を行ってください。\n手順3を行ってください。"
        );
        assert_eq!(s.quoted, None);
    }
}
