//! Customer outcomes: the customer's state along the conversation, and what the two
//! articles are really about.
//!
//! **What it decides.** Per customer message, signals from the rubric (`customer_state`:
//! anger, anxiety, urgency, confusion, relief, success, failure; chasing from the progress
//! rules). Per conversation:
//! - `difficult`: before the problem was resolved the customer showed frustration or anger,
//!   anxiety, urgency, or had to chase (as LABELING.md defines it: a long wait or a
//!   hand-off alone, without any such word from the customer, is not counted — the labels
//!   say so, e.g. a calm data-export request that took two days).
//! - `turnaround`: difficult, and the customer's last message — sent after the agent's
//!   answer, with only closing words from the agent after it — expresses relief or thanks.
//!   A bare success report, 「わかりました」, "OK" or silence is not a turnaround.
//! - `customer_did_it`: the customer reports that it works (「できました」「言われた通りにやったら
//!   動きました」, "that fixed it") after the agent guided them, no failure in the same
//!   message, and the agent or company did not do the real fix themselves (「こちらで解除
//!   いたしました」, "I've removed …"). A report counts by its words (rubric `success`) or
//!   by the conversation's shape: a result in the customer's words right after a step the
//!   customer performs, which the agent affirms without a new step ([`result_after_step`]);
//!   a failure reported later, or a customer who cannot tell yet, undoes it. An evidence row
//!   links the success to the last step before it (`related_message_id`, credited to that
//!   agent).
//! - `escalation_risk`: the customer's state worsens towards the end: the last customer
//!   message is angry, a chase, or a failure report, and no agent answer followed it
//!   (or the conversation started calm and ends angry).
//!
//! **Why.** [A] 困難な状況こそ「感動体験」の機会…ピンチをチャンスに; [B] 顧客自身が課題を
//! 乗り越え、「自分でできた!」という成功体験を得られるよう支援する.
//!
//! **Example.** 「朝から何度やっても…」 → agent guides → 「消してみたら入れました!助かりました。」
//! → difficult, turnaround, customer_did_it.

use super::prep::Prepared;
use super::{Found, excerpt};
use crate::score::rubric::Rubric;

const NEGATIVE: [&str; 4] = ["anger", "anxiety", "urgency", "confusion"];

/// A signal that is bad news (its evidence row is `bad`): a negative state, a chase or a
/// failure.
fn is_bad_news(kind: &str) -> bool {
    NEGATIVE.contains(&kind) || matches!(kind, "chase" | "failure")
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcomes {
    pub start_state: &'static str,
    pub end_state: &'static str,
    pub difficult: bool,
    pub turnaround: bool,
    pub turnaround_evidence: Option<String>,
    pub customer_did_it: bool,
    pub escalation_risk: bool,
}

/// One signal in a customer message: (kind, rule id, excerpt).
type Signal<'r> = (&'static str, &'r str, String);

/// A signal once its evidence row is made: (kind, rule id, the row's place).
type Noted<'r> = (&'static str, &'r str, usize);

/// Signals of one customer message.
fn signals<'r>(m: &Prepared<'_>, rubric: &'r Rubric) -> Vec<Signal<'r>> {
    let mut out = Vec::new();
    // Asked once per message (a long mail has many sentences).
    let unsure = m.says(rubric, "customer_state", "unsure");
    for kind in [
        "anger",
        "anxiety",
        "urgency",
        "confusion",
        "relief",
        "success",
        "failure",
    ] {
        for s in &m.sentences {
            // Anger or anxiety softened or about a hypothetical is a preference or mild
            // disappointment, not a signal.
            if matches!(kind, "anger" | "anxiety")
                && rubric.matches("customer_state", "mild", m.lang, s)
            {
                continue;
            }
            // "I'll let you know if it happens again": a failure only supposed.
            if matches!(kind, "anger" | "failure")
                && rubric.matches("customer_state", "hypothetical", m.lang, s)
            {
                continue;
            }
            // "It always worked", "works through the website": not news of a fix.
            if kind == "success"
                && (unsure || rubric.matches("customer_state", "not_success", m.lang, s))
            {
                continue;
            }
            if let Some((r, span)) = rubric.find("customer_state", kind, m.lang, s) {
                out.push((kind, r.id.as_str(), excerpt(s.text, span)));
                break;
            }
        }
    }
    for s in &m.sentences {
        if let Some((r, span)) = rubric.find("progress", "chase", m.lang, s) {
            out.push(("chase", r.id.as_str(), excerpt(s.text, span)));
            break;
        }
    }
    out
}

fn state_of(kinds: &[&str]) -> &'static str {
    if kinds.contains(&"anger") || kinds.contains(&"chase") {
        "angry"
    } else if kinds.contains(&"anxiety") || kinds.contains(&"urgency") {
        "anxious"
    } else if kinds.contains(&"relief") {
        "relieved"
    } else if kinds.contains(&"confusion") {
        "confused"
    } else {
        "neutral"
    }
}

