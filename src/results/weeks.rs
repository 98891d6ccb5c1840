//! ISO weeks as the tables write them ("2026-W10"): parsing, the week before, and the
//! run of weeks a trend covers.

use chrono::{Datelike, NaiveDate, Weekday};

/// The Monday of an ISO week written "YYYY-Www"; None when it is not one.
pub fn parse(week: &str) -> Option<NaiveDate> {
    let (y, w) = week.split_once("-W")?;
    if y.len() != 4 || w.len() != 2 {
        return None;
    }
    NaiveDate::from_isoywd_opt(y.parse().ok()?, w.parse().ok()?, Weekday::Mon)
}

/// "YYYY-Www" of a date.
pub fn of(date: NaiveDate) -> String {
    let w = date.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// The calendar week before `week` (across year ends: 2026-W01 → 2025-W52 or W53).
pub fn previous(week: &str) -> Option<String> {
    parse(week).map(|d| of(d - chrono::Duration::days(7)))
}

/// The `n` calendar weeks ending with `week`, oldest first (weeks without data included:
/// a trend shows a gap, not a shortened axis).
pub fn ending_at(week: &str, n: usize) -> Vec<String> {
    let Some(monday) = parse(week) else {
        return vec![week.to_string()];
    };
    (0..n as i64)
        .rev()
        .map(|k| of(monday - chrono::Duration::days(7 * k)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_parse_and_step_back_across_years() {
        assert_eq!(parse("2026-W10"), NaiveDate::from_ymd_opt(2026, 3, 2));
        assert_eq!(parse("2026-W1"), None);
        assert_eq!(parse("W10"), None);
        assert_eq!(parse("2026-W54"), None);
        assert_eq!(previous("2026-W01").as_deref(), Some("2025-W52"));
        assert_eq!(previous("2021-W01").as_deref(), Some("2020-W53"));
        assert_eq!(
            ending_at("2026-W02", 3),
            ["2025-W52", "2026-W01", "2026-W02"]
        );
    }
}
