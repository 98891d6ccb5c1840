//! Scoring rules, one behaviour at a time, with positives and hard negatives, on the
//! real analyser (lemmas from lindera).

use otai::schema::{Channel, Message, Role};
use otai::score::{self, ConversationScore, Evidence, Rubric};

use crate::support::analyzer;

/// 2026-03-02 (Monday) 10:00 JST.
const T0: i64 = 1_772_413_200_000;

/// Builds a conversation from (role, seconds after T0, text); "note" is an internal agent note.
fn conv(lines: &[(&str, i64, &str)]) -> Vec<Message> {
    lines
        .iter()
        .enumerate()
        .map(|(i, (role, secs, text))| Message {
            conversation_id: "c".into(),
            message_id: format!("m{:02}", i + 1),
            timestamp_ms: T0 + secs * 1000,
            utc_offset_s: 9 * 3600,
            role: match *role {
                "customer" => Role::Customer,
                "bot" => Role::Bot,
                "system" => Role::System,
                _ => Role::Agent,
            },
            author_id: Some(if *role == "customer" {
                "cus".into()
            } else {
                "agt".into()
            }),
            author_name: None,
            channel: Channel::Chat,
            text: text.to_string(),
            internal: *role == "note",
            subject: None,
            quoted_text: None,
            source_file: "t".into(),
            source_line: i as u64 + 1,
        })
        .collect()
}

fn score(lines: &[(&str, i64, &str)]) -> (ConversationScore, Vec<Evidence>) {
    let msgs = conv(lines);
    let rubric = Rubric::default_rubric();
    let (mut s, found) = score::score_all(&msgs, analyzer(), &rubric).expect("score");
    let e = found.iter().map(|f| f.to_evidence(&msgs)).collect();
    (s.remove(0), e)
}

fn has(e: &[Evidence], behaviour: &str) -> bool {
    e.iter().any(|x| x.behaviour == behaviour)
}

#[test]
fn backtracking_needs_a_confirming_form_and_the_customers_words() {
    let customer = (
        "customer",
        0,
        "勤怠アプリにログインできません。パスワードを入れるとログイン画面に戻ります。",
    );
    // Stock phrase + overlap.
    let (s, e) = score(&[
        customer,
        (
            "agent",
            60,
            "つまり、パスワードを入力するとログイン画面に戻ってしまう、という状況でよろしいでしょうか。",
        ),
    ]);
    assert!(s.backtracking_count == 1, "{e:?}");
    let bt = e.iter().find(|x| x.behaviour == "backtracking").unwrap();
    assert_eq!(bt.related_message_id.as_deref(), Some("m01"));
    assert!(bt.excerpt.contains("【"), "{}", bt.excerpt);
    // Paraphrase without a stock phrase.
    let (s, _) = score(&[
        customer,
        (
            "agent",
            60,
            "パスワードを入れてもログイン画面に戻ってしまう状態なのですね。",
        ),
    ]);
    assert_eq!(s.backtracking_count, 1);
    // Hard negatives: a bare acknowledgement; つまり explaining the product; a confirming
    // question about something else; the customer's own つまり; quoted text.
    for agent in [
        "承知しました。",
        "つまり、ログイン情報は30日で自動的に消去される仕様でございます。",
        "お電話番号を伺ってもよろしいでしょうか。",
        "> パスワードを入れるとログイン画面に戻る状態なのですね。\nご連絡ありがとうございます。",
    ] {
        let (s, e) = score(&[customer, ("agent", 60, agent)]);
        assert_eq!(s.backtracking_count, 0, "{agent}: {e:?}");
    }
    let (s, _) = score(&[
        customer,
        ("agent", 60, "ブラウザを教えてください。"),
        ("customer", 90, "つまり、ログイン画面に戻る状況ですね。"),
    ]);
    assert_eq!(s.backtracking_count, 0);
    // English.
    let (s, _) = score(&[
        (
            "customer",
            0,
            "The app keeps crashing when I open the reports screen.",
        ),
        (
            "agent",
            60,
            "Just to confirm, the app crashes as soon as you open the reports screen?",
        ),
    ]);
    assert_eq!(s.backtracking_count, 1);
    let (s, _) = score(&[
        ("customer", 0, "The app keeps crashing when I open reports."),
        ("agent", 60, "Got it. Understood."),
    ]);
    assert_eq!(s.backtracking_count, 0);
}

#[test]
fn progress_labels() {
    let start = ("customer", 0, "請求が二重になっています。");
    let notice = ("agent", 60, "お調べいたしますので、少々お待ちください。");
    let result = (
        "agent",
        1800,
        "確認したところ二重に処理されておりました。返金手続きを完了いたしました。",
    );
    let (s, _) = score(&[
        start,
        notice,
        ("agent", 900, "現在確認しております。"),
        result,
    ]);
    assert_eq!(s.progress, "vague");
    let (s, _) = score(&[
        start,
        notice,
        (
            "agent",
            900,
            "途中経過です。決済記録を確認したところ、3月1日に2回処理されていました。これから経理に返金可否を確認いたします。",
        ),
        result,
    ]);
    assert_eq!(s.progress, "concrete");
    let (s, _) = score(&[
        start,
        notice,
        ("agent", 600, "引き続き確認しております。"),
        (
            "agent",
            900,
            "途中経過です。決済記録を確認したところ、2回処理されていました。これから返金を手配いたします。",
        ),
        result,
    ]);
    assert_eq!(s.progress, "mixed");
    // The customer chased and got only the result: none.
    let (s, _) = score(&[start, notice, ("customer", 900, "まだですか?"), result]);
    assert_eq!(s.progress, "none");
    // An internal note is no update for the customer.
    let (s, _) = score(&[
        start,
        notice,
        ("customer", 900, "その後いかがでしょうか。"),
        ("note", 950, "経理に確認中。"),
        result,
    ]);
    assert_eq!(s.progress, "none");
    // Answered directly: n/a.
    let (s, _) = score(&[
        ("customer", 0, "営業時間を教えてください。"),
        ("agent", 30, "平日9時から18時まででございます。"),
    ]);
    assert_eq!(s.progress, "n/a");
    // A start notice that asks for information is not an update either.
    let (s, _) = score(&[
        start,
        (
            "agent",
            60,
            "お調べいたしますので、ご登録のメールアドレスを教えていただけますか。",
        ),
        ("customer", 120, "a@example.com"),
        result,
    ]);
    assert_eq!(s.progress, "n/a");
    // A live transfer is not a start of work: the colleague's first message, restating
    // the customer's numbers and announcing the check, is the start; the answer two
    // minutes later is the result.
    let (s, _) = score(&[
        ("customer", 0, "月額料金が今月2回引き落とされています。"),
        ("agent", 30, "担当の柴田に代わります。少々お待ちください。"),
        (
            "agent",
            90,
            "お待たせいたしました。12月分が2回引き落とされている、ということですね。お支払い記録を確認いたします。",
        ),
        (
            "agent",
            200,
            "確認いたしました。1回分の返金手続きを行いました。",
        ),
    ]);
    assert_eq!(s.progress, "n/a");
    // A transfer that names how long it takes is still a transfer.
    let (s, _) = score(&[
        ("customer", 0, "月額料金が今月2回引き落とされています。"),
        (
            "agent",
            30,
            "請求担当におつなぎいたします。2〜3分ほどお待ちください。",
        ),
        (
            "agent",
            150,
            "請求担当の柴田です。お支払い記録を確認いたします。",
        ),
        (
            "agent",
            260,
            "確認いたしました。1回分の返金手続きを行いました。",
        ),
    ]);
    assert_eq!(s.progress, "n/a");
    // 「まだ来ません」 after the agent arranged something is a chase: the news that
    // follows (what the worker said, when they will arrive) is an interim update.
    let arranged = [
        ("customer", 0, "車のエンジンがかかりません。"),
        (
            "agent",
            60,
            "作業員を手配いたしました。到着まで通常30分ほどです。",
        ),
        ("customer", 1900, "まだ来ません。"),
        (
            "agent",
            1960,
            "作業員に確認したところ、渋滞を抜けたところで、あと10分ほどで到着する見込みとのことです。",
        ),
        ("customer", 2600, "来てくれました。ありがとうございました。"),
    ];
    let (s, _) = score(&arranged);
    assert_eq!(s.progress, "concrete");
    // In the first message the same words are the problem, not a chase.
    let (s, _) = score(&[
        ("customer", 0, "今日届くはずの荷物がまだ来てません。"),
        ("agent", 60, "お調べいたしますので、少々お待ちください。"),
        (
            "agent",
            150,
            "お荷物は現在配達中で、18時から20時の間にお届けの予定です。",
        ),
    ]);
    assert_eq!(s.progress, "n/a");
}

