//! Promise tracking.
//!
//! **What it checks.** When an agent commits to a time (「明日午前中にご連絡いたします」
//! 「本日中に」「3営業日以内に」「翌営業日に」「15時までに」, "I'll email you by tomorrow noon"),
//! otai resolves the deadline from the message's timestamp and the business calendar
//! (business days skip weekends, holidays and closed days), and looks for the agent message
//! that delivers: the result, or the concrete update or contact promised. `kept` when one
//! came by the deadline; `broken` when none did and the conversation went on past it;
//! `open` otherwise. What does not deliver: the rest of the same turn (bubbles sent within
//! `promise_same_turn_s` with no customer message between), and a message whose sentences
//! are all filler (rubric `promise`/`filler`: 「もう少々お待ちください」, thanks, closings), a
//! vague "still checking" (progress `pending` with no `finding`), or a new promise.
//!
//! **Why.** [A] 期待値の適切な管理: 過度な期待を抱かせ、それが裏切られることは、さらなる不信感に
//! 繋がります. No other QA tool checks an agent's promise against the next reply.
//!
//! **Example.** 15:10 「本日17時までにご連絡いたします」 → next agent message 18:30 → broken.

use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Weekday};
use regex::Regex;

use super::prep::Prepared;
use super::{Found, excerpt};
use crate::calendar::BusinessCalendar;
use crate::score::rubric::Rubric;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Kept,
    Broken,
    Open,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Promises {
    pub made: u32,
    pub kept: u32,
    pub broken: u32,
}

fn end_of_day(local: DateTime<chrono_tz::Tz>, days: i64) -> i64 {
    let d = local.date_naive() + Duration::days(days);
    local
        .timezone()
        .from_local_datetime(&d.and_time(NaiveTime::from_hms_opt(23, 59, 59).expect("time")))
        .earliest()
        .map_or(i64::MAX, |t| t.timestamp_millis())
}

fn at(local: DateTime<chrono_tz::Tz>, days: i64, h: u32, m: u32) -> Option<i64> {
    let d = local.date_naive() + Duration::days(days);
    local
        .timezone()
        .from_local_datetime(&d.and_time(NaiveTime::from_hms_opt(h, m, 0)?))
        .earliest()
        .map(|t| t.timestamp_millis())
}

/// The deadline (UTC ms) a time expression in `sentence` sets, for a message sent at
/// `sent_ms`; `times` is the rubric's `[lexicon] promise_time`.
pub fn deadline(
    times: &Regex,
    sentence: &str,
    sent_ms: i64,
    cal: &BusinessCalendar,
) -> Option<(i64, std::ops::Range<usize>)> {
    if !times.is_match(sentence) {
        return None;
    }
    // Prefer a clock time when the sentence has one ("tomorrow by 12pm").
    let all: Vec<regex::Captures<'_>> = times.captures_iter(sentence).collect();
    let c = all
        .iter()
        .find(|c| c.name("clock").is_some())
        .or_else(|| all.first())?;
    let span = c.get(0)?.range();
    let local = DateTime::from_timestamp_millis(sent_ms)?.with_timezone(&cal.tz);
    let num = |a: &str, b: &str| {
        c.name(a)
            .or_else(|| c.name(b))
            .and_then(|m| m.as_str().parse::<i64>().ok())
    };
    let due = if c.name("today").is_some() {
        end_of_day(local, 0)
    } else if c.name("tomorrow_am").is_some() {
        at(local, 1, 12, 0)?
    } else if c.name("tomorrow").is_some() {
        end_of_day(local, 1)
    } else if c.name("nextbd").is_some() {
        cal.end_of_business_day(sent_ms, 1)?
    } else if c.name("bdays").is_some() {
        cal.end_of_business_day(sent_ms, num("bd", "bd_en")?.clamp(0, 365) as u32)?
    } else if c.name("days").is_some() {
        end_of_day(local, num("d", "d_en")?.clamp(0, 365))
    } else if c.name("clock").is_some() {
        let mut h = num("h", "h_en")? as u32;
        let m = num("m", "m_en").unwrap_or(0) as u32;
        if let Some(ap) = c.name("ampm") {
            if ap.as_str().eq_ignore_ascii_case("pm") && h < 12 {
                h += 12;
            } else if ap.as_str().eq_ignore_ascii_case("am") && h == 12 {
                h = 0;
            }
        }
        if h > 23 || m > 59 {
            return None;
        }
        // 「明日」/"tomorrow" in the sentence, or a clock time already past today, means tomorrow.
        let today = at(local, 0, h, m)?;
        let says_tomorrow =
            sentence.contains("明日") || sentence.to_lowercase().contains("tomorrow");
        if says_tomorrow || today < sent_ms {
            at(local, 1, h, m)?
        } else {
            today
        }
    } else if c.name("week").is_some() {
        let to_sunday = 6 - local.weekday().num_days_from_monday() as i64;
        let to_friday = (Weekday::Fri.num_days_from_monday() as i64
            - local.weekday().num_days_from_monday() as i64)
            .max(0);
        end_of_day(
            local,
            if sentence.to_lowercase().contains("friday") {
                to_friday
            } else {
                to_sunday
            },
        )
    } else if c.name("mins").is_some() {
        sent_ms + num("n", "n_en")?.clamp(0, 24 * 60) * 60_000
    } else {
        return None;
    };
    Some((due, span))
}

