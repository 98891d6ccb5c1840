//! Progress transparency.
//!
//! **What it classifies.** Interim status updates: public agent messages sent while
//! work on the problem is under way, before the result. A start-of-work notice
//! (「お調べいたしますので少々お待ちください」, "Let me check") is not an update; the message
//! that delivers the outcome is not one either. An update is *concrete* when it says what
//! was checked or found, or the next step with its timing; *vague* otherwise
//! (「確認しております」, "Still checking"). Per conversation: `concrete` (all concrete),
//! `vague` (all vague), `mixed`, `none` (the customer had to chase, or waited for an agent
//! who never answered, and no update came) or `n/a` (no wait called for one).
//!
//! **Why.** [A] 対応策と進捗状況の透明性: 単に「調査中です」と伝えるだけでなく、「現在〇〇の
//! 切り分けを行っており、▲▲については正常でした。明日午前中には次のステップ△△に進む見込みです」
//! のように、具体的な進捗と次のアクションを示すことで、お客様は放置されていないと感じ…
//!
//! **Example.** 「確認いたしますので少々お待ちください」 (start) → customer 「まだですか?」 →
//! 「現在確認しております」 (vague update) → 「確認したところ二重に処理されておりました…」
//! (result): `vague`.

use super::prep::Prepared;
use super::{Found, excerpt};
use crate::score::rubric::Rubric;

/// How one public agent message stands in the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Work continues (pending) and the message reports findings or is an update.
    Concrete,
    /// Work continues, nothing reported.
    Pending,
    /// Anything else: answers, results, questions, small talk.
    Other,
}

/// How a message stands in the work, the evidence, and whether it announces itself as an
/// update (「途中経過をお伝えいたします」, "Quick update").
fn classify<'r>(m: &Prepared<'_>, rubric: &'r Rubric) -> (Kind, Option<(&'r str, String)>, bool) {
    let mut pending = None;
    let mut header = None;
    let mut finding = None;
    for s in &m.sentences {
        if pending.is_none()
            && let Some((r, span)) = rubric.find("progress", "pending", m.lang, s)
        {
            pending = Some((r.id.as_str(), excerpt(s.text, span)));
        }
        if header.is_none()
            && let Some((r, span)) = rubric.find("progress", "header", m.lang, s)
        {
            header = Some((r.id.as_str(), excerpt(s.text, span)));
        }
        // A restatement of the customer's details (「12月分が2回引き落とされている、という
        // ことですね」) carries the customer's numbers and facts, not what the work found.
        // A bare number is the weakest finding: a sentence that says what was found
        // (「確認したところ…でした」) is the evidence when there is one.
        if finding.as_ref().is_none_or(|(_, _, bare)| *bare)
            && !rubric.matches("progress", "restating", m.lang, s)
            && let Some((r, span)) = rubric.find("progress", "finding", m.lang, s)
        {
            let bare = s.text[span.clone()].bytes().all(|b| b.is_ascii_digit());
            if finding.is_none() || !bare {
                finding = Some((r.id.as_str(), excerpt(s.text, span), bare));
            }
        }
    }
    let announced = header.is_some();
    let finding = finding.map(|(rule, ex, _)| (rule, ex));
    // Concrete updates are shown by what they found; vague ones by their empty phrase.
    let (kind, hit) = match (header, pending, finding) {
        (Some(_), _, Some(f)) | (None, Some(_), Some(f)) => (Kind::Concrete, Some(f)),
        (Some(h), _, None) => (Kind::Pending, Some(h)),
        (None, Some(p), None) => (Kind::Pending, Some(p)),
        (None, None, _) => (Kind::Other, None),
    };
    (kind, hit, announced)
}

