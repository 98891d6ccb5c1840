//! A synthetic corpus generator for benchmarks (`otai gen`): realistic Japanese and
//! English chat and e-mail conversations in the canonical JSONL, with the roles, timings
//! and phrase mix of sample_data (openings, restatements, start notices, vague and
//! concrete updates, hedged outlooks, over-promises, promises, thanks, chases). The same
//! seed always gives the same bytes. Written for otai; no I/O beyond the writer given.

use std::io::Write;

/// A small deterministic PRNG (SplitMix64): reproducible across platforms and versions.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const AGENTS: &[(&str, &str)] = &[
    ("agt-sato", "佐藤 美咲"),
    ("agt-suzuki", "鈴木 健太"),
    ("agt-tanaka", "田中 陽子"),
    ("agt-takahashi", "高橋 誠"),
    ("agt-ito", "伊藤 さくら"),
    ("agt-watanabe", "渡辺 翔"),
    ("agt-kondo", "近藤 遥"),
    ("agt-mori", "森 一樹"),
];
const PRODUCTS: &[&str] = &[
    "TimeNote",
    "KakeiBox",
    "ShiftBoard",
    "MeetLink",
    "ReserveBox",
];
const JA_PROBLEMS: &[&str] = &[
    "にログインできません。パスワードを入れてもログイン画面に戻ってしまいます。",
    "で請求が二重になっています。今月の明細に同じ金額が2回あります。",
    "のデータ連携が昨日から止まっています。設定を見直しても変わりません。",
    "で帳票の印刷レイアウトが崩れます。表の右側が切れてしまいます。",
    "のスマホアプリで通知が届かなくなりました。",
    "からCSVを出力したいのですが、やり方がわかりません。",
];
const JA_EMOTION: &[&str] = &[
    "",
    "",
    "何度やってもだめです。",
    "急いでいます。",
    "困っています。",
    "いい加減にしてください。",
];
const EN_PROBLEMS: &[&str] = &[
    "I can't log in, the page keeps sending me back to the login screen.",
    "I was charged twice for my subscription this month.",
    "The export to CSV fails with an error every time.",
    "Notifications stopped arriving on my phone.",
];

struct Writer<'a, W: Write> {
    out: &'a mut W,
    cid: String,
    channel: &'static str,
    t: i64,
    n: usize,
}

impl<W: Write> Writer<'_, W> {
    fn say(
        &mut self,
        gap_s: i64,
        role: &str,
        who: (&str, &str),
        text: &str,
        internal: bool,
    ) -> std::io::Result<()> {
        self.t += gap_s;
        self.n += 1;
        let ts = chrono::DateTime::from_timestamp(self.t, 0)
            .unwrap_or_default()
            .with_timezone(&chrono_tz::Asia::Tokyo);
        let mut rec = serde_json::json!({
            "conversation_id": self.cid,
            "message_id": format!("{}-m{:02}", self.cid, self.n),
            "timestamp": ts.to_rfc3339(),
            "role": role,
            "author_id": who.0,
            "author_name": who.1,
            "channel": self.channel,
            "text": text,
        });
        if internal {
            rec["internal"] = serde_json::Value::Bool(true);
        }
        serde_json::to_writer(&mut *self.out, &rec)?;
        self.out.write_all(b"\n")
    }
}

/// The day (from the start) of conversation `i` of `n`: a week's spread, plus one week per
/// 2,000 conversations, wrapping after 36 weeks.
fn day_of(i: u64, n: u64) -> i64 {
    (i * 7 / n.max(1)) as i64 + (i as i64 / 2000 % 36) * 7
}

