//! The results layer: the one owner of the result tables' vocabulary.
//!
//! - [`col`]: every column name of the conversations, evidence and agents tables, as
//!   constants (the message table's are in [`crate::schema`]);
//! - [`BEHAVIOURS`]: one descriptor per scored behaviour (its columns, labels in Japanese
//!   and English, the score it reads, the source articles' advice);
//! - [`stats`]: the one median, percentile and mean everything uses;
//! - [`weeks`]: ISO weeks ("2026-W10") as the reports and the agents table use them.
//!
//! `frame` and `agents` write the tables with these names, `report` reads them back with
//! the same names, so a misspelt column is a compile error, not an empty report cell.
//! Adding a behaviour: its detector in `score/`, a descriptor here, a line in README.

pub mod col;
pub mod stats;
pub mod weeks;

use crate::score::ConversationScore;

/// One scored behaviour: everything the tables and reports need to know about it.
#[derive(Debug, Clone, Copy)]
pub struct Behaviour {
    /// Short key (`latency`), used in chart file names and review-queue reasons.
    pub key: &'static str,
    /// The conversations-table column of its 0–100 score.
    pub score_column: &'static str,
    /// The agents-table column of its mean over the agent's primary conversations.
    pub agent_column: &'static str,
    pub label_ja: &'static str,
    pub label_en: &'static str,
    /// The evidence `behaviour` whose advice applies (see [`advice`]).
    pub topic: &'static str,
    /// The score of one conversation (None: the behaviour did not apply).
    pub score: fn(&ConversationScore) -> Option<f64>,
}

/// The scored behaviours, in report order.
pub const BEHAVIOURS: [Behaviour; 6] = [
    Behaviour {
        key: "latency",
        score_column: col::LATENCY_SCORE,
        agent_column: col::MEAN_LATENCY_SCORE,
        label_ja: "応答速度",
        label_en: "Response time",
        topic: "latency",
        score: |s| s.latency_score,
    },
    Behaviour {
        key: "backtracking",
        score_column: col::BACKTRACKING_SCORE,
        agent_column: col::MEAN_BACKTRACKING_SCORE,
        label_ja: "バックトラッキング",
        label_en: "Backtracking",
        topic: "backtracking",
        score: |s| s.backtracking_score,
    },
    Behaviour {
        key: "transparency",
        score_column: col::TRANSPARENCY_SCORE,
        agent_column: col::MEAN_TRANSPARENCY_SCORE,
        label_ja: "進捗の透明性",
        label_en: "Progress transparency",
        topic: "progress",
        score: |s| s.transparency_score,
    },
    Behaviour {
        key: "expectation",
        score_column: col::EXPECTATION_SCORE,
        agent_column: col::MEAN_EXPECTATION_SCORE,
        label_ja: "期待値の調整",
        label_en: "Expectation-setting",
        topic: "overpromise",
        score: |s| s.expectation_score,
    },
    Behaviour {
        key: "gratitude",
        score_column: col::GRATITUDE_SCORE,
        agent_column: col::MEAN_GRATITUDE_SCORE,
        label_ja: "締めの感謝",
        label_en: "Closing gratitude",
        topic: "gratitude",
        score: |s| s.gratitude_score,
    },
    Behaviour {
        key: "self_efficacy",
        score_column: col::SELF_EFFICACY_SCORE,
        agent_column: col::MEAN_SELF_EFFICACY_SCORE,
        label_ja: "自己効力感の支援",
        label_en: "Self-efficacy support",
        topic: "step_guidance",
        score: |s| s.support.score,
    },
];

/// The figures a report shows per behaviour: each behaviour's score, then the overall.
pub const N_FIGURES: usize = BEHAVIOURS.len() + 1;

/// The self-efficacy score's place among the figures ([`with_overall`]).
pub const SELF_EFFICACY_K: usize = 5;

/// The overall score's place among the figures ([`with_overall`]).
pub const OVERALL_K: usize = BEHAVIOURS.len();

/// The overall score: the weighted mean of the behaviours that applied.
pub const OVERALL: Behaviour = Behaviour {
    key: "overall",
    score_column: col::OVERALL_SCORE,
    agent_column: col::MEAN_OVERALL_SCORE,
    label_ja: "総合",
    label_en: "Overall",
    topic: "",
    score: |s| s.overall_score,
};