/// An agent message that only closes (thanks, wishes, a short sign-off).
fn is_closing(m: &Prepared<'_>, rubric: &Rubric) -> bool {
    let text_len: usize = m.sentences.iter().map(|s| s.text.chars().count()).sum();
    // Thanks for the contact ("Thank you for contacting X") closes too, though it is no
    // closing gratitude.
    m.says(rubric, "gratitude", "thanks")
        || m.says(rubric, "gratitude", "opening")
        || text_len <= 40
}

/// The last public agent message of the turn before customer message `i` (none when the
/// customer wrote twice in a row).
fn agent_turn_before<'m, 'a>(msgs: &'m [Prepared<'a>], i: usize) -> Option<&'m Prepared<'a>> {
    msgs[..i]
        .iter()
        .rev()
        .take_while(|p| !p.is_customer())
        .find(|p| p.is_public_agent())
}

/// The agent's turn the customer's message at `i` answers: the public agent messages
/// before the customer's own turn (their messages in a row: 「社長に頼んでみます」 then
/// 「社長が設定してくれて、押せるようになりました」 answer the same steps), back to the
/// customer's message before that.
/// Places in `msgs`, latest first.
fn agent_turn_answered(msgs: &[Prepared<'_>], i: usize) -> Vec<usize> {
    let mut start = i;
    while start > 0 && msgs[start - 1].is_customer() {
        start -= 1;
    }
    (0..start)
        .rev()
        .take_while(|&j| !msgs[j].is_customer())
        .filter(|&j| msgs[j].is_public_agent())
        .collect()
}

/// A plain yes ("Yes many thanks", 「はい」) to the agent's question whether the step
/// worked ("Is the book opening correctly?", rubric `check`), as the customer's first
/// reply to it: a success report.
fn yes_to_check<'r>(
    msgs: &[Prepared<'_>],
    i: usize,
    sig: &[Signal<'r>],
    rubric: &'r Rubric,
) -> Option<Signal<'r>> {
    if sig
        .iter()
        .any(|(k, _, _)| matches!(*k, "success" | "failure"))
    {
        return None;
    }
    let m = &msgs[i];
    let first = m.sentences.first()?;
    let (rule, span) = rubric.find("customer_state", "yes", m.lang, first)?;
    let asked = agent_turn_before(msgs, i)?;
    let checks = asked
        .sentences
        .last()
        .is_some_and(|s| rubric.matches("customer_state", "check", asked.lang, s));
    checks.then(|| ("success", rule.id.as_str(), excerpt(first.text, span)))
}

/// A result in the customer's own words, after a step, as a success report ("oh there it
/// is, -15%", 「取引先から開けたと連絡が来ました」, "not a single drop"): no success rule
/// knows these words, so the conversation's shape decides. The turn before it gave the
/// customer a step; the message says a result (rubric `result`), carries no negative
/// signal, asks nothing and puts nothing off (`not_result`); and the agent's next message
/// affirms it (shared relief, praise of what the customer did, thanks or a farewell)
/// without a new step. When the agent praises what the customer did (the encouragement
/// rules: "You did it!", "Great job finding it", 「正しく設定できていますね」; not in a
/// question, not encouragement that looks ahead, `ahead`: "You're almost there!"), the
/// praise says there was a result, and the customer's report needs no result word ("I
/// watch video and did same. now it say Connected", "ok I changed, now it is on time");
/// the evidence then names the praise's rule.
fn result_after_step<'r>(
    msgs: &[Prepared<'_>],
    i: usize,
    sig: &[Signal<'r>],
    rubric: &'r Rubric,
) -> Option<Signal<'r>> {
    if sig
        .iter()
        .any(|(k, _, _)| *k == "success" || is_bad_news(k))
    {
        return None;
    }
    let m = &msgs[i];
    if m.text.contains(['?', '？'])
        || m.says(rubric, "customer_state", "not_result")
        || m.says(rubric, "customer_state", "not_success")
    {
        return None;
    }
    let result = m.sentences.iter().find_map(|s| {
        rubric
            .find("customer_state", "result", m.lang, s)
            .map(|(r, span)| (r, excerpt(s.text, span)))
    });
    // The customer's next word must not take it back (「今夜様子を見てみます」, "crashed
    // again").
    let next_word = msgs[i + 1..].iter().find(|p| p.is_customer());
    if next_word.is_some_and(|n| {
        n.says(rubric, "customer_state", "unsure") || n.says(rubric, "customer_state", "failure")
    }) {
        return None;
    }
    let mut turn = agent_turn_answered(msgs, i);
    // A turn that only waits or cheers on ("順調に進んでいますね、あと一息です!そのままお
    // 待ちください" after 「いま更新中…30%」) answers a progress report: the steps are in
    // the turn before it. Not when the customer said the step failed, nor when the agent's
    // side is at work meanwhile (「こちらで回線をリセットしております」: the company's fix).
    if !turn.iter().any(|&j| step_of_the_fix(&msgs[j], rubric))
        && !turn
            .iter()
            .any(|&j| msgs[j].says(rubric, "customer_state", "agent_working"))
        && let Some(&first) = turn.last()
        && let Some(report) = (0..first).rev().find(|&j| msgs[j].is_customer())
        && !signals(&msgs[report], rubric)
            .iter()
            .any(|(k, _, _)| is_bad_news(k))
    {
        turn.extend(agent_turn_answered(msgs, report));
    }
    if turn.is_empty() {
        return None;
    }
    let turn: Vec<&Prepared<'_>> = turn.iter().map(|&j| &msgs[j]).collect();
    // The agent's answer: their next message, past the customer's own thanks in between
    // (「開いた〜〜」「ありがとうございます本当に助かりました」 before the agent writes).
    let mut answer = None;
    for p in &msgs[i + 1..] {
        if p.is_public_agent() {
            answer = Some(p);
            break;
        }
        if p.is_customer() && !p.says(rubric, "customer_state", "relief") {
            return None;
        }
    }
    let answer = answer?;
    // Praise of something done: not a question ("are you sure you followed …?"), not
    // the encouragement rules' exclusions, not encouragement that looks ahead ("You're
    // almost there!", "One last time and it should be there": no result yet).
    let praise = answer.sentences.iter().find_map(|s| {
        let done = !s.text.trim_end().ends_with(['?', '？'])
            && !rubric.matches("encouragement", "not", answer.lang, s)
            && !rubric.matches("encouragement", "ahead", answer.lang, s);
        done.then(|| rubric.find("encouragement", "form", answer.lang, s))
            .flatten()
    });
    let (rule, excerpt) = match (result, praise) {
        (Some(result), _) => result,
        (None, Some((praise, _))) => {
            let first = m.sentences.first()?;
            (praise, excerpt(first.text, 0..first.text.len()))
        }
        (None, None) => return None,
    };
    // (Not any short reply: "Sorry about that, let me check." affirms nothing.)
    let affirms = answer.says(rubric, "customer_state", "echo")
        || answer.says(rubric, "customer_state", "affirm")
        || answer.says(rubric, "encouragement", "form")
        || answer.says(rubric, "customer_state", "farewell")
        || answer.says(rubric, "gratitude", "thanks");
    // The step is one the customer performs (the step-guidance rules, stricter than
    // `guides`), not the agent's or the company's own fix.
    // (A sentence about other customers who fixed it, "Many customers … have fixed this
    // with that setting", is no fix of the company's.)
    // The turn may be split into several messages (a step, then a video to follow).
    let customer_step = turn.iter().any(|step| step_of_the_fix(step, rubric))
        && !turn.iter().any(|step| {
            step.sentences.iter().any(|s| {
                !rubric.matches("vicarious", "form", step.lang, s)
                    && (rubric.matches("step_guidance", "agent_did", step.lang, s)
                        || rubric.matches("customer_state", "company_fix", step.lang, s))
            })
        });
    // A new step (the step-guidance rules) means the fix goes on; advice for next time
    // (「月に一度お手入れいただくと…」, "thanks for taking the time to try") does not.
    let new_step = step_of_the_fix(answer, rubric);
    (customer_step && !new_step && affirms).then_some(("success", rule.id.as_str(), excerpt))
}

/// An agent message after the customer's last words that does not go on with the work:
/// a closing, a short parting remark, or a farewell (rubric `customer_state` / `farewell`:
/// "Have a nice day", "anything else", 「失礼いたします」) that reports no fix of the
/// company's (a mail that fixes it and signs off is more of the work).
fn closes(m: &Prepared<'_>, rubric: &Rubric) -> bool {
    // Advice for next time ("If it ever drops, … is the first thing to try") closes too:
    // only a step of the fix (the step-guidance rules) keeps the conversation open.
    if is_closing(m, rubric) || (m.sentences.len() <= 3 && !step_of_the_fix(m, rubric)) {
        return true;
    }
    m.says(rubric, "customer_state", "farewell")
        && !m
            .sentences
            .iter()
            .any(|s| rubric.matches("customer_state", "company_fix", m.lang, s))
}

/// Whether the agent's message guides the customer to act (rubric `[lexicon] guidance`;
/// asking for patience, `guidance_not`, is matched first so its ください does not count).
fn guides(m: &Prepared<'_>, rubric: &Rubric) -> bool {
    let lx = &rubric.lexicon;
    lx.guidance
        .find_iter(&m.msg.text)
        .any(|f| !lx.guidance_not.iter().any(|n| n == f.as_str()))
}

/// Whether the agent's message gives the customer something to do: the guidance lexicon
/// or a step-guidance rule ("Could you press the microphone button …", which no
/// imperative at a sentence's start shows).
fn gives_a_step(m: &Prepared<'_>, rubric: &Rubric) -> bool {
    guides(m, rubric) || step_of_the_fix(m, rubric)
}

/// Whether the agent's message gives a step the customer performs, by the step-guidance
/// rules (stricter than the guidance lexicon: 「ご安心ください」 is no step).
fn step_of_the_fix(m: &Prepared<'_>, rubric: &Rubric) -> bool {
    super::self_efficacy::gives_steps(m, rubric)
}

pub fn detect<'r>(msgs: &[Prepared<'_>], rubric: &'r Rubric) -> (Outcomes, Vec<Found<'r>>) {
    // Each signal becomes its evidence row at once (the excerpt moves there); the
    // customer's messages keep (kind, rule id, the row's place).
    let mut evidence = Vec::new();
    let customer: Vec<(usize, Vec<Noted<'r>>)> = msgs
        .iter()
        .enumerate()
        .filter(|(_, m)| m.is_customer())
        .map(|(i, m)| {
            let mut sig = signals(m, rubric);
            if let Some(yes) = yes_to_check(msgs, i, &sig, rubric) {
                sig.push(yes);
            }
            if let Some(result) = result_after_step(msgs, i, &sig, rubric) {
                sig.push(result);
            }
            let noted = sig
                .into_iter()
                .map(|(kind, rule, ex)| {
                    let polarity = if is_bad_news(kind) { "bad" } else { "good" };
                    let mut e = Found::new(m, "customer_state", polarity, rule, ex, None);
                    e.agent = None;
                    evidence.push(e);
                    (kind, rule, evidence.len() - 1)
                })
                .collect();
            (i, noted)
        })
        .collect();
    let kinds = |sig: &[Noted<'_>]| sig.iter().map(|(k, _, _)| *k).collect::<Vec<_>>();
    let mut out = Outcomes {
        start_state: customer
            .first()
            .map_or("neutral", |(_, s)| state_of(&kinds(s))),
        end_state: customer
            .last()
            .map_or("neutral", |(_, s)| state_of(&kinds(s))),
        ..Outcomes::default()
    };
    // Difficult: a negative signal or a chase in any customer message up to (and
    // including) the first success report.
    for (_, sig) in &customer {
        let k = kinds(sig);
        if k.iter().any(|x| NEGATIVE[..3].contains(x) || *x == "chase") {
            out.difficult = true;
            break;
        }
        // Thanks along the way (「ありがとうございます」 in a consultation) is politeness; only
        // a report that the problem is solved ends the time difficulty can show in.
        if k.contains(&"success") {
            break;
        }
    }
    // Turnaround: the customer's last words, after the agent's answer, are relief or
    // thanks. "Last words" are the last customer message, or the one before it when the
    // last is a short parting ("No, thank you", "A nice day!", 「失礼します」) that says
    // nothing bad; after them the agent only closes.
    if let Some((last, sig)) = customer.last() {
        let k = kinds(sig);
        let bad =
            |k: &[&str]| k.contains(&"failure") || k.contains(&"anger") || k.contains(&"chase");
        let mut candidates: Vec<&(usize, Vec<Noted<'r>>)> = vec![customer.last().expect("some")];
        if customer.len() >= 2 && msgs[*last].sentences.len() <= 2 && !bad(&k) {
            candidates.push(&customer[customer.len() - 2]);
        }
        let relief = candidates.iter().find(|(at, sig)| {
            let k = kinds(sig);
            k.contains(&"relief")
                && !bad(&k)
                && msgs[..*at].iter().any(Prepared::is_public_agent)
                && msgs[at + 1..]
                    .iter()
                    .filter(|m| m.is_public_agent())
                    .all(|m| closes(m, rubric))
        });
        if out.difficult
            && !bad(&k)
            && let Some((_, sig)) = relief
        {
            out.turnaround = true;
            out.turnaround_evidence = sig
                .iter()
                .find(|(k, _, _)| *k == "relief")
                .map(|&(_, _, at)| evidence[at].excerpt.clone());
        }
        let relieved = relief.is_some() && !bad(&k);
        // Escalation risk: ends angry, chasing or failing, with no agent answer after it,
        // or a calm start that ends angry.
        let bad_end = bad(&k);
        let unanswered = !msgs[last + 1..].iter().any(Prepared::is_public_agent);
        out.escalation_risk = bad_end && !relieved && (unanswered || out.start_state == "neutral");
    }
    // Customer did it: a success report after agent guidance, and the agent or company did
    // not do the real fix or task themselves, before the report or after it (「変更が完了
    // いたしました」 after the customer found their booking number: the task was theirs).
    // Whether the agent or company did the fix anywhere: looked up once, on the first
    // success report met (most conversations have none). The last success report is the
    // evidence (「できました!」 after the last step, not 「開きました」 after the first).
    // The first guidance is also looked up once: a long conversation with many success
    // reports would otherwise search everything before each of them.
    let mut company_fixed: Option<bool> = None;
    let mut first_guide: Option<Option<usize>> = None;
    // A failure reported after a success undoes it (「できましたが、また止まりました」 in
    // two messages: "ok that worked!" … "nope, crashed again after an hour").
    let mut failed_later = false;
    for (i, sig) in customer.iter().rev() {
        let k = kinds(sig);
        if k.contains(&"failure") {
            failed_later = true;
            continue;
        }
        if !k.contains(&"success") || failed_later {
            continue;
        }
        let before = &msgs[..*i];
        let guided = first_guide
            .get_or_insert_with(|| {
                msgs.iter()
                    .position(|m| m.is_public_agent() && gives_a_step(m, rubric))
            })
            .is_some_and(|g| g < *i);
        let fixed_by_company = *company_fixed.get_or_insert_with(|| {
            msgs.iter().any(|m| {
                m.is_public_agent()
                    && m.sentences.iter().any(|s| {
                        // 「解消されたようでよかったです」 reacts to the customer's news.
                        rubric
                            .find("customer_state", "company_fix", m.lang, s)
                            .is_some()
                            && !rubric.matches("customer_state", "echo", m.lang, s)
                    })
            })
        });
        // The company's fix holds for every report: none of them can count.
        if fixed_by_company {
            break;
        }
        if guided {
            out.customer_did_it = true;
            // Link the success to the guidance that led to it (self-efficacy support).
            let guide = before
                .iter()
                .rev()
                .find(|m| m.is_public_agent() && gives_a_step(m, rubric));
            if let Some(&(_, rule, at)) = sig.iter().find(|(k, _, _)| *k == "success") {
                let mut e = Found::new(
                    &msgs[*i],
                    "customer_did_it",
                    "good",
                    rule,
                    evidence[at].excerpt.clone(),
                    guide.map(|g| g.index),
                );
                e.agent = guide.map(|g| g.index);
                evidence.push(e);
            }
            break;
        }
    }
    (out, evidence)
}
