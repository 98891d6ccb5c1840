//! LINE chat history (.txt, "トーク履歴を送信" / "Send chat history"): a header line
//! `[LINE] ○○とのトーク履歴` (English UI: `[LINE] Chat history with ○○`), a
//! `保存日時：` / `Saved on:` line, then date lines (`2026/03/02(月)`, `2026.03.02 月曜日`,
//! `Mon, 03/02/2026`) each followed by that day's message lines
//! `HH:MM<TAB>name<TAB>text`. A message over several lines is in double quotes (`""`
//! inside is a quote). Times may read `午前9:05` / `午後1:05` or `9:05 AM`. A line with
//! a time and a single text field (`10:05<TAB>山田がメッセージの送信を取り消しました`) is a
//! system event.
//!
//! - Conversation: the whole file, `line-<file stem>`; message id: its line number.
//! - Roles: names in `[line] agent` (the official account's display name) are the
//!   agent, everyone else the customer. Without it, the person named in the header
//!   (the partner of whoever saved the history; in a group's history, the first
//!   speaker) is the customer and everyone else the agent.
//! - Times are local: read in the `tz` setting (default Asia/Tokyo).
//!
//! Example (`<TAB>` is a tab):
//! ```text
//! [LINE] 山田太郎とのトーク履歴
//! 保存日時：2026/03/02 10:15
//!
//! 2026/03/02(月)
//! 10:00<TAB>山田太郎<TAB>ログインできません
//! 10:02<TAB>サポート<TAB>"ご不便をおかけしております。
//! パスワードの再設定をお試しください。"
//! ```
//! → a customer message and a two-line agent message in `line-<file stem>`.

use std::path::Path;

use chrono::{NaiveDate, NaiveTime};

use super::{Msg, Out, file_stem};
use crate::schema::{Channel, Role};

/// A message whose text may still go on over the next lines.
struct Pending {
    line: u64,
    date: NaiveDate,
    time: NaiveTime,
    name: Option<String>,
    text: String,
    /// Opened with `"` and not closed yet.
    open: bool,
}

pub fn read(out: &mut Out<'_>, _path: &Path, bytes: &[u8]) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        out.reject(
            0,
            None,
            "LINE chat history is not UTF-8; save it again from the LINE app (it writes UTF-8)"
                .into(),
        );
        return;
    };
    let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
    let header = lines.next().unwrap_or("");
    if !header.trim_start_matches('\u{feff}').starts_with("[LINE]") {
        out.reject(
            1,
            None,
            "not a LINE chat history: the first line does not start with [LINE]".into(),
        );
        return;
    }
    // The partner named in the header; a group's history names none: its first speaker.
    let partner = partner_of(header).or_else(|| {
        text.lines().find_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.len() >= 3 && parse_time(f[0]).is_some()).then(|| f[1].trim().to_string())
        })
    });
    let conversation = format!("line-{}", file_stem(out.file));
    let agents = &out.settings.platforms.line_agents;
    let role_of = |name: Option<&str>| match name {
        None => Role::System,
        Some(n) if !agents.is_empty() => {
            if agents.iter().any(|a| a.trim() == n) {
                Role::Agent
            } else {
                Role::Customer
            }
        }
        Some(n) if partner.as_deref() == Some(n) => Role::Customer,
        Some(_) => Role::Agent,
    };
    let mut date: Option<NaiveDate> = None;
    let mut pending: Option<Pending> = None;
    let flush = |out: &mut Out<'_>, p: Pending| {
        let text = if p.text.starts_with('"') && p.text.contains('\n') {
            let inner = p.text.strip_prefix('"').unwrap_or(&p.text);
            let inner = inner.strip_suffix('"').unwrap_or(inner);
            inner.replace("\"\"", "\"")
        } else {
            p.text
        };
        let stamp = format!(
            "{} {}",
            p.date.format("%Y-%m-%d"),
            p.time.format("%H:%M:%S")
        );
        let Some(time) = super::time::parse(&stamp, out.settings.tz) else {
            out.reject(p.line, None, format!("LINE message at {stamp} falls in a clock change of the time zone; check `tz` in otai.toml"));
            return;
        };
        out.push(Msg {
            conversation: conversation.clone(),
            id: p.line.to_string(),
            time,
            role: role_of(p.name.as_deref()),
            author_id: p.name.clone(),
            author_name: p.name,
            channel: Channel::Chat,
            text: text.trim().to_string(),
            quoted: None,
            internal: false,
            subject: None,
            line: p.line,
        });
    };
    for (i, raw) in lines.enumerate() {
        let line_no = i as u64 + 2;
        let fields: Vec<&str> = raw.split('\t').collect();
        let starts_message = fields.len() >= 2;
        let new_date = (!starts_message).then(|| parse_date(raw)).flatten();
        if let Some(p) = pending.as_mut()
            && p.open
            && !starts_message
            && new_date.is_none()
        {
            p.text.push('\n');
            p.text.push_str(raw);
            if raw.trim_end().ends_with('"') {
                p.open = false;
            }
            continue;
        }
        if let Some(d) = new_date {
            if let Some(p) = pending.take() {
                flush(out, p);
            }
            date = Some(d);
            continue;
        }
        if starts_message {
            if let Some(p) = pending.take() {
                flush(out, p);
            }
            let Some(time) = parse_time(fields[0]) else {
                out.reject(
                    line_no,
                    None,
                    format!(
                        "LINE message line has time \"{}\"; expected HH:MM, 午前/午後H:MM or H:MM AM/PM before the first tab",
                        super::truncate_for_message(fields[0])
                    ),
                );
                continue;
            };
            let Some(d) = date else {
                out.reject(line_no, None, "LINE message before any date line (2026/03/02(月)); the history is cut at its start".into());
                continue;
            };
            let (name, text) = if fields.len() == 2 {
                (None, fields[1].to_string())
            } else {
                (Some(fields[1].trim().to_string()), fields[2..].join("\t"))
            };
            let open =
                text.starts_with('"') && (text.len() == 1 || !text.trim_end().ends_with('"'));
            pending = Some(Pending {
                line: line_no,
                date: d,
                time,
                name,
                text,
                open,
            });
            continue;
        }
        if raw.trim().is_empty() || date.is_none() {
            // Blank lines between days, and the 保存日時 / Saved on line of the header.
            continue;
        }
        match pending.as_mut() {
            // An unquoted line after a message continues it.
            Some(p) => {
                p.text.push('\n');
                p.text.push_str(raw);
            }
            None => out.reject(
                line_no,
                None,
                "LINE line is neither a date, a message nor part of one".into(),
            ),
        }
    }
    if let Some(p) = pending.take() {
        flush(out, p);
    }
}