/// Writes `conversations` conversations; returns the number of messages written.
pub fn generate<W: Write>(out: &mut W, conversations: u64, seed: u64) -> std::io::Result<u64> {
    let mut rng = Rng::new(seed);
    let mut messages = 0u64;
    // 2026-03-02 09:00 JST; conversations spread over the following weeks, at most 36 of
    // them (a large corpus wraps round), so every time stays inside the plausible window
    // (before the day this was written, 2026-12-02) and no generated message is a reject.
    let start = 1_772_409_600i64;
    for i in 0..conversations {
        let english = rng.chance(15);
        let email = rng.chance(25);
        let agent = *rng.pick(AGENTS);
        let customer_id = format!("cus-{:06}", rng.below(1_000_000));
        let customer = (
            customer_id.as_str(),
            if english { "Customer" } else { "お客様" },
        );
        let product = *rng.pick(PRODUCTS);
        let day = day_of(i, conversations);
        let mut w = Writer {
            out,
            cid: format!("gen-{i:07}"),
            channel: if email { "email" } else { "chat" },
            t: start + day * 86400 + rng.below(8 * 3600) as i64,
            n: 0,
        };
        let gap = |rng: &mut Rng| {
            if email {
                3600 + rng.below(20 * 3600) as i64
            } else {
                20 + rng.below(240) as i64
            }
        };
        if english {
            let problem = *rng.pick(EN_PROBLEMS);
            w.say(
                0,
                "customer",
                customer,
                &format!("Hi, {product}: {problem}"),
                false,
            )?;
            let g = gap(&mut rng);
            w.say(
                g,
                "agent",
                agent,
                &format!(
                    "Thanks for reaching out. Just to confirm, {}",
                    problem.to_lowercase()
                ),
                false,
            )?;
            if rng.chance(50) {
                let g = gap(&mut rng);
                w.say(g, "agent", agent, "Let me check that for you.", false)?;
                if rng.chance(40) {
                    w.say(600, "customer", customer, "Any news?", false)?;
                }
                let g = gap(&mut rng);
                w.say(
                    g,
                    "agent",
                    agent,
                    if rng.chance(50) {
                        "Update: I found the cause in the logs and I'm now preparing a fix."
                    } else {
                        "Still looking into it."
                    },
                    false,
                )?;
            }
            let g = gap(&mut rng);
            let outlook = if rng.chance(20) {
                "It will definitely work now."
            } else {
                "Refunds and fixes usually take 1 to 2 business days, though I can't promise the exact time."
            };
            w.say(
                g,
                "agent",
                agent,
                &format!("Could you try signing out and back in? {outlook}"),
                false,
            )?;
            let g = gap(&mut rng);
            w.say(
                g,
                "customer",
                customer,
                if rng.chance(60) {
                    "That fixed it, thanks!"
                } else {
                    "OK."
                },
                false,
            )?;
            if rng.chance(70) {
                w.say(
                    30,
                    "agent",
                    agent,
                    "Thank you for your patience today!",
                    false,
                )?;
            }
        } else {
            let problem = *rng.pick(JA_PROBLEMS);
            let emotion = *rng.pick(JA_EMOTION);
            if !email && rng.chance(30) {
                w.say(
                    0,
                    "bot",
                    ("bot-support", "サポートBot"),
                    "お問い合わせありがとうございます。担当者におつなぎします。",
                    false,
                )?;
            }
            w.say(
                5,
                "customer",
                customer,
                &format!("{product}{problem}{emotion}"),
                false,
            )?;
            let g = gap(&mut rng);
            let restate = if rng.chance(60) {
                format!(
                    "{product}{}状況なのですね。",
                    problem
                        .trim_end_matches('。')
                        .replace("ません", "ない")
                        .replace("ます", "る")
                )
            } else {
                "承知しました。".to_string()
            };
            w.say(
                g,
                "agent",
                agent,
                &format!(
                    "お問い合わせありがとうございます。担当の{}です。{restate}",
                    agent.1.split(' ').next().unwrap_or("")
                ),
                false,
            )?;
            if rng.chance(55) {
                let g = gap(&mut rng);
                w.say(
                    g,
                    "agent",
                    agent,
                    "確認いたしますので、少々お待ちください。",
                    false,
                )?;
                if rng.chance(35) {
                    let g = gap(&mut rng);
                    w.say(g, "customer", customer, "まだですか？", false)?;
                }
                if rng.chance(20) {
                    w.say(60, "agent", agent, "サーバーログを確認中。", true)?;
                }
                let g = gap(&mut rng);
                let update = if rng.chance(50) {
                    "途中経過をご報告いたします。ログを確認したところ、設定の同期が止まっていることが分かりました。これから復旧手順を確認し、本日15時までにご連絡いたします。"
                } else {
                    "引き続き確認しております。"
                };
                w.say(g, "agent", agent, update, false)?;
            }
            let g = gap(&mut rng);
            let outlook = match rng.below(10) {
                0 | 1 => "必ず本日中に直りますのでご安心ください。",
                2..=6 => "反映までは通常5分ほどですが、環境によっては前後する可能性がございます。",
                _ => "",
            };
            w.say(
                g,
                "agent",
                agent,
                &format!(
                    "お手数ですが、設定画面の「同期」から再接続してみていただけますか。{outlook}"
                ),
                false,
            )?;
            let g = gap(&mut rng);
            let reply = match rng.below(10) {
                0..=4 => "言われた通りにやったら直りました！助かりました。",
                5 | 6 => "できました。",
                7 => "できませんでした。",
                _ => "わかりました。",
            };
            w.say(g, "customer", customer, reply, false)?;
            if rng.chance(70) {
                w.say(
                    40,
                    "agent",
                    agent,
                    "お忙しいところご協力いただき、ありがとうございました。",
                    false,
                )?;
            }
        }
        messages += w.n as u64;
    }
    Ok(messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_day_stays_inside_the_plausible_window() {
        // 2026-03-02 + 36 weeks + a week and its conversations' hours: before 2026-11-23.
        for n in [1, 10, 160_000, 1_600_000, 10_000_000] {
            for i in [0, n / 2, n - 1] {
                assert!(day_of(i, n) < 36 * 7 + 7, "{i} of {n}");
            }
        }
    }

    #[test]
    fn same_seed_same_bytes() {
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        let n = generate(&mut a, 50, 7).unwrap();
        generate(&mut b, 50, 7).unwrap();
        generate(&mut c, 50, 8).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.iter().filter(|&&x| x == b'\n').count() as u64, n);
        assert!(n > 50 * 4);
    }
}