#[test]
fn expectation_and_overpromise() {
    let c = ("customer", 0, "いつ直りますか。");
    let (s, _) = score(&[
        c,
        (
            "agent",
            60,
            "現時点では確定ではございませんが、来週中の修正を見込んでおります。",
        ),
    ]);
    assert!(s.expectation_set && !s.overpromise);
    let (s, _) = score(&[
        c,
        ("agent", 60, "必ず本日中に直りますので、ご安心ください。"),
    ]);
    assert!(s.overpromise && !s.expectation_set);
    let (s, _) = score(&[
        c,
        (
            "agent",
            60,
            "通常3営業日ほどかかります。ただ、必ず本日中にお届けいたします。",
        ),
    ]);
    assert!(s.overpromise && s.expectation_set, "both can be true");
    // An exclusion covers its own words, not the sentence: the delivery is still guaranteed.
    let (s, _) = score(&[
        ("customer", 0, "Where is my order?"),
        (
            "agent",
            60,
            "Rest assured we will keep you updated, and your order will definitely arrive tomorrow.",
        ),
    ]);
    assert!(s.overpromise);
    for agent in [
        "Rest assured we will keep you updated.",
        "Rest assured, we will keep you updated.",
        "Can you guarantee a quiet room?",
        "お届け先は間違いなく東京都港区でよろしいでしょうか?",
    ] {
        let (s, _) = score(&[("customer", 0, "Where is my order?"), ("agent", 60, agent)]);
        assert!(!s.overpromise, "{agent}");
    }
    // Not over-promises: a commitment within the agent's control, an instruction, a
    // negated promise, the customer's own words.
    for agent in [
        "経理部門に確認のうえ、必ずご連絡いたします。",
        "必ず管理画面から申請してください。",
        "明日までに確実に直るとはお約束いたしかねます。",
    ] {
        let (s, _) = score(&[c, ("agent", 60, agent)]);
        assert!(!s.overpromise, "{agent}");
    }
    let (s, _) = score(&[
        ("customer", 0, "絶対に今日中に直してください。"),
        ("agent", 60, "承知いたしました。"),
    ]);
    assert!(!s.overpromise);
    // Next-contact timing alone is not expectation-setting.
    let (s, _) = score(&[c, ("agent", 60, "明日以降にご連絡いたします。")]);
    assert!(!s.expectation_set);
    let (s, _) = score(&[
        ("customer", 0, "When will my refund arrive?"),
        (
            "agent",
            60,
            "Refunds usually take 5 to 10 business days, though I can't promise the exact date.",
        ),
    ]);
    assert!(s.expectation_set && !s.overpromise);
    let (s, _) = score(&[
        ("customer", 0, "Is it fixed?"),
        ("agent", 60, "We'll have this fixed in no time!"),
    ]);
    assert!(s.overpromise);
    // A guarantee word with any outcome is one; with the agent's own contact, an
    // instruction, a requirement, a recommendation, a question or 100% as a quantity it
    // is not.
    for agent in [
        "修理が終われば、間違いなく元通りにお使いいただけます。",
        "ご返金は確実に今月中に処理されます。",
        "It'll 100% be there before the weekend.",
        "Rest assured, the charge will definitely be reversed.",
    ] {
        let (s, _) = score(&[c, ("agent", 60, agent)]);
        assert!(s.overpromise, "{agent}");
    }
    for agent in [
        "確認が取れ次第、確実にお電話でご連絡いたします。",
        "受け取りの際は必ず本人確認書類をお持ちください。",
        "お手続きには必ず暗証番号の入力が必要です。",
        "画面の表示倍率を100%に戻してから、もう一度お試しください。",
        "I'll definitely email you tomorrow with the details.",
        "I can definitely see why that was confusing.",
        "Can we guarantee that? Let me check with the team.",
    ] {
        let (s, _) = score(&[c, ("agent", 60, agent)]);
        assert!(!s.overpromise, "{agent}");
    }
    // A hedge counts as an outlook only about a time or a result: the same hedge about a
    // product or a cause, or a question, is not expectation-setting; what the resolution
    // won't cover is.
    for (agent, expected) in [
        ("返金の反映は翌月になる場合がございます。", true),
        ("プランによっては朝食が付く場合がございます。", false),
        (
            "The credit normally shows up within two billing cycles.",
            true,
        ),
        (
            "That warning usually appears when the cable is loose.",
            false,
        ),
        ("ご予算の目安はございますでしょうか。", false),
        (
            "The replacement won't include the original accessories.",
            true,
        ),
        (
            "今回は返金ではなく、次回のご請求からの差し引きとなります。",
            true,
        ),
    ] {
        let (s, _) = score(&[c, ("agent", 60, agent)]);
        assert_eq!(s.expectation_set, expected, "{agent}");
    }
}