/// The behaviours, then the overall score.
pub fn with_overall() -> [Behaviour; N_FIGURES] {
    std::array::from_fn(|k| BEHAVIOURS.get(k).copied().unwrap_or(OVERALL))
}

/// What the source articles recommend, per evidence behaviour (coaching topic).
pub fn advice(topic: &str) -> &'static str {
    match topic {
        "overpromise" | "expectation" => {
            "無理な約束をせず、現実的な見通しを正直に伝える。不確実な点は確定ではないと明示する(例:「現時点では確定ではございませんが、〜の見込みです」)。[A 期待値の適切な管理]"
        }
        "promise" => {
            "約束した時刻までに、結果が出ていなくても途中経過を連絡する。守れない約束はしない。[A 期待値の適切な管理]"
        }
        "progress" => {
            "「調査中です」だけでなく、何を確認し何が分かったか、次の一手とその時期を具体的に伝える(例:「〇〇の切り分けを行い、▲▲は正常でした。明日午前中に△△に進む見込みです」)。[A 対応策と進捗状況の透明性]"
        }
        "jargon" => {
            "専門用語を避け、使うときは簡単な補足説明を添える。[A 専門用語を避け、分かりやすく説明]"
        }
        "backtracking" => {
            "お客様の言葉を要約して返し、理解を確認する(例:「つまり、〇〇という状況でよろしいでしょうか」)。[A リモートでの「傾聴」の実践]"
        }
        "gratitude" => {
            "解決後に、お客様の時間・忍耐・協力への感謝を伝える(例:「長時間にわたりお付き合いいただき、誠にありがとうございました」)。[A お客様への感謝の表明]"
        }
        "emotional_care" | "empathy" => {
            "お客様の不安や焦りを受け止め、共感・お詫び・安心の言葉を挟む。成功したら安堵を共有する(例:「ご不安ですよね」「ゆっくりで構いません」「無事解決できて良かったです!」)。[A お客様の感情と期待の把握 / B 生理的・情動的状態]"
        }
        "vicarious" => {
            "同じ状況のお客様がこの手順で解決したこと、または操作の実演(画面共有・録画)を示し、「自分にもできる」と感じてもらう。[B 代理経験]"
        }
        "encouragement" => {
            "お客様ができたこと・理解したことを具体的に認め、次の一歩を励ます(例:「正しく設定できていますね」「あと一息です」)。[B 言語的説得]"
        }
        "latency" => {
            "問い合わせを受け付けたことを素早く伝える(迅速かつ丁寧な一次応答)。[A 信頼を築く初期応対の技術]"
        }
        "step_guidance" | "self_efficacy" => {
            "解決の手順を小さく区切り、お客様自身に一つずつ操作してもらい結果を確かめる(「このボタンを押せますか」)。代わりに操作してしまわない。[B 達成経験]"
        }
        "customer_state" | "outcome" => {
            "お客様の不安や不満の言葉を受け止め、共感と具体的な見通しで安心に変える。[A ピンチをチャンスに]"
        }
        _ => "",
    }
}

/// A person's name for an evidence behaviour.
pub fn evidence_label(behaviour: &str) -> &str {
    match behaviour {
        "backtracking" => "バックトラッキング",
        "progress" => "進捗報告",
        "expectation" => "期待値の調整",
        "overpromise" => "過剰な約束",
        "promise" => "約束の時刻",
        "gratitude" => "締めの感謝",
        "self_efficacy" => "自己効力感の支援",
        "step_guidance" => "手順の案内(達成経験)",
        "vicarious" => "他の成功例・実演(代理経験)",
        "encouragement" => "励まし(言語的説得)",
        "emotional_care" => "気持ちへの配慮",
        "empathy" => "共感",
        "jargon" => "専門用語",
        "latency" => "初回応答",
        "customer_state" => "お客様の状態",
        "outcome" => "結果",
        "customer_did_it" => "お客様自身による解決",
        "opening_thanks" => "冒頭の感謝",
        "turnaround" => "好転",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_places_name_their_behaviours() {
        assert_eq!(BEHAVIOURS[SELF_EFFICACY_K].key, "self_efficacy");
        assert_eq!(with_overall()[OVERALL_K].key, "overall");
        assert_eq!(with_overall().len(), N_FIGURES);
        let keys: Vec<&str> = with_overall().iter().map(|b| b.key).collect();
        let mut unique = keys.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), keys.len());
    }
}
