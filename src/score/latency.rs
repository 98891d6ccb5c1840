//! Response latency.
//!
//! **What it measures.** First response: first customer message → first public agent
//! message at or after it (bots, system messages and internal notes are not replies; an
//! agent greeting before the customer wrote is not a response). Every reply gap: from the
//! earliest customer message still unanswered to the next public agent message. Median
//! and P90 of the gaps, the longest gap, the first response in business time, and
//! whether it met the channel's SLA target.
//!
//! **Why.** [A] 迅速かつ丁寧な一次応答: 問い合わせを受け付けたこと…を素早く伝えます.
//!
//! **Example.** Customer 12:01:00, 12:02:30, 12:04:45; agent 12:07:12 → first response
//! 372 s (measured from the first unanswered message, not the last).

use super::prep::Prepared;
use crate::calendar::BusinessCalendar;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Latency {
    pub first_response_s: Option<i64>,
    pub first_response_bh_s: Option<i64>,
    pub median_response_s: Option<f64>,
    pub p90_response_s: Option<f64>,
    pub longest_wait_s: Option<i64>,
    /// First message → last message of the conversation.
    pub duration_s: i64,
    /// Index of the first response message.
    pub first_response_at: Option<usize>,
}

/// Nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[i64], p: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    Some(sorted[rank.min(sorted.len()) - 1] as f64)
}

fn median(sorted: &[i64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
    }
}

pub fn measure(msgs: &[Prepared<'_>], calendar: &BusinessCalendar) -> Latency {
    let mut out = Latency::default();
    if let (Some(first), Some(last)) = (
        msgs.iter().map(Prepared::ts).min(),
        msgs.iter().map(Prepared::ts).max(),
    ) {
        out.duration_s = (last - first).div_euclid(1000);
    }
    let Some(first_customer) = msgs.iter().position(Prepared::is_customer) else {
        return out;
    };
    let t0 = msgs[first_customer].ts();
    if let Some(i) = msgs
        .iter()
        .position(|m| m.is_public_agent() && m.ts() >= t0)
    {
        let t1 = msgs[i].ts();
        out.first_response_s = Some((t1 - t0).div_euclid(1000));
        out.first_response_bh_s = Some(calendar.business_ms(t0, t1).div_euclid(1000));
        out.first_response_at = Some(i);
    }
    let mut gaps = Vec::new();
    let mut waiting_since: Option<i64> = None;
    // Messages are in time order; mixed offsets are already absolute instants.
    let mut order: Vec<&Prepared<'_>> = msgs.iter().collect();
    order.sort_by_key(|m| m.ts());
    for m in order {
        if m.is_customer() {
            waiting_since.get_or_insert(m.ts());
        } else if m.is_public_agent()
            && let Some(since) = waiting_since.take()
        {
            gaps.push((m.ts() - since).div_euclid(1000));
        }
    }
    gaps.sort_unstable();
    out.median_response_s = median(&gaps);
    out.p90_response_s = percentile(&gaps, 90.0);
    out.longest_wait_s = gaps.last().copied();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles() {
        assert_eq!(
            percentile(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90.0),
            Some(9.0)
        );
        assert_eq!(percentile(&[5], 90.0), Some(5.0));
        assert_eq!(median(&[1, 3]), Some(2.0));
        assert_eq!(percentile(&[], 50.0), None);
    }
}
