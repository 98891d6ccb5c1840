//! Japanese national holidays, computed from the rules of the 国民の祝日に関する法律
//! (fixed dates, happy-Monday rules, the equinox formulas, 振替休日 and 国民の休日),
//! not a hard-coded list of a few years. Valid for 1980–2099 (the equinox formula's range).

use chrono::{Datelike, NaiveDate, Weekday};

/// The n-th given weekday of a month (n from 1).
fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n as u8)
}

fn vernal_equinox_day(year: i32) -> u32 {
    let y = (year - 1980) as f64;
    (20.8431 + 0.242194 * y - (y / 4.0).floor()).floor() as u32
}

fn autumnal_equinox_day(year: i32) -> u32 {
    let y = (year - 1980) as f64;
    (23.2488 + 0.242194 * y - (y / 4.0).floor()).floor() as u32
}

/// The named holidays of a year (before substitute and citizens' holidays).
fn base_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let d = |m: u32, day: u32| NaiveDate::from_ymd_opt(year, m, day);
    let mut out: Vec<(Option<NaiveDate>, &'static str)> = vec![
        (d(1, 1), "元日"),
        (
            if year >= 2000 {
                nth_weekday(year, 1, Weekday::Mon, 2)
            } else {
                d(1, 15)
            },
            "成人の日",
        ),
        (d(2, 11), "建国記念の日"),
        (d(3, vernal_equinox_day(year)), "春分の日"),
        (
            d(4, 29),
            if year >= 2007 {
                "昭和の日"
            } else {
                "みどりの日"
            },
        ),
        (d(5, 3), "憲法記念日"),
        (d(5, 5), "こどもの日"),
        (d(9, autumnal_equinox_day(year)), "秋分の日"),
        (d(11, 3), "文化の日"),
        (d(11, 23), "勤労感謝の日"),
    ];
    if year >= 2007 {
        out.push((d(5, 4), "みどりの日"));
    }
    if year >= 2020 {
        out.push((d(2, 23), "天皇誕生日"));
    } else if (1989..=2018).contains(&year) {
        out.push((d(12, 23), "天皇誕生日"));
    }
    // Olympic years moved three holidays.
    let (umi, yama, sports) = match year {
        2020 => (d(7, 23), d(8, 10), d(7, 24)),
        2021 => (d(7, 22), d(8, 8), d(7, 23)),
        _ => (
            if year >= 2003 {
                nth_weekday(year, 7, Weekday::Mon, 3)
            } else if year >= 1996 {
                d(7, 20)
            } else {
                None
            },
            if year >= 2016 { d(8, 11) } else { None },
            if year >= 2000 {
                nth_weekday(year, 10, Weekday::Mon, 2)
            } else {
                d(10, 10)
            },
        ),
    };
    out.push((umi, "海の日"));
    out.push((yama, "山の日"));
    out.push((
        sports,
        if year >= 2020 {
            "スポーツの日"
        } else {
            "体育の日"
        },
    ));
    out.push((
        if year >= 2003 {
            nth_weekday(year, 9, Weekday::Mon, 3)
        } else {
            d(9, 15)
        },
        "敬老の日",
    ));
    if year == 2019 {
        out.push((d(5, 1), "天皇の即位の日"));
        out.push((d(10, 22), "即位礼正殿の儀の行われる日"));
    }
    let mut v: Vec<(NaiveDate, &'static str)> = out
        .into_iter()
        .filter_map(|(d, n)| d.map(|d| (d, n)))
        .collect();
    v.sort();
    v
}

/// Every holiday of `year`, with its name, including 振替休日 and 国民の休日.
pub fn holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let mut days = base_holidays(year);
    let is_holiday = |days: &[(NaiveDate, &str)], d: NaiveDate| days.iter().any(|(h, _)| *h == d);
    // 国民の休日: a weekday squeezed between two holidays.
    let mut extra = Vec::new();
    for w in days.windows(2) {
        if let Some(mid) = w[0].0.succ_opt()
            && mid.succ_opt() == Some(w[1].0)
            && mid.weekday() != Weekday::Sun
            && !is_holiday(&days, mid)
        {
            extra.push((mid, "国民の休日"));
        }
    }
    days.extend(extra);
    days.sort();
    // 振替休日: a holiday on Sunday moves to the next day that is not a holiday.
    let mut subs = Vec::new();
    for (d, _) in days.iter().filter(|(d, _)| d.weekday() == Weekday::Sun) {
        let mut next = d.succ_opt();
        while let Some(n) = next {
            if !is_holiday(&days, n) {
                break;
            }
            next = n.succ_opt();
        }
        if let Some(n) = next {
            subs.push((n, "振替休日"));
        }
    }
    days.extend(subs);
    days.sort();
    days.dedup_by(|a, b| a.0 == b.0);
    days
}

/// True on a Japanese national holiday.
pub fn is_holiday(date: NaiveDate) -> bool {
    holidays(date.year()).iter().any(|(d, _)| *d == date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn published_holidays_2026() {
        // The Cabinet Office's list for 2026.
        let want = [
            (1, 1),
            (1, 12),
            (2, 11),
            (2, 23),
            (3, 20),
            (4, 29),
            (5, 3),
            (5, 4),
            (5, 5),
            (5, 6),
            (7, 20),
            (8, 11),
            (9, 21),
            (9, 22),
            (9, 23),
            (10, 12),
            (11, 3),
            (11, 23),
        ];
        let got: Vec<(u32, u32)> = holidays(2026)
            .iter()
            .map(|(d, _)| (d.month(), d.day()))
            .collect();
        assert_eq!(got, want);
        assert_eq!(
            holidays(2026)
                .iter()
                .find(|(d, _)| *d == ymd(2026, 9, 22))
                .unwrap()
                .1,
            "国民の休日"
        );
        assert_eq!(
            holidays(2026)
                .iter()
                .find(|(d, _)| *d == ymd(2026, 5, 6))
                .unwrap()
                .1,
            "振替休日"
        );
    }

    #[test]
    fn equinoxes_and_olympic_moves() {
        assert!(is_holiday(ymd(2025, 3, 20)));
        assert!(is_holiday(ymd(2024, 9, 22)));
        assert!(
            is_holiday(ymd(2024, 9, 23)),
            "振替休日 for a Sunday equinox"
        );
        assert!(
            is_holiday(ymd(2021, 7, 22))
                && is_holiday(ymd(2021, 7, 23))
                && is_holiday(ymd(2021, 8, 9))
        );
        assert!(!is_holiday(ymd(2021, 10, 11)));
        assert!(
            is_holiday(ymd(2019, 5, 1))
                && is_holiday(ymd(2019, 4, 30))
                && is_holiday(ymd(2019, 5, 2))
        );
        assert!(!is_holiday(ymd(2026, 3, 2)));
    }
}