/// True when the agent message asks the customer something (work waits for the answer).
fn asks_customer(m: &Prepared<'_>) -> bool {
    m.sentences.iter().any(|s| {
        let t = s.text.trim_end_matches(['。', '.', '!', ' ']);
        // 「お待ちいただけますでしょうか」 asks for patience, not for information.
        let asks_to_wait =
            t.contains("お待ち") || t.contains("お時間") || t.to_lowercase().contains("bear with");
        const ASKING: [&str; 6] = [
            "いただけますか",
            "いただけますでしょうか",
            "でしょうか",
            "くださいますか",
            "教えてください",
            "お知らせください",
        ];
        !asks_to_wait && (t.ends_with('?') || ASKING.iter().any(|e| t.ends_with(e)))
    })
}

fn is_chase(m: &Prepared<'_>, rubric: &Rubric) -> bool {
    m.is_customer() && m.says(rubric, "progress", "chase")
}

/// The conversation's progress label and the evidence for each update.
pub fn classify_conversation<'r>(
    msgs: &[Prepared<'_>],
    rubric: &'r Rubric,
) -> (&'static str, Vec<Found<'r>>) {
    let mut evidence = Vec::new();
    let (mut concrete, mut vague) = (0, 0);
    let mut in_work = false; // a start notice was given and no result yet
    let mut chased = false; // the customer asked for news during the current wait
    let mut chased_without_update = false;
    let mut any_agent = false;
    let wait_ms = rubric.thresholds.progress_wait_s * 1000;
    let mut last_customer_ms: Option<i64> = None;
    for m in msgs {
        if m.msg.internal {
            continue;
        }
        if m.is_customer() {
            // 「まだ来ません」 chases what an agent arranged; before any agent has answered
            // it is the problem itself (a parcel that has not come).
            let overdue = any_agent && m.says(rubric, "progress", "overdue");
            if is_chase(m, rubric) || overdue {
                chased = true;
            }
            last_customer_ms = Some(m.ts());
            continue;
        }
        if !m.is_public_agent() {
            continue;
        }
        let first_reply = !any_agent;
        any_agent = true;
        let (kind, hit, announced) = classify(m, rubric);
        // The customer has been waiting: the agent comes back after the waiting period
        // (`progress_wait_s`) since the customer last wrote. The first reply is a
        // response however long it took (a mail answered after two days), not an update.
        let waited = !first_reply && last_customer_ms.is_some_and(|t| m.ts() - t >= wait_ms);
        let handoff = kind != Kind::Other && m.says(rubric, "progress", "handoff");
        match kind {
            // A live transfer (「請求担当におつなぎいたします。2〜3分ほどお待ちください」):
            // the colleague who takes over starts the work.
            _ if handoff => {
                in_work = false;
            }
            // Details given with the first notice of work, or with a question that the
            // work now waits on, are not an interim update: nobody has waited yet (a live
            // consultation's 「〜でお調べいたします。お食事はいかがなさいますか?」).
            Kind::Concrete if asks_customer(m) => {
                in_work = false;
                chased = false;
            }
            Kind::Concrete if !in_work && !chased && !announced && !waited => {
                in_work = true;
            }
            Kind::Concrete => {
                concrete += 1;
                in_work = true;
                chased = false;
                if let Some((rule, ex)) = hit {
                    evidence.push(Found::new(m, "progress", "good", rule, ex, None));
                }
            }
            Kind::Pending if asks_customer(m) => {
                // An information request: work waits for the customer, no update.
                in_work = false;
                chased = false;
            }
            Kind::Pending if !in_work && !chased => {
                // Start-of-work notice.
                in_work = true;
            }
            Kind::Pending => {
                vague += 1;
                in_work = true;
                chased = false;
                if let Some((rule, ex)) = hit {
                    evidence.push(Found::new(m, "progress", "bad", rule, ex, None));
                }
            }
            Kind::Other => {
                if chased {
                    chased_without_update = true;
                }
                in_work = false;
                chased = false;
            }
        }
    }
    // A customer who chased and never got a public answer also waited without an update.
    if chased && (in_work || !any_agent) {
        chased_without_update = true;
    }
    let label = match (concrete, vague) {
        (0, 0) if chased_without_update => "none",
        (0, 0) => "n/a",
        (_, 0) => "concrete",
        (0, _) => "vague",
        _ => "mixed",
    };
    (label, evidence)
}
