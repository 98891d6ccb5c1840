//! Timestamp parsing for every input format: RFC 3339, "YYYY-MM-DD HH:MM:SS", Japanese
//! "2026/03/02 10:15" and "2026年3月2日 10:15", RFC 2822 (mail), the Twitter export's
//! "Wed Oct 11 06:55:44 +0000 2017", and epoch seconds or milliseconds.
//!
//! Times without an offset are read in the configured time zone. The result keeps
//! both the UTC instant and the offset the source used.

use chrono::{DateTime, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

/// A parsed instant: UTC milliseconds and the offset the source wrote it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instant {
    pub utc_ms: i64,
    pub offset_s: i32,
}

/// Epoch values above this are milliseconds (1e11 s is the year 5138).
const EPOCH_MS_THRESHOLD: i64 = 100_000_000_000;

/// Reads an epoch number (seconds or milliseconds). Negative and absurd values are refused.
pub fn from_epoch(value: f64, tz: Tz) -> Option<Instant> {
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    let ms = if value >= EPOCH_MS_THRESHOLD as f64 {
        value.round() as i64
    } else {
        (value * 1000.0).round() as i64
    };
    // Years beyond 9999 are data errors, not timestamps.
    if ms > 253_402_300_799_000 {
        return None;
    }
    let utc = DateTime::from_timestamp_millis(ms)?;
    let offset_s = tz
        .offset_from_utc_datetime(&utc.naive_utc())
        .fix()
        .local_minus_utc();
    Some(Instant {
        utc_ms: ms,
        offset_s,
    })
}

/// UTC milliseconds of a time, a leap second (`23:59:60`, which chrono keeps as a second
/// fraction of a billion nanoseconds and more) read as `23:59:59.999`: the last moment of
/// its minute, never the next minute's first second.
fn millis(timestamp_s: i64, nanos: u32) -> i64 {
    timestamp_s * 1000 + i64::from(nanos.min(999_999_999) / 1_000_000)
}

fn from_fixed(dt: DateTime<FixedOffset>) -> Instant {
    use chrono::Timelike as _;
    Instant {
        utc_ms: millis(dt.timestamp(), dt.nanosecond()),
        offset_s: dt.offset().local_minus_utc(),
    }
}

/// The span of plausible message times: a timestamp outside it (year 0001, 9999, an
/// epoch in the wrong unit) is a data error and its record a reject.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeWindow {
    pub from_ms: i64,
    /// `None`: two days past the moment of the run (clocks of senders run ahead a little).
    pub to_ms: Option<i64>,
    /// How the ends were written in otai.toml, for the reasons (None: the defaults).
    pub written: Option<(String, Option<String>)>,
}

/// 1990-01-01T00:00:00Z, before any support chat or most mail archives.
const WINDOW_FROM_MS: i64 = 631_152_000_000;
const TWO_DAYS_MS: i64 = 2 * 86_400_000;

impl Default for TimeWindow {
    fn default() -> Self {
        TimeWindow {
            from_ms: WINDOW_FROM_MS,
            to_ms: None,
            written: None,
        }
    }
}

impl TimeWindow {
    fn end_ms(&self) -> i64 {
        self.to_ms
            .unwrap_or_else(|| chrono::Utc::now().timestamp_millis() + TWO_DAYS_MS)
    }

    pub fn contains(&self, utc_ms: i64) -> bool {
        utc_ms >= self.from_ms && utc_ms <= self.end_ms()
    }

    /// Why `utc_ms` was refused: the time, the window (in words that do not change from
    /// day to day, so the same input gives the same rejects) and the fix.
    pub fn reason(&self, utc_ms: i64) -> String {
        let day = |ms: i64| {
            DateTime::from_timestamp_millis(ms)
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default()
        };
        let (from, to) = match &self.written {
            Some((from, to)) => (from.clone(), to.clone()),
            None => (day(self.from_ms), None),
        };
        let to = to.unwrap_or_else(|| match self.to_ms {
            Some(ms) => day(ms),
            None => "two days from now".to_string(),
        });
        format!(
            "timestamp {} is outside the plausible window ({from} to {to}); fix the export, or set `[input] time_window` in otai.toml",
            format_utc(utc_ms),
        )
    }
}