/// Whether an agent message delivers on a promise: one of its sentences is neither
/// filler, nor a vague "still checking", nor a new promise.
fn delivers(m: &Prepared<'_>, rubric: &Rubric) -> bool {
    m.sentences.iter().any(|s| {
        let finding = rubric.matches("progress", "finding", m.lang, s);
        let filler = rubric.matches("promise", "filler", m.lang, s);
        let vague = rubric.matches("progress", "pending", m.lang, s) && !finding;
        let promise = rubric.matches("promise", "action", m.lang, s) && !finding;
        !s.text.trim().is_empty() && !filler && !vague && !promise
    })
}

pub fn track<'r>(
    msgs: &[Prepared<'_>],
    rubric: &'r Rubric,
    cal: &BusinessCalendar,
) -> (Promises, Vec<Found<'r>>) {
    let mut out = Promises::default();
    let mut evidence = Vec::new();
    let last_ts = msgs.iter().map(Prepared::ts).max().unwrap_or(0);
    let same_turn_ms = rubric.thresholds.promise_same_turn_s.max(0) * 1000;
    for (i, m) in msgs.iter().enumerate() {
        if !m.is_public_agent() {
            continue;
        }
        for s in &m.sentences {
            if !rubric.matches("promise", "action", m.lang, s) {
                continue;
            }
            let Some((due, span)) = deadline(&rubric.lexicon.promise_time, s.text, m.ts(), cal)
            else {
                continue;
            };
            out.made += 1;
            // The rest of the promise's own turn: messages right after it (each within
            // the gap of the one before), until the customer writes again.
            let mut turn_end = m.ts();
            let mut rest = msgs[i + 1..].iter().skip_while(|n| {
                let same = !n.is_customer() && n.ts() - turn_end <= same_turn_ms;
                if same {
                    turn_end = n.ts();
                }
                same
            });
            let delivery = rest.find(|n| n.is_public_agent() && delivers(n, rubric));
            let outcome = match delivery {
                Some(n) if n.ts() <= due => Outcome::Kept,
                Some(_) => Outcome::Broken,
                None if last_ts > due => Outcome::Broken,
                None => Outcome::Open,
            };
            let (polarity, rule) = match outcome {
                Outcome::Kept => {
                    out.kept += 1;
                    ("good", "PM-KEPT")
                }
                Outcome::Broken => {
                    out.broken += 1;
                    ("bad", "PM-BROKEN")
                }
                Outcome::Open => ("good", "PM-OPEN"),
            };
            evidence.push(Found::new(
                m,
                "promise",
                polarity,
                rule,
                excerpt(s.text, span),
                delivery.map(|n| n.index),
            ));
            break;
        }
    }
    (out, evidence)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cal() -> BusinessCalendar {
        BusinessCalendar::weekdays(vec![crate::calendar::parse_span("09:00-18:00").unwrap()])
    }

    fn ms(s: &str) -> i64 {
        DateTime::parse_from_rfc3339(s).unwrap().timestamp_millis()
    }

    #[test]
    fn deadlines() {
        let c = cal();
        let sent = ms("2026-03-19T15:10:00+09:00"); // Thursday before 春分の日
        let times = Rubric::default_rubric().lexicon.promise_time;
        let due = |s: &str| deadline(&times, s, sent, &c).map(|d| d.0);
        assert_eq!(
            due("本日17時までにご連絡いたします"),
            Some(ms("2026-03-19T17:00:00+09:00"))
        );
        assert_eq!(
            due("明日午前中にご連絡いたします"),
            Some(ms("2026-03-20T12:00:00+09:00"))
        );
        assert_eq!(
            due("本日中にご連絡いたします"),
            Some(ms("2026-03-19T23:59:59+09:00"))
        );
        assert_eq!(
            due("3営業日以内にご連絡いたします"),
            Some(ms("2026-03-25T18:00:00+09:00"))
        );
        assert_eq!(
            due("15時30分までにご連絡"),
            Some(ms("2026-03-19T15:30:00+09:00"))
        );
        assert_eq!(
            due("10時までにご連絡"),
            Some(ms("2026-03-20T10:00:00+09:00")),
            "past clock time → tomorrow"
        );
        assert_eq!(
            due("I'll email you tomorrow by 12pm"),
            Some(ms("2026-03-20T12:00:00+09:00"))
        );
        assert_eq!(
            due("I will send it by tomorrow noon."),
            Some(ms("2026-03-20T12:00:00+09:00"))
        );
        assert_eq!(
            due("10分ほどで手順をまとめてご連絡いたします"),
            Some(sent + 600_000)
        );
        assert_eq!(
            due("翌営業日にご連絡いたします"),
            Some(ms("2026-03-23T18:00:00+09:00")),
            "Friday 3/20 is 春分の日: the next business day is Monday"
        );
        assert_eq!(
            due("2営業日ほどでご連絡いたします"),
            Some(ms("2026-03-24T18:00:00+09:00"))
        );
        assert_eq!(due("ご連絡いたします"), None);
    }
}