#[test]
fn closing_gratitude_is_in_the_closing_turn_only() {
    let c = ("customer", 0, "プランを変更したいです。");
    let (s, _) = score(&[
        c,
        ("agent", 60, "管理画面から変更できます。"),
        ("customer", 120, "できました。"),
        (
            "agent",
            150,
            "お忙しいところ、ご確認いただきありがとうございました。",
        ),
    ]);
    assert!(s.closing_gratitude);
    // A split closing turn: thanks, then a summary seconds later.
    let (s, _) = score(&[
        c,
        ("customer", 100, "できました。"),
        ("agent", 150, "ご協力いただきありがとうございました。"),
        ("agent", 170, "変更は翌月1日から反映されます。"),
    ]);
    assert!(s.closing_gratitude);
    for last in [
        "お問い合わせありがとうございます。管理画面から変更できます。",
        "ご協力のほどよろしくお願いいたします。",
        "ご迷惑をおかけし申し訳ございませんでした。",
    ] {
        let (s, _) = score(&[c, ("agent", 60, last)]);
        assert!(!s.closing_gratitude, "{last}");
    }
    // Thanks mid-conversation, a bot's closing and an internal note do not count.
    let (s, _) = score(&[
        c,
        ("agent", 60, "ご協力ありがとうございました。"),
        ("customer", 120, "はい。"),
        ("agent", 180, "以上で完了です。"),
        ("bot", 200, "ご利用ありがとうございました。"),
        ("note", 220, "お客様に感謝。"),
    ]);
    assert!(!s.closing_gratitude);
    let (s, _) = score(&[
        ("customer", 0, "Thanks, it works."),
        ("agent", 30, "Thank you for your patience today!"),
    ]);
    assert!(s.closing_gratitude);
}

#[test]
fn latency_counts_only_public_agent_replies() {
    // Bot greeting and an agent greeting before the customer wrote are not responses;
    // latency runs from the first of several unanswered customer messages.
    let (s, _) = score(&[
        ("agent", -30, "こんにちは、サポートです。"),
        ("bot", 0, "担当者におつなぎします。"),
        ("customer", 10, "通知が来ません"),
        ("customer", 100, "誰かいないの?"),
        ("note", 200, "調査中"),
        ("agent", 382, "お待たせいたしました。"),
        ("customer", 400, "iPhoneです"),
        ("agent", 460, "ありがとうございます。"),
    ]);
    assert_eq!(s.latency.first_response_s, Some(372));
    assert_eq!(s.latency.median_response_s, Some(216.0));
    assert_eq!(s.latency.longest_wait_s, Some(372));
    assert_eq!(
        s.sla_first_response_met,
        Some(false),
        "chat SLA is 120 business seconds"
    );
    // Never answered.
    let (s, _) = score(&[("customer", 0, "返事がありません")]);
    assert_eq!(s.latency.first_response_s, None);
    assert_eq!(s.latency_score, Some(0.0));
    // A Friday-evening message answered Monday morning is fast in business hours.
    let friday_19h = 4 * 86400 + 9 * 3600;
    let monday_9h05 = 7 * 86400 - 3600 + 300;
    let (s, _) = score(&[
        ("customer", friday_19h, "請求書について"),
        ("agent", monday_9h05, "ご連絡ありがとうございます。"),
    ]);
    assert_eq!(s.latency.first_response_bh_s, Some(300));
    assert_eq!(s.latency.first_response_s, Some(monday_9h05 - friday_19h));
}

#[test]
fn promises_are_checked_against_the_next_reply() {
    let c = ("customer", 0, "データが消えました。");
    // Monday 10:00 + 60 s: 「本日15時までに」 → next agent message at 14:00 → kept.
    let (s, e) = score(&[
        c,
        ("agent", 60, "本日15時までにご連絡いたします。"),
        ("agent", 4 * 3600, "復元が完了しました。"),
    ]);
    assert_eq!(
        (s.promises.made, s.promises.kept, s.promises.broken),
        (1, 1, 0)
    );
    assert!(
        e.iter()
            .any(|x| x.rule_id == "PM-KEPT" && x.related_message_id.as_deref() == Some("m03"))
    );
    let kept_score = s.expectation_score;
    // Next reply at 16:00 → broken, and the expectation score loses the rubric's 30.
    let (s, _) = score(&[
        c,
        ("agent", 60, "本日15時までにご連絡いたします。"),
        ("agent", 6 * 3600, "お待たせしました。"),
    ]);
    assert_eq!(s.promises.broken, 1);
    assert_eq!(kept_score, Some(40.0), "no outlook given: the rubric's 40");
    assert_eq!(
        s.expectation_score,
        Some(10.0),
        "a broken promise takes 30 off"
    );
    // The customer chases the next day and no agent reply came: broken; nothing yet: open.
    let (s, _) = score(&[
        c,
        ("agent", 60, "明日午前中にご連絡いたします。"),
        ("customer", 86400 + 3 * 3600, "連絡がありません。"),
    ]);
    assert_eq!(s.promises.broken, 1);
    let (s, e) = score(&[c, ("agent", 60, "3営業日以内にご連絡いたします。")]);
    assert_eq!(
        (s.promises.made, s.promises.kept, s.promises.broken),
        (1, 0, 0)
    );
    assert!(e.iter().any(|x| x.rule_id == "PM-OPEN"));
}

/// A promise is kept only by a message that delivers what was promised: not by the rest
/// of the same turn, a bare 「もう少々お待ちください」, a closing or a vague "still checking";
/// business days follow the calendar.
#[test]
fn promises_are_kept_only_by_a_delivery() {
    let c = ("customer", 0, "データが消えました。");
    let outcome = |e: &[Evidence]| -> (String, Option<String>) {
        let p = e
            .iter()
            .find(|x| x.behaviour == "promise")
            .expect("a promise");
        (p.rule_id.clone(), p.related_message_id.clone())
    };
    // Split bubbles right after the promise, then a filler, then the finding at 14:00.
    let (_, e) = score(&[
        c,
        ("agent", 60, "本日15時までにご連絡いたします。"),
        ("agent", 65, "もう少々お待ちください。"),
        (
            "agent",
            70,
            "調査したところ、原因はサーバー側の設定でした。",
        ),
        ("customer", 600, "お願いします。"),
        ("agent", 3600, "もう少々お待ちください。"),
        (
            "agent",
            4 * 3600,
            "確認したところ、バックアップから復元できることが分かりました。",
        ),
    ]);
    assert_eq!(
        outcome(&e),
        ("PM-KEPT".into(), Some("m07".into())),
        "the bubble 10 s later is the same turn; the wait request is filler"
    );
    // Only fillers and a closing before the deadline, and the conversation goes on: broken.
    let (s, e) = score(&[
        c,
        ("agent", 60, "本日15時までにご連絡いたします。"),
        ("customer", 300, "よろしくお願いします。"),
        ("agent", 3 * 3600, "大変お待たせしております。"),
        ("agent", 3 * 3600 + 600, "現在確認しております。"),
        ("agent", 6 * 3600, "ありがとうございました。"),
    ]);
    assert_eq!(outcome(&e), ("PM-BROKEN".into(), None));
    assert_eq!(s.promises.broken, 1);
    // A closing in the same turn keeps nothing; the deadline has not passed: open.
    let (_, e) = score(&[
        c,
        ("agent", 60, "明日午前中にご連絡いたします。"),
        ("agent", 80, "ありがとうございました。"),
    ]);
    assert_eq!(outcome(&e), ("PM-OPEN".into(), None));
    // English: thanks for waiting is not the promised email; the result is.
    let (_, e) = score(&[
        ("customer", 0, "My refund is missing."),
        ("agent", 60, "I'll email you by 3pm with the result."),
        ("customer", 120, "ok"),
        ("agent", 3600, "Thanks for your patience!"),
        (
            "agent",
            4 * 3600,
            "The refund of 5,000 yen was processed this morning.",
        ),
    ]);
    assert_eq!(outcome(&e), ("PM-KEPT".into(), Some("m05".into())));
    // 翌営業日 on Friday 17:00 (2026-03-06) is Monday: a Monday 10:00 answer keeps it.
    let friday = 4 * 86400 + 7 * 3600;
    let (_, e) = score(&[
        ("customer", friday - 600, "請求額が違います。"),
        ("agent", friday, "翌営業日にご連絡いたします。"),
        (
            "agent",
            friday + 3 * 86400 - 7 * 3600,
            "調査の結果、二重請求でしたので返金いたしました。",
        ),
    ]);
    assert_eq!(outcome(&e), ("PM-KEPT".into(), Some("m03".into())));
}

