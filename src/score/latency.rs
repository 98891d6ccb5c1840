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
use crate::results::stats::{median, percentile};

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
    let seconds: Vec<f64> = gaps.iter().map(|&g| g as f64).collect();
    out.median_response_s = median(&seconds);
    out.p90_response_s = percentile(&seconds, 90.0);
    out.longest_wait_s = gaps.iter().max().copied();
    out
}