/// The chat partner named in the header, when it is a one-to-one history.
fn partner_of(header: &str) -> Option<String> {
    let h = header
        .trim_start_matches('\u{feff}')
        .strip_prefix("[LINE]")?
        .trim();
    let name = h
        .strip_suffix("とのトーク履歴")
        .or_else(|| h.strip_prefix("Chat history with "))?;
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// A date line: `2026/03/02(月)`, `2026/3/2（月）`, `2026.03.02 月曜日`, `Mon, 03/02/2026`.
fn parse_date(line: &str) -> Option<NaiveDate> {
    let t = line.trim();
    if t.is_empty() || t.contains('\t') || t.chars().count() > 40 {
        return None;
    }
    // Drop a weekday in brackets or after a space, and an English weekday before a comma.
    let t = t.split(['(', '（']).next().unwrap_or(t).trim();
    let t = match t.split_once(", ") {
        Some((day, rest)) if day.chars().all(|c| c.is_ascii_alphabetic()) => rest,
        _ => t,
    };
    let t = t.split(' ').next().unwrap_or(t);
    ["%Y/%m/%d", "%Y.%m.%d", "%m/%d/%Y", "%Y-%m-%d"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
}

/// `10:05`, `午前9:05`, `午後1:05`, `9:05 AM`, `PM 1:05`.
fn parse_time(field: &str) -> Option<NaiveTime> {
    let t = field.trim();
    let (pm, t) = if let Some(r) = t.strip_prefix("午前") {
        (Some(false), r)
    } else if let Some(r) = t.strip_prefix("午後") {
        (Some(true), r)
    } else if let Some(r) = t.strip_suffix("AM").or_else(|| t.strip_prefix("AM")) {
        (Some(false), r)
    } else if let Some(r) = t.strip_suffix("PM").or_else(|| t.strip_prefix("PM")) {
        (Some(true), r)
    } else {
        (None, t)
    };
    let (h, m) = t.trim().split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    let h = match pm {
        None => h,
        Some(_) if h > 12 => return None,
        Some(false) => h % 12,
        Some(true) => h % 12 + 12,
    };
    NaiveTime::from_hms_opt(h, m, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_times_and_headers() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        assert_eq!(parse_date("2026/03/02(月)"), d(2026, 3, 2));
        assert_eq!(parse_date("2026/3/2（月）"), d(2026, 3, 2));
        assert_eq!(parse_date("2026.03.02 月曜日"), d(2026, 3, 2));
        assert_eq!(parse_date("Mon, 03/02/2026"), d(2026, 3, 2));
        assert_eq!(parse_date("10:00\tx\ty"), None);
        assert_eq!(parse_date("こんにちは"), None);
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(parse_time("10:05"), t(10, 5));
        assert_eq!(parse_time("午前0:05"), t(0, 5));
        assert_eq!(parse_time("午前12:05"), t(0, 5));
        assert_eq!(parse_time("午後1:05"), t(13, 5));
        assert_eq!(parse_time("1:05 PM"), t(13, 5));
        assert_eq!(parse_time("AM 9:05"), t(9, 5));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("x"), None);
        assert_eq!(
            partner_of("[LINE] 山田太郎とのトーク履歴").as_deref(),
            Some("山田太郎")
        );
        assert_eq!(
            partner_of("\u{feff}[LINE] Chat history with Taro").as_deref(),
            Some("Taro")
        );
        assert_eq!(partner_of("[LINE] 営業部のトーク履歴"), None);
    }
}