/// Katakana technical terms count as jargon like acronyms: not inside an everyday word
/// (ログイン holds no ログ term), not when the customer used the word, not when explained.
#[test]
fn katakana_jargon() {
    let jargon = |agent: &str, customer: &str| -> Vec<String> {
        let (_, e) = score(&[("customer", 0, customer), ("agent", 60, agent)]);
        e.iter()
            .filter(|x| x.behaviour == "jargon")
            .map(|x| x.excerpt.clone())
            .collect()
    };
    assert_eq!(
        jargon(
            "ブラウザのキャッシュを削除してください。",
            "表示が崩れます。"
        ),
        ["ブラウザの【キャッシュ】を削除してください。"]
    );
    assert!(jargon("再度ログインをお試しください。", "表示が崩れます。").is_empty());
    assert!(jargon("キャッシュを削除してください。", "キャッシュは消しました。").is_empty());
    assert!(
        jargon(
            "キャッシュ(一時保存データ)を削除してください。",
            "表示が崩れます。"
        )
        .is_empty()
    );
}

#[test]
fn empathy_self_efficacy_and_jargon() {
    let (s, e) = score(&[
        ("customer", 0, "CSVの取り込みでエラーになります。不安です。"),
        (
            "agent",
            60,
            "ご不便をおかけしており申し訳ございません。以前にも同じ状況のお客様が、この手順で解決されています。\n1. Excelで保存形式を選びます\n2. CSV UTF-8で保存します\n3. もう一度取り込んでみていただけますか。ゆっくりで構いません。",
        ),
        ("customer", 300, "できました!"),
        (
            "agent",
            330,
            "素晴らしいです!SCIMの同期も自動で行われます。",
        ),
    ]);
    // One message of each source (emotional care twice: the apology and 「ゆっくりで」 are
    // one message).
    assert_eq!(s.support.messages, [1, 1, 1, 1], "{e:?}");
    for (behaviour, rule) in [
        ("step_guidance", "SG-STEPS"),
        ("vicarious", "VC-JA-OTHERS"),
        ("encouragement", "EN-JA-PRAISE"),
        ("emotional_care", "EC-JA-APOLOGY"),
    ] {
        assert!(
            e.iter()
                .any(|x| x.behaviour == behaviour && x.rule_id == rule),
            "{behaviour}/{rule}: {e:?}"
        );
    }
    // Guided with encouragement (100, weight 2) and cared for an anxious customer (100).
    assert_eq!(s.support.score, Some(100.0));
    assert_eq!(s.jargon_count, 1, "SCIM is unexplained; CSV is everyday");
    let (s, _) = score(&[
        ("customer", 0, "同期が止まりました"),
        ("agent", 60, "ユーザー自動同期(SCIM)が停止しています。"),
    ]);
    assert_eq!(s.jargon_count, 0);
    assert!(!has(&e, "overpromise"));
}

/// The self-efficacy score weighs what the conversation called for against what the
/// agent gave; the four sources are found per message, each with its exclusions.
#[test]
fn self_efficacy_sources_and_score() {
    // One step per message, awaiting the customer's result; English.
    let (s, e) = score(&[
        ("customer", 0, "The app won't sync my workouts."),
        ("agent", 30, "Tap Settings, then Sync. What do you see?"),
        ("customer", 90, "It says Paused."),
        (
            "agent",
            120,
            "You're almost there! Could you switch it to Auto?",
        ),
        ("customer", 180, "Done, it synced!"),
    ]);
    assert_eq!(s.support.messages, [2, 0, 1, 0], "{e:?}");
    // Guided with encouragement; the customer was calm (no care part).
    assert_eq!(s.support.score, Some(100.0));
    // Requests for information, pointers elsewhere and refusal softeners are not sources.
    let (s, e) = score(&[
        ("customer", 0, "返品したいです。"),
        (
            "agent",
            30,
            "恐れ入りますが、ご注文番号を教えていただけますか。",
        ),
        ("customer", 60, "A-123です。"),
        (
            "agent",
            90,
            "申し訳ございませんが、セール品の返品はお受けできかねます。詳しくはお問い合わせフォームからご相談ください。",
        ),
    ]);
    assert_eq!(s.support.messages, [0, 0, 0, 0], "{e:?}");
    assert_eq!(s.support.score, None);
    // The agent did the customer's step for an anxious customer, without any care: the
    // coaching opportunity is evidence; steps 30 (weight 2), care 0 (weight 1).
    let (s, e) = score(&[
        ("customer", 0, "通知が届かなくて不安です。"),
        ("agent", 30, "こちらで通知設定を変更いたしました。"),
    ]);
    assert_eq!(s.support.messages, [0, 0, 0, 0]);
    assert_eq!(s.support.agent_did, 1);
    assert!(
        e.iter().any(|x| x.behaviour == "step_guidance"
            && x.polarity == "bad"
            && x.rule_id == "SG-JA-AGENT-DID"),
        "{e:?}"
    );
    assert_eq!(s.support.score, Some(20.0));
    // Guidance alone (80, weight 2) and care given to an anxious customer (100, weight 1).
    let (s, _) = score(&[
        ("customer", 0, "通知が届かなくて不安です。"),
        (
            "agent",
            30,
            "ご不安ですよね。「設定」→「通知」をオンにしていただけますか。",
        ),
    ]);
    assert_eq!(s.support.messages, [1, 0, 0, 1]);
    assert_eq!(s.support.score, Some(86.7));
}