fn from_naive(naive: NaiveDateTime, tz: Tz) -> Option<Instant> {
    let local = match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => t,
        // Clock set back: the earlier reading, as most exporters meant it.
        LocalResult::Ambiguous(a, _) => a,
        // A time skipped by a DST jump does not exist; refuse rather than guess.
        LocalResult::None => return None,
    };
    Some(Instant {
        utc_ms: millis(local.timestamp(), naive.and_utc().timestamp_subsec_nanos()),
        offset_s: local.offset().fix().local_minus_utc(),
    })
}

use chrono::Offset;

const NAIVE_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y/%m/%d %H:%M:%S%.f",
    "%Y/%m/%d %H:%M",
    "%Y.%m.%d %H:%M:%S",
    "%Y.%m.%d %H:%M",
    "%Y年%m月%d日 %H:%M:%S",
    "%Y年%m月%d日 %H:%M",
    "%Y年%m月%d日 %H時%M分%S秒",
    "%Y年%m月%d日 %H時%M分",
    "%Y年%m月%d日%H:%M:%S",
    "%Y年%m月%d日%H:%M",
];

const OFFSET_FORMATS: &[&str] = &[
    "%Y-%m-%d %H:%M:%S%.f%:z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M:%S%.f %z",
    "%Y/%m/%d %H:%M:%S%.f%:z",
    "%Y/%m/%d %H:%M:%S %z",
    // Twitter / Ruby `Time#to_s` style: "Wed Oct 11 06:55:44 +0000 2017"
    "%a %b %d %H:%M:%S %z %Y",
];

/// Parses a timestamp string. Returns `None` when no known form matches.
pub fn parse(raw: &str, tz: Tz) -> Option<Instant> {
    let s = raw.trim();
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<i64>().ok().and_then(|v| from_epoch(v as f64, tz));
    }
    if s.bytes().all(|b| b.is_ascii_digit() || b == b'.') && s.matches('.').count() == 1 {
        return s.parse::<f64>().ok().and_then(|v| from_epoch(v, tz));
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(from_fixed(dt));
    }
    // "Z" with a space separator, or lower-case z.
    if let Some(stripped) = s.strip_suffix(['Z', 'z'])
        && let Some(naive) = parse_naive(stripped)
    {
        let utc = naive.and_utc();
        return Some(Instant {
            utc_ms: millis(utc.timestamp(), utc.timestamp_subsec_nanos()),
            offset_s: 0,
        });
    }
    for fmt in OFFSET_FORMATS {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Some(from_fixed(dt));
        }
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(from_fixed(dt));
    }
    // Japanese weekday in parentheses: "2026/03/02(月) 10:15"
    let without_weekday = strip_weekday(s);
    if let Some(naive) = parse_naive(&without_weekday) {
        return from_naive(naive, tz);
    }
    // A date alone means its midnight.
    for fmt in ["%Y-%m-%d", "%Y/%m/%d", "%Y年%m月%d日"] {
        if let Ok(d) = NaiveDate::parse_from_str(&without_weekday, fmt) {
            return from_naive(d.and_hms_opt(0, 0, 0)?, tz);
        }
    }
    None
}

fn parse_naive(s: &str) -> Option<NaiveDateTime> {
    NAIVE_FORMATS
        .iter()
        .find_map(|fmt| NaiveDateTime::parse_from_str(s.trim(), fmt).ok())
}

