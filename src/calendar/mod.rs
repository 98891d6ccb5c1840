//! Calendars: Japanese national holidays (computed) and business hours (a weekly
//! schedule with split shifts, a time zone, holidays and custom closed days).
//! Pure date arithmetic, no I/O.

pub mod holidays;

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Weekday};
use chrono_tz::Tz;

/// Opening hours: spans per weekday in a time zone, minus holidays and closed days.
#[derive(Debug, Clone)]
pub struct BusinessCalendar {
    pub tz: Tz,
    /// Monday first; each day a sorted list of (open, close) spans.
    pub week: [Vec<(NaiveTime, NaiveTime)>; 7],
    pub japanese_holidays: bool,
    pub closed: Vec<NaiveDate>,
}

/// Parses "09:00-12:00" into a span.
pub fn parse_span(s: &str) -> Result<(NaiveTime, NaiveTime), String> {
    let (a, b) = s
        .split_once('-')
        .ok_or_else(|| format!("\"{s}\" is not HH:MM-HH:MM"))?;
    let t = |x: &str| {
        if x.trim() == "24:00" {
            return NaiveTime::from_hms_opt(23, 59, 59).ok_or_else(|| "24:00".to_string());
        }
        NaiveTime::parse_from_str(x.trim(), "%H:%M").map_err(|_| format!("\"{x}\" is not HH:MM"))
    };
    let (open, close) = (t(a)?, t(b)?);
    if close <= open {
        return Err(format!(
            "\"{s}\" closes before it opens; split a night shift into two days"
        ));
    }
    Ok((open, close))
}

impl BusinessCalendar {
    /// Monday to Friday with the same spans, in Asia/Tokyo, with Japanese holidays and no
    /// extra closed days.
    pub fn weekdays(spans: Vec<(NaiveTime, NaiveTime)>) -> BusinessCalendar {
        BusinessCalendar {
            tz: chrono_tz::Asia::Tokyo,
            week: [
                spans.clone(),
                spans.clone(),
                spans.clone(),
                spans.clone(),
                spans,
                Vec::new(),
                Vec::new(),
            ],
            japanese_holidays: true,
            closed: Vec::new(),
        }
    }

    /// True when the whole date is closed (weekend without hours, holiday, closed day).
    pub fn is_closed_day(&self, date: NaiveDate) -> bool {
        self.week[date.weekday().num_days_from_monday() as usize].is_empty()
            || (self.japanese_holidays && holidays::is_holiday(date))
            || self.closed.contains(&date)
    }

    fn spans_on(&self, date: NaiveDate) -> &[(NaiveTime, NaiveTime)] {
        if self.is_closed_day(date) {
            &[]
        } else {
            &self.week[date.weekday().num_days_from_monday() as usize]
        }
    }

    fn local(&self, utc_ms: i64) -> DateTime<Tz> {
        DateTime::from_timestamp_millis(utc_ms)
            .unwrap_or_default()
            .with_timezone(&self.tz)
    }

    fn instant(&self, date: NaiveDate, t: NaiveTime) -> i64 {
        self.tz
            .from_local_datetime(&date.and_time(t))
            .earliest()
            .map_or(0, |d| d.timestamp_millis())
    }

    /// Business milliseconds between two instants (0 when end <= start).
    pub fn business_ms(&self, start_ms: i64, end_ms: i64) -> i64 {
        if end_ms <= start_ms {
            return 0;
        }
        let (start_day, end_day) = (
            self.local(start_ms).date_naive(),
            self.local(end_ms).date_naive(),
        );
        let mut total = 0;
        let mut day = start_day;
        // Bounded: a calendar gap of years is still a few thousand iterations.
        while day <= end_day {
            for &(open, close) in self.spans_on(day) {
                let (a, b) = (self.instant(day, open), self.instant(day, close));
                let (lo, hi) = (a.max(start_ms), b.min(end_ms));
                if hi > lo {
                    total += hi - lo;
                }
            }
            day += Duration::days(1);
        }
        total
    }