/// The four sources on one agent message: what LABELING.md says counts and what it says
/// does not (information requests, pointers elsewhere, the agent doing it, refusal
/// softeners, greetings, product praise, outage notices, media the agent asks for), in
/// both languages. Each row: the agent's message, then the sources it must show (the
/// others must be absent).
#[test]
fn four_sources_count_what_labeling_counts_and_nothing_else() {
    let cases: &[(&str, &[&str])] = &[
        // Steps, and the step-then-tell-me-the-result form.
        ("右上の歯車を押してみていただけますか。", &["step_guidance"]),
        ("このボタンを押せますか。", &["step_guidance"]),
        (
            "右上の歯車を押して、表示された内容を教えていただけますか。",
            &["step_guidance"],
        ),
        (
            "再起動後、表示されたエラーコードをお知らせください。",
            &["step_guidance"],
        ),
        ("Tap Settings, then Wi-Fi.", &["step_guidance"]),
        (
            "Could you tap Settings and tell me what you see?",
            &["step_guidance"],
        ),
        (
            "Please restart your router and tell me the model number on the label.",
            &["step_guidance"],
        ),
        (
            "Feel free to tap Sync again now and see if it updates.",
            &["step_guidance"],
        ),
        (
            "Open the app and tap Feedback at the bottom.",
            &["step_guidance"],
        ),
        // Not steps.
        (
            "ご登録のメールアドレスをこちらに入力していただけますか。",
            &[],
        ),
        ("オフィスの住所を記載してください。", &[]),
        ("恐れ入りますが、ご注文番号を教えていただけますか。", &[]),
        ("お問い合わせフォームからご連絡ください。", &[]),
        ("何かございましたらお気軽にご連絡ください。", &[]),
        (
            "本日こちらで行った作業は以下の通りです。\n1. アカウントのロックを解除しました\n2. パスワードをリセットしました\n3. 設定を変更しました",
            &[],
        ),
        (
            "以下をお知らせください。\n1. ご注文番号\n2. ご登録のお名前",
            &[],
        ),
        (
            "Please enter your email address so I can look up your account.",
            &[],
        ),
        ("Let me just check the status of your order.", &[]),
        ("We will then reset your password on our side.", &[]),
        ("We have 2 open tickets for this.", &[]),
        ("Please go to the nearest store with your receipt.", &[]),
        ("Please try again later.", &[]),
        (
            "Please click on END CHAT at the right bottom and close the chat.",
            &[],
        ),
        // Vicarious, and what is not.
        (
            "以前にも同じ状況のお客様がこの手順で解決されました。",
            &["vicarious"],
        ),
        ("画面共有で操作をお見せします。", &["vicarious"]),
        (
            "Many customers fixed this by clearing the app cache.",
            &["vicarious"],
        ),
        (
            "現在、多くのお客様からお問い合わせをいただいており、復旧作業を進めております。",
            &[],
        ),
        (
            "他の方法として、ブラウザ版でも同じように解決できます。",
            &[],
        ),
        ("以前にもお客様からご連絡をいただいた件ですね。", &[]),
        (
            "エラー画面のスクリーンショットをお送りいただけますでしょうか。",
            &[],
        ),
        (
            "同じ症状の企業様でも、この手順でキューが流れるようになっています。",
            &["vicarious"],
        ),
        (
            "Plenty of teachers have posted that way since Monday without a hitch.",
            &["vicarious"],
        ),
        ("Other users have reported the same issue.", &[]),
        (
            "他の企業様でも同様の障害が発生しており、現在復旧に向けて対応中です。",
            &[],
        ),
        (
            "Most browsers handle it the same way, so it should work fine.",
            &[],
        ),
        (
            "Many customers are affected by the outage and our team is working on a fix.",
            &[],
        ),
        ("Please send us a photo or video of the damage.", &[]),
        // Encouragement, and what is not.
        (
            "正しく設定できていますね。あと一息です。",
            &["encouragement"],
        ),
        ("Perfect, that's exactly right.", &["encouragement"]),
        ("You're almost there!", &["encouragement"]),
        ("Great find, that's exactly the number.", &["encouragement"]),
        ("That's the culprit, well spotted!", &["encouragement"]),
        (
            "やりましたね!全部ご自分でできましたよ。",
            &["encouragement"],
        ),
        // An instruction, not praise.
        (
            "Please make sure you followed the steps correctly.",
            &["step_guidance"],
        ),
        ("はい、その通りです。返金は3営業日以内に行われます。", &[]),
        ("今後はより迅速にご対応できるよう努めてまいります。", &[]),
        (
            "お手続きをスムーズに進めるため、ご注文番号を教えてください。",
            &[],
        ),
        ("よくあるご質問のページもご覧いただけますよ。", &[]),
        ("このアプリの新機能は本当に素晴らしいですよ。", &[]),
        ("配送は順調です。", &[]),
        ("I trust you are doing well.", &[]),
        ("Hi! I hope you're doing well today.", &[]),
        ("You're going to receive a confirmation email shortly.", &[]),
        ("Great, you have been refunded in full.", &[]),
        ("You are almost out of storage on your plan.", &[]),
        // Emotional care, and what is not.
        (
            "長らくお待たせして申し訳ございません。",
            &["emotional_care"],
        ),
        ("ご返信が遅くなり申し訳ございません。", &["emotional_care"]),
        ("無事解決できて良かったです!", &["emotional_care"]),
        ("I'm sorry for the inconvenience.", &["emotional_care"]),
        ("No rush, take your time.", &["emotional_care"]),
        (
            "I understand how frustrating this must be.",
            &["emotional_care"],
        ),
        ("So glad it's working now!", &["emotional_care"]),
        (
            "ご不明な点やご不安な点がございましたら、お気軽にお問い合わせください。",
            &[],
        ),
        ("申し訳ございませんが、返品はお受けできかねます。", &[]),
        ("事前にご連絡いただければ良かったです。", &[]),
        ("お役に立てて何よりです。", &[]),
        ("I know how to fix this.", &[]),
        ("That must be the old version of the app.", &[]),
        (
            "I'm sorry to bother you, but could you confirm your address?",
            &[],
        ),
        ("Sorry, but we can't refund this order.", &[]),
        ("Glad you reached out!", &[]),
        ("I'm glad we could help.", &[]),
        ("Happy to hear from you.", &[]),
        ("Great news: your refund has been processed.", &[]),
    ];
    let mut wrong = Vec::new();
    for (text, want) in cases {
        let (_, e) = score(&[("customer", 0, "うまく動きません。"), ("agent", 30, text)]);
        let got: Vec<&str> = [
            "step_guidance",
            "vicarious",
            "encouragement",
            "emotional_care",
        ]
        .into_iter()
        .filter(|b| e.iter().any(|x| x.behaviour == *b && x.polarity == "good"))
        .collect();
        if got != *want {
            wrong.push(format!("{text:?}: {got:?}, expected {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn scores_leave_out_what_does_not_apply() {
    // A question answered directly: no progress, no expectation needed.
    let (s, _) = score(&[
        ("customer", 0, "営業時間は?"),
        (
            "agent",
            30,
            "平日9時から18時です。ご確認いただきありがとうございます。",
        ),
    ]);
    assert_eq!(s.transparency_score, None);
    assert_eq!(s.expectation_score, None);
    assert_eq!(s.gratitude_score, Some(100.0));
    assert_eq!(s.latency_score, Some(100.0));
    assert_eq!(s.backtracking_score, Some(0.0));
    assert_eq!(s.overall_score, Some(66.7));
    // No steps to guide and a calm customer: self-efficacy does not apply (n/a).
    assert_eq!(s.support.score, None);
    // Bot-only: nothing about agents applies.
    let (s, _) = score(&[
        ("customer", 0, "営業時間は?"),
        ("bot", 2, "平日9時から18時です。"),
    ]);
    assert_eq!(
        (
            s.backtracking_score,
            s.gratitude_score,
            s.transparency_score
        ),
        (None, None, None)
    );
}

#[test]
fn customer_outcomes_with_hard_negatives() {
    let guide = (
        "agent",
        60,
        "Cookieを削除してから、もう一度ログインしてみていただけますか。",
    );
    // Difficult start, the customer fixes it and is relieved: all three.
    let (s, e) = score(&[
        ("customer", 0, "朝から何度やってもログインできません。"),
        guide,
        ("customer", 300, "消してみたら入れました!助かりました。"),
        ("agent", 330, "ご協力ありがとうございました。"),
    ]);
    let o = &s.outcomes;
    assert!(o.difficult && o.turnaround && o.customer_did_it, "{o:?}");
    assert_eq!((o.start_state, o.end_state), ("angry", "relieved"));
    assert!(
        o.turnaround_evidence
            .as_deref()
            .unwrap()
            .contains("【助かりました】")
    );
    assert!(
        e.iter()
            .any(|x| x.behaviour == "customer_state" && x.agent_id.is_none())
    );
    // A customer quoting an earlier angry mail is not angry now.
    let (s, _) = score(&[
        (
            "customer",
            0,
            "> いい加減にしてください。\n請求書の宛名を変えたいです。",
        ),
        ("agent", 60, "管理画面から変更できます。"),
    ]);
    assert!(!s.outcomes.difficult);
    // 「ありがとうございます」 as a polite opener is not relief, and a calm start is not difficult.
    let (s, _) = score(&[
        (
            "customer",
            0,
            "いつもありがとうございます。住所を変更したいです。",
        ),
        ("agent", 40, "設定画面から変更いただけます。"),
        ("customer", 90, "わかりました。"),
    ]);
    assert!(!s.outcomes.difficult && !s.outcomes.turnaround);
    assert_eq!(s.outcomes.end_state, "neutral");
    // Not success: 「できませんでした」, 「できましたが、また止まりました」.
    for report in [
        "再インストールしましたが、できませんでした。",
        "テスト印刷はできましたが、また止まりました。",
    ] {
        let (s, _) = score(&[
            ("customer", 0, "印刷が止まります。"),
            guide,
            ("customer", 300, report),
        ]);
        assert!(!s.outcomes.customer_did_it, "{report}");
    }
    // The agent did the fix remotely: the customer logging in afterwards is not 「自分でできた」.
    let (s, _) = score(&[
        (
            "customer",
            0,
            "アカウントがロックされました。急いでいます。",
        ),
        (
            "agent",
            60,
            "こちらでロックを解除いたしました。ログインをお試しください。",
        ),
        ("customer", 120, "入れました。ありがとうございます。"),
    ]);
    assert!(!s.outcomes.customer_did_it);
    assert!(s.outcomes.difficult && s.outcomes.turnaround);
    // A success report without thanks is no turnaround; neither is silence.
    let (s, _) = score(&[
        ("customer", 0, "至急お願いします。ログインできません。"),
        guide,
        ("customer", 300, "ログインできました。"),
    ]);
    assert!(s.outcomes.difficult && s.outcomes.customer_did_it && !s.outcomes.turnaround);
    // English.
    let (s, _) = score(&[
        ("customer", 0, "The sync keeps failing and I'm frustrated."),
        ("agent", 60, "Could you try signing out and back in?"),
        ("customer", 200, "That fixed it, thanks!"),
    ]);
    assert!(s.outcomes.difficult && s.outcomes.turnaround && s.outcomes.customer_did_it);
    // The company's fix ("the fix is in", "back up") followed by "please try again": the
    // customer only logged in afterwards.
    let (s, _) = score(&[
        ("customer", 0, "can't log in, this is so frustrating"),
        (
            "agent",
            600,
            "The fix is in, the login service is back up. Please try logging in again.",
        ),
        ("customer", 700, "ok it works now, thanks"),
    ]);
    assert!(!s.outcomes.customer_did_it && s.outcomes.turnaround);
    // Steps given as plain imperatives ("press A, type the code") and done by the
    // customer; an essential service lost is difficult; lower-case "still" is no anger.
    let (s, _) = score(&[
        (
            "customer",
            0,
            "I topped up but the credit still isn't there. I've got no heating.",
        ),
        (
            "agent",
            60,
            "On the meter keypad, press A, type the 20-digit code, then press B.",
        ),
        ("customer", 300, "did it, the credit is showing now"),
        ("customer", 320, "thank you so much, you saved me"),
    ]);
    let o = &s.outcomes;
    assert!(o.difficult && o.customer_did_it && o.turnaround, "{o:?}");
    let (s, _) = score(&[
        (
            "customer",
            0,
            "My certificate page still says in progress. Could you check?",
        ),
        ("agent", 600, "It has been issued now."),
    ]);
    assert!(!s.outcomes.difficult);
    // The agent's glad reaction is not the company's fix; an action that did not help is
    // not a success; damage that 「つきました」 is not a light coming on.
    let (s, _) = score(&[
        ("customer", 0, "The sync keeps failing and I'm frustrated."),
        ("agent", 60, "Could you try signing out and back in?"),
        ("customer", 200, "That fixed it, it's back online. Thanks!"),
        ("agent", 230, "Glad to hear it's back online!"),
    ]);
    assert!(s.outcomes.customer_did_it);
    let (s, _) = score(&[
        ("customer", 0, "同期が止まっています。"),
        ("agent", 60, "自動同期を有効にしてください。"),
        ("customer", 200, "有効にしましたが、まだ同期されません。"),
    ]);
    assert!(!s.outcomes.customer_did_it);
    let (s, _) = score(&[
        (
            "customer",
            0,
            "届いた箱に傷がつきました。至急交換してください。",
        ),
        ("agent", 60, "申し訳ございません。交換品を手配いたします。"),
    ]);
    assert!(s.outcomes.difficult && !s.outcomes.customer_did_it);
    // Casual Japanese relief: 「マジで助かった、ありがとう」.
    let (s, _) = score(&[
        (
            "customer",
            0,
            "何度やってもアップロードできない!締切今日なのに",
        ),
        guide,
        ("customer", 300, "できた!マジで助かった、ありがとう"),
    ]);
    assert!(s.outcomes.turnaround && s.outcomes.customer_did_it);
    // A question whether something is possible in time is not urgency.
    let (s, _) = score(&[
        (
            "customer",
            0,
            "ソファを処分したいです。年内に間に合いますか。",
        ),
        ("agent", 600, "申し込みはウェブから可能です。"),
    ]);
    assert!(!s.outcomes.difficult);
    // Escalation risk: chasing at the end with no answer; anger rising after a calm start.
    let (s, _) = score(&[
        ("customer", 0, "通知が届きません。"),
        ("customer", 3600, "その後いかがでしょうか。"),
    ]);
    assert!(s.outcomes.escalation_risk);
    let (s, _) = score(&[
        ("customer", 0, "設定を教えてください。"),
        ("agent", 60, "設定画面からどうぞ。"),
        (
            "customer",
            600,
            "何度やってもだめです。いい加減にしてください。",
        ),
        ("agent", 660, "申し訳ございません。"),
    ]);
    assert!(s.outcomes.escalation_risk);
    let (s, _) = score(&[
        ("customer", 0, "ログインできません!!"),
        guide,
        ("customer", 300, "できました、ありがとうございます。"),
    ]);
    assert!(!s.outcomes.escalation_risk);
    // A calm customer kept waiting a long time is not 'difficult' by itself (LABELING.md).
    let (s, _) = score(&[
        ("customer", 0, "請求書の宛名を変えたいです。"),
        ("agent", 27 * 3600, "変更いたしました。"),
    ]);
    assert!(!s.outcomes.difficult);
    // The success is linked to the guidance that led to it.
    let (_, e) = score(&[
        ("customer", 0, "ログインできません。"),
        guide,
        ("customer", 300, "消してみたら入れました!"),
    ]);
    let did = e
        .iter()
        .find(|x| x.behaviour == "customer_did_it")
        .expect("did-it evidence");
    assert_eq!(
        (did.related_message_id.as_deref(), did.agent_id.as_deref()),
        (Some("m02"), Some("agt"))
    );
}

/// The whole rubric is the user's: `otai rubric > r.toml` then `--rubric r.toml` gives
/// byte-identical results and records the file's hash; an edited rule changes the result
/// it should and nothing else.
#[test]
fn the_printed_rubric_is_the_one_in_use_and_edits_take_effect() {
    use crate::support::{analyze, otai_ok, repo};
    let tmp = tempfile::tempdir().unwrap();
    let printed = otai_ok(["rubric"]).stdout;
    let rubric = tmp.path().join("r.toml");
    std::fs::write(&rubric, &printed).unwrap();
    let data = repo().join("tests/eval/messages.jsonl");
    let built_in = analyze(&[&data], &["--no-report"]);
    let from_file = analyze(
        &[&data],
        &["--no-report", "--rubric", rubric.to_str().unwrap()],
    );
    assert_eq!(built_in.code, 0, "{}", built_in.stderr);
    assert_eq!(from_file.code, 0, "{}", from_file.stderr);
    for name in ["conversations.csv", "evidence.csv", "agents.csv"] {
        assert!(
            std::fs::read(built_in.out.join(name)).unwrap()
                == std::fs::read(from_file.out.join(name)).unwrap(),
            "{name} differs"
        );
    }
    let hash = otai::hash::sha256_hex(&printed);
    assert_eq!(from_file.json("run.json")["rubric_hash"], hash.as_str());
    assert_eq!(built_in.json("run.json")["rubric_hash"], hash.as_str());

    // Closing thanks no longer counts once its Japanese rule is edited to match nothing.
    let text = String::from_utf8(printed).unwrap();
    let edited = text.replace(
        "pattern = 'ありがとうございま(?:した|す)|感謝(?:申し上げ|いたし|しており)|お礼申し上げ|助かりました'",
        "pattern = '^edited to match nothing$'",
    );
    assert_ne!(
        edited, text,
        "the gratitude rule's pattern is where the test expects it"
    );
    std::fs::write(&rubric, &edited).unwrap();
    let changed = analyze(
        &[&data],
        &["--no-report", "--rubric", rubric.to_str().unwrap()],
    );
    assert_ne!(
        changed.json("run.json")["rubric_hash"],
        from_file.json("run.json")["rubric_hash"]
    );
    // The edited rule no longer matches its own examples: analyze says so, by rule id.
    assert!(
        changed
            .stderr
            .contains("rubric rule GR-JA-THANKS does not match its own example"),
        "{}",
        changed.stderr
    );
    assert!(!from_file.stderr.contains("warning: rubric rule"));
    let thanks = |r: &crate::support::Run| {
        crate::support::strs(&r.frame("evidence.parquet"), "rule_id")
            .iter()
            .filter(|id| *id == "GR-JA-THANKS")
            .count()
    };
    assert!(thanks(&from_file) > 0);
    assert_eq!(thanks(&changed), 0, "the edited rule no longer fires");
    let closing = |r: &crate::support::Run| {
        crate::support::strs(&r.frame("conversations.parquet"), "closing_gratitude")
            .iter()
            .filter(|v| *v == "true")
            .count()
    };
    assert!(
        closing(&changed) < closing(&from_file),
        "fewer closings thank the customer ({} vs {})",
        closing(&changed),
        closing(&from_file)
    );

    // The [lexicon] is the user's too: without 本日中 among the deadlines, no promise is
    // made of 「本日中にご連絡いたします」; with "SCIM" among the everyday terms, it is no
    // longer jargon.
    let lexicon_tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        lexicon_tmp.path().join("c.jsonl"),
        [
            r#"{"conversation_id": "p", "message_id": "1", "timestamp": "2026-03-02T10:00:00+09:00", "role": "customer", "author_id": "c", "text": "同期が止まっています。"}"#,
            r#"{"conversation_id": "p", "message_id": "2", "timestamp": "2026-03-02T10:01:00+09:00", "role": "agent", "author_id": "a", "text": "SCIMの状態を確認します。本日中にご連絡いたします。"}"#,
        ]
        .join("\n"),
    )
    .unwrap();
    let rules =
        |r: &crate::support::Run| crate::support::strs(&r.frame("evidence.parquet"), "rule_id");
    let before = analyze(
        &[lexicon_tmp.path()],
        &["--no-report", "--rubric", rubric.to_str().unwrap()],
    );
    assert!(
        rules(&before).iter().any(|r| r == "PM-OPEN"),
        "{:?}",
        rules(&before)
    );
    assert!(
        rules(&before).iter().any(|r| r == "JG-UNEXPLAINED"),
        "{:?}",
        rules(&before)
    );
    let edited = text.replace("(?P<today>本日中|", "(?P<today>").replace(
        "jargon_common = [\"OK\", ",
        "jargon_common = [\"SCIM\", \"OK\", ",
    );
    assert_ne!(edited, text);
    std::fs::write(&rubric, &edited).unwrap();
    let after = analyze(
        &[lexicon_tmp.path()],
        &["--no-report", "--rubric", rubric.to_str().unwrap()],
    );
    assert!(
        !rules(&after).iter().any(|r| r.starts_with("PM-")),
        "{:?}",
        rules(&after)
    );
    assert!(
        !rules(&after).iter().any(|r| r == "JG-UNEXPLAINED"),
        "{:?}",
        rules(&after)
    );
}

/// A result in the customer's own words after a step counts as a success report by the
/// conversation's shape; bad news in the same shape does not, nor does a short reply that
/// affirms nothing; a failure only supposed ("if it happens again") or a closing "nope"
/// is no failure.
/// English restatements as live-chat agents write them (issue #23), and what is not one
/// (a cold review's counter-examples): each agent line after the same customer message.
#[test]
fn english_restatements_as_live_chat_agents_write_them() {
    let customer = (
        "customer",
        0,
        "I can't buy a book, the page freezes at the payment and my account is charged.",
    );
    let counts = |agent: &str| {
        let (s, e) = score(&[customer, ("agent", 60, agent)]);
        (s.backtracking_count, e)
    };
    for agent in [
        "The page freezes when the payment is about to be completed?",
        "If I understand correctly you would like to try it later.",
        "Do you mean the payment page of the store?",
        "I'm sorry to hear the page freezes at the payment.",
        "I'm sorry you have issues doing a purchase.",
        "Thank you for waiting :) Do you wish to buy the book again?",
        "Just to confirm, the charge shows on your account but the book or the receipt never arrived?",
    ] {
        let (n, e) = counts(agent);
        assert_eq!(n, 1, "{agent}: {e:?}");
    }
    for agent in [
        "You're most welcome Is there anything else I can help with?",
        "I'm not sure if I understand your question, could you rephrase it?",
        "Sorry, what do you mean by that?",
        "I see what you mean, that must be frustrating.",
        "As I understand it, the payment takes 5 business days.",
        "I'm sorry to hear that, let me look into your account right away.",
        "I'm sorry you've had to write again about the payment.",
        "Your account email please?",
        "It is working now?",
        "You usually buy books on the computer or on the app?",
        "Just to make sure, is there anything else I can help you with today?",
        "I understand your frustration.",
        "Would you like to know how to buy the book?",
    ] {
        let (n, e) = counts(agent);
        assert_eq!(n, 0, "{agent}: {e:?}");
    }
}

#[test]
fn success_by_shape_and_what_is_not_one() {
    let step = "Could you press the button on the side for 5 seconds?";
    let did = |reply: &str, answer: &str| {
        let (s, _) = score(&[
            ("customer", 0, "My plug won't pair with the app."),
            ("agent", 60, step),
            ("customer", 120, reply),
            ("agent", 180, answer),
        ]);
        s.outcomes.customer_did_it
    };
    assert!(did(
        "oh there it is, the light is solid green",
        "Perfect, that's it!"
    ));
    assert!(did("picture's back", "Glad that sorted it!"));
    assert!(!did(
        "did it, it's even worse now",
        "Sorry about that, let me check."
    ));
    assert!(!did(
        "did it, an error came up",
        "Sorry about that, let me check."
    ));
    assert!(!did(
        "oh there it is, the light is solid green",
        "OK, let me check."
    ));
    assert!(!did("ok I'll try it tonight", "Sure, have a nice day!"));
    // Praise of what the customer did marks a result in words no rule knows; praise that
    // looks ahead or asks does not.
    assert!(did("I did same. now it say Connected", "You did it!"));
    assert!(!did(
        "ok",
        "You're almost there! Let me know once it syncs."
    ));
    assert!(!did("ok", "One last time and it should be there."));
    assert!(!did(
        "ok done",
        "Hmm, are you sure you followed the steps correctly?"
    ));
    // A success the customer takes back in the same breath is none.
    let (s, _) = score(&[
        ("customer", 0, "My printer leaves streaks."),
        (
            "agent",
            60,
            "Could you run the head cleaning from the printer menu?",
        ),
        (
            "customer",
            120,
            "Done. Printed a test page, looks clean now.",
        ),
        (
            "agent",
            180,
            "Nice work, that's exactly what we wanted to see.",
        ),
        ("customer", 240, "Hm. The third page has the streaks again."),
        (
            "agent",
            300,
            "Thanks for checking. I'm arranging a replacement.",
        ),
    ]);
    assert!(!s.outcomes.customer_did_it, "{:?}", s.outcomes);
    // Something good back again is no failure.
    assert!(did(
        "it works now, we have internet again",
        "Glad that sorted it!"
    ));
    // The customer's own restart, done again, is no failure.
    assert!(did(
        "I restarted again and now it works!",
        "Perfect, that's it!"
    ));
    // A step, a wait and then the result: the steps were the turn before.
    let (s, _) = score(&[
        ("customer", 0, "My plug won't pair with the app."),
        ("agent", 60, step),
        ("customer", 120, "done, it is updating now 30%"),
        ("agent", 180, "Almost there, please wait until it finishes."),
        ("customer", 240, "it paired, the light is solid green"),
        ("agent", 300, "Glad that sorted it!"),
    ]);
    assert!(s.outcomes.customer_did_it, "{:?}", s.outcomes);
    // The step failed and the company worked on it meanwhile: the result is not the
    // customer's.
    let (s, _) = score(&[
        ("customer", 0, "ネットにつながりません。"),
        (
            "agent",
            60,
            "ルーターの電源を抜いて、10秒後に差し直していただけますか?",
        ),
        (
            "customer",
            120,
            "再起動しましたが、ランプはまだ赤く点滅しています",
        ),
        (
            "agent",
            180,
            "承知しました。こちらで回線をリセットしておりますので、少々お待ちください。",
        ),
        ("customer", 240, "あ、ランプが緑になりました"),
        ("agent", 300, "よかったです!"),
    ]);
    assert!(!s.outcomes.customer_did_it, "{:?}", s.outcomes);
    // A setting switched on is a result only when the conversation shows it worked: the
    // agent affirms it (「完璧です」), not when the check is left for later.
    let switched = |answer: &str, last: &str| {
        let (s, _) = score(&[
            ("customer", 0, "通知が届きません。"),
            (
                "agent",
                60,
                "次の2つを行ってください。1設定から通知をオンにする 2アプリを再起動する",
            ),
            ("customer", 120, "通知をオンにしました。"),
            ("agent", 180, answer),
            ("customer", 240, last),
        ]);
        s.outcomes.customer_did_it
    };
    assert!(switched(
        "ありがとうございます、完璧です。",
        "ありがとうございました!"
    ));
    assert!(!switched(
        "そちらが原因の可能性が高いです。次にお知らせが届いた際、通知が来るかご確認いただけますでしょうか。",
        "わかりました。次のお知らせが来たら見てみます。"
    ));
    // The agent asking whether the customer restored a backup is no fix of the company's.
    let (s, _) = score(&[
        ("customer", 0, "アプリのデータが消えました。"),
        ("agent", 60, "バックアップから復元しましたか?"),
        ("customer", 120, "まだです"),
        (
            "agent",
            180,
            "設定の「バックアップ」から「復元」を押してみていただけますか。",
        ),
        ("customer", 240, "押しました!データが戻りました!"),
        ("agent", 300, "無事戻って良かったです!"),
    ]);
    assert!(s.outcomes.customer_did_it, "{:?}", s.outcomes);
    // A supposed failure after a success undoes nothing.
    let (s, _) = score(&[
        ("customer", 0, "My plug won't pair with the app."),
        ("agent", 60, step),
        ("customer", 120, "that fixed it, thanks!"),
        ("agent", 180, "Great!"),
        ("customer", 240, "I'll let you know if it happens again."),
    ]);
    assert!(s.outcomes.customer_did_it, "{:?}", s.outcomes);
    // "Nope, that's it" answers "anything else?": no failure, no escalation risk.
    let (s, e) = score(&[
        ("customer", 0, "How do I change my username?"),
        (
            "agent",
            60,
            "Click your avatar, then Account settings, and type the new one.",
        ),
        ("customer", 120, "done, thanks"),
        ("agent", 180, "Anything else I can help with?"),
        ("customer", 240, "nope that's it"),
    ]);
    assert!(!s.outcomes.escalation_risk, "{:?}", s.outcomes);
    assert!(!e.iter().any(|x| x.rule_id == "CS-FAILURE"));
}