/// Removes a parenthesised weekday such as "(月)" or "（火）" and squeezes spaces.
fn strip_weekday(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '(' || c == '（' {
            let inner: String = chars
                .clone()
                .take_while(|&c| c != ')' && c != '）')
                .collect();
            if inner.chars().count() <= 3 && inner.chars().all(|c| "月火水木金土日祝".contains(c))
            {
                for _ in 0..=inner.chars().count() {
                    chars.next();
                }
                out.push(' ');
                continue;
            }
        }
        out.push(c);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Formats UTC milliseconds as RFC 3339 with a `Z` (used in CSV/JSON outputs).
pub fn format_utc(ms: i64) -> String {
    DateTime::from_timestamp_millis(ms)
        .map(|d| d.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOKYO: Tz = chrono_tz::Asia::Tokyo;

    fn ms(s: &str) -> i64 {
        DateTime::parse_from_rfc3339(s).unwrap().timestamp_millis()
    }

    #[test]
    fn forms() {
        let cases: &[(&str, &str, i32)] = &[
            ("2026-03-02T10:15:00+09:00", "2026-03-02T01:15:00Z", 32400),
            ("2026-03-02T01:15:00Z", "2026-03-02T01:15:00Z", 0),
            ("2026-03-02 10:15:00", "2026-03-02T01:15:00Z", 32400),
            ("2026/03/02 10:15", "2026-03-02T01:15:00Z", 32400),
            ("2026/3/2 10:15", "2026-03-02T01:15:00Z", 32400),
            ("2026年3月2日 10:15", "2026-03-02T01:15:00Z", 32400),
            ("2026/03/02(月) 10:15", "2026-03-02T01:15:00Z", 32400),
            ("1772414100", "2026-03-02T01:15:00Z", 32400),
            ("1772414100000", "2026-03-02T01:15:00Z", 32400),
            ("Wed Oct 11 06:55:44 +0000 2017", "2017-10-11T06:55:44Z", 0),
            (
                "Mon, 2 Mar 2026 10:15:00 +0900",
                "2026-03-02T01:15:00Z",
                32400,
            ),
            ("2026-03-02 01:15:00Z", "2026-03-02T01:15:00Z", 0),
            (
                "2026-03-02T10:15:00.250+09:00",
                "2026-03-02T01:15:00.250Z",
                32400,
            ),
        ];
        for (raw, want, off) in cases {
            let got = parse(raw, TOKYO).unwrap_or_else(|| panic!("{raw} did not parse"));
            assert_eq!(got.utc_ms, ms(want), "{raw}");
            assert_eq!(got.offset_s, *off, "{raw}");
        }
    }

    #[test]
    fn naive_time_uses_the_zone() {
        let ny = parse("2026-03-02 10:15:00", chrono_tz::America::New_York).unwrap();
        assert_eq!(ny.utc_ms, ms("2026-03-02T15:15:00Z"));
        assert_eq!(ny.offset_s, -5 * 3600);
    }

    #[test]
    fn refuses_garbage() {
        for raw in [
            "",
            "yesterday",
            "2026-13-45 10:00",
            "99999999999999999999",
            "-5",
            "1e400",
        ] {
            assert!(parse(raw, TOKYO).is_none(), "{raw}");
        }
        assert!(from_epoch(f64::NAN, TOKYO).is_none());
        assert!(from_epoch(-1.0, TOKYO).is_none());
    }

    #[test]
    fn a_leap_second_is_the_last_moment_of_its_minute() {
        for raw in [
            "2016-12-31T23:59:60Z",
            "2016-12-31 23:59:60Z",
            "2017-01-01T08:59:60+09:00",
            "2017-01-01 08:59:60",
        ] {
            let got = parse(raw, TOKYO).unwrap_or_else(|| panic!("{raw} did not parse"));
            assert_eq!(got.utc_ms, ms("2016-12-31T23:59:59.999Z"), "{raw}");
        }
    }

    #[test]
    fn the_plausible_window() {
        let w = TimeWindow::default();
        assert!(w.contains(ms("2026-03-02T01:15:00Z")));
        assert!(w.contains(ms("1990-01-01T00:00:00Z")));
        assert!(!w.contains(ms("1989-12-31T23:59:59Z")));
        assert!(!w.contains(parse("0001-01-01T00:00:00Z", TOKYO).unwrap().utc_ms));
        assert!(!w.contains(parse("9999-12-31T00:00:00Z", TOKYO).unwrap().utc_ms));
        let soon = chrono::Utc::now().timestamp_millis() + 86_400_000;
        assert!(w.contains(soon), "tomorrow is plausible (clocks run ahead)");
        assert!(!w.contains(soon + 2 * 86_400_000));
        let reason = w.reason(ms("9999-12-31T00:00:00Z"));
        assert!(reason.contains("9999-12-31T00:00:00.000Z"), "{reason}");
        assert!(
            reason.contains("1990-01-01 to two days from now"),
            "{reason}"
        );
        assert!(reason.contains("[input] time_window"), "{reason}");
        let fixed = TimeWindow {
            from_ms: ms("2020-01-01T00:00:00Z"),
            to_ms: Some(ms("2021-01-01T00:00:00Z")),
            written: None,
        };
        assert!(!fixed.contains(ms("2026-03-02T01:15:00Z")));
        assert!(fixed.reason(0).contains("2020-01-01 to 2021-01-01"));
    }

    #[test]
    fn formats_utc() {
        assert_eq!(
            format_utc(ms("2026-03-02T01:15:00Z")),
            "2026-03-02T01:15:00.000Z"
        );
    }
}