    /// The instant `business_ms` of business time after `start_ms` (for deadlines such
    /// as 「3営業日以内」). `None` when the calendar has no open hours at all.
    pub fn add_business_ms(&self, start_ms: i64, mut business_ms: i64) -> Option<i64> {
        if self.week.iter().all(Vec::is_empty) {
            return None;
        }
        let mut day = self.local(start_ms).date_naive();
        for _ in 0..3660 {
            for &(open, close) in self.spans_on(day) {
                let (a, b) = (self.instant(day, open), self.instant(day, close));
                let lo = a.max(start_ms);
                if b > lo {
                    if lo + business_ms <= b {
                        return Some(lo + business_ms);
                    }
                    business_ms -= b - lo;
                }
            }
            day += Duration::days(1);
        }
        None
    }

    /// The end of the `n`-th business day after the local date of `from_ms` (n = 0: that day).
    pub fn end_of_business_day(&self, from_ms: i64, n: u32) -> Option<i64> {
        let mut day = self.local(from_ms).date_naive();
        let mut left = n;
        for _ in 0..3660 {
            let spans = self.spans_on(day);
            if let Some(&(_, close)) = spans.last() {
                if left == 0 {
                    return Some(self.instant(day, close));
                }
                left -= 1;
            }
            day += Duration::days(1);
        }
        None
    }
}

/// Weekday index helper for schedules written Monday first.
pub fn weekday_index(w: Weekday) -> usize {
    w.num_days_from_monday() as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cal() -> BusinessCalendar {
        let shift = vec![
            parse_span("09:00-12:00").unwrap(),
            parse_span("13:00-18:00").unwrap(),
        ];
        BusinessCalendar {
            closed: vec![NaiveDate::from_ymd_opt(2026, 12, 30).unwrap()],
            ..BusinessCalendar::weekdays(shift)
        }
    }

    fn ms(s: &str) -> i64 {
        DateTime::parse_from_rfc3339(s).unwrap().timestamp_millis()
    }

    #[test]
    fn split_shift_skips_lunch() {
        let c = cal();
        // 11:30 → 13:30 on a Monday is 1 business hour.
        assert_eq!(
            c.business_ms(
                ms("2026-03-02T11:30:00+09:00"),
                ms("2026-03-02T13:30:00+09:00")
            ),
            3_600_000
        );
    }

    #[test]
    fn across_a_night_and_a_weekend() {
        let c = cal();
        // Friday 17:00 → Monday 10:00: 1 h Friday + 1 h Monday.
        assert_eq!(
            c.business_ms(
                ms("2026-03-06T17:00:00+09:00"),
                ms("2026-03-09T10:00:00+09:00")
            ),
            7_200_000
        );
        // Thursday 20:00 → Friday 09:30: 30 min.
        assert_eq!(
            c.business_ms(
                ms("2026-03-05T20:00:00+09:00"),
                ms("2026-03-06T09:30:00+09:00")
            ),
            1_800_000
        );
    }

    #[test]
    fn a_japanese_holiday_is_closed() {
        let c = cal();
        // 2026-03-20 (春分の日, Friday): Thursday 17:00 → Monday 09:30 is 1 h + 30 min.
        assert_eq!(
            c.business_ms(
                ms("2026-03-19T17:00:00+09:00"),
                ms("2026-03-23T09:30:00+09:00")
            ),
            5_400_000
        );
        // 2026-11-23 勤労感謝の日 (Monday) and a custom closed day.
        assert!(c.is_closed_day(NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()));
        assert!(c.is_closed_day(NaiveDate::from_ymd_opt(2026, 12, 30).unwrap()));
    }

    #[test]
    fn deadlines_in_business_time() {
        let c = cal();
        // 8 business hours from Friday 16:00 → Monday 16:00... minus lunch: Fri 16-18 (2h), Mon 9-12 (3h), 13-16 (3h).
        let due = c
            .add_business_ms(ms("2026-03-06T16:00:00+09:00"), 8 * 3_600_000)
            .unwrap();
        assert_eq!(due, ms("2026-03-09T16:00:00+09:00"));
        // End of the 3rd business day after Thursday 2026-03-19 skips the holiday and the weekend.
        assert_eq!(
            c.end_of_business_day(ms("2026-03-19T10:00:00+09:00"), 3),
            Some(ms("2026-03-25T18:00:00+09:00"))
        );
        assert!(parse_span("18:00-09:00").is_err());
    }
}
