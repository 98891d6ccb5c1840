//! Polars frames: the canonical messages frame and the per-conversation frame built
//! from it with the lazy engine. No I/O here.

use polars::prelude::*;

use crate::schema::{self as s, Message, Role};

/// UTC milliseconds, as every timestamp column is stored.
pub fn datetime_type() -> DataType {
    DataType::Datetime(TimeUnit::Milliseconds, Some(TimeZone::UTC))
}

/// The canonical messages frame, in schema column order, plus `language`.
pub fn messages_frame(messages: &[Message], languages: &[&str]) -> PolarsResult<DataFrame> {
    let n = messages.len();
    let strs = |f: &dyn Fn(&Message) -> &str| messages.iter().map(f).collect::<Vec<&str>>();
    let opts = |f: &dyn Fn(&Message) -> Option<&str>| {
        messages.iter().map(f).collect::<Vec<Option<&str>>>()
    };
    let ts = Series::new(
        s::TIMESTAMP.into(),
        messages
            .iter()
            .map(|m| m.timestamp_ms)
            .collect::<Vec<i64>>(),
    )
    .cast(&datetime_type())?;
    let columns: Vec<Column> = vec![
        Series::new(s::CONVERSATION_ID.into(), strs(&|m| &m.conversation_id)).into(),
        Series::new(s::MESSAGE_ID.into(), strs(&|m| &m.message_id)).into(),
        ts.into(),
        Series::new(
            s::UTC_OFFSET_S.into(),
            messages
                .iter()
                .map(|m| m.utc_offset_s)
                .collect::<Vec<i32>>(),
        )
        .into(),
        Series::new(s::ROLE.into(), strs(&|m| m.role.as_str())).into(),
        Series::new(s::AUTHOR_ID.into(), opts(&|m| m.author_id.as_deref())).into(),
        Series::new(s::AUTHOR_NAME.into(), opts(&|m| m.author_name.as_deref())).into(),
        Series::new(s::CHANNEL.into(), strs(&|m| m.channel.as_str())).into(),
        Series::new(s::TEXT.into(), strs(&|m| &m.text)).into(),
        Series::new(
            s::INTERNAL.into(),
            messages.iter().map(|m| m.internal).collect::<Vec<bool>>(),
        )
        .into(),
        Series::new(s::SUBJECT.into(), opts(&|m| m.subject.as_deref())).into(),
        Series::new(s::QUOTED_TEXT.into(), opts(&|m| m.quoted_text.as_deref())).into(),
        Series::new(s::SOURCE_FILE.into(), strs(&|m| &m.source_file)).into(),
        Series::new(
            s::SOURCE_LINE.into(),
            messages.iter().map(|m| m.source_line).collect::<Vec<u64>>(),
        )
        .into(),
        Series::new(s::LANGUAGE.into(), languages.to_vec()).into(),
    ];
    DataFrame::new(n, columns)
}

/// One row per conversation: `conversation_id`, `channel`, `started_at`, `ended_at`,
/// `n_messages`, `n_customer`, `n_agent` (customer-visible agent messages),
/// `n_internal`, `agent_ids` (every agent who wrote, sorted), `primary_agent_id`
/// (most customer-visible messages; tie: the one who answered first).
pub fn conversations_frame(messages: &DataFrame) -> PolarsResult<DataFrame> {
    let lf = messages.clone().lazy();
    let is_agent = col(s::ROLE).eq(lit(Role::Agent.as_str()));
    let public_agent = is_agent.clone().and(col(s::INTERNAL).not());

    let base = lf.clone().group_by([col(s::CONVERSATION_ID)]).agg([
        col(s::CHANNEL).first().alias("channel"),
        col(s::TIMESTAMP).min().alias("started_at"),
        col(s::TIMESTAMP).max().alias("ended_at"),
        len().cast(DataType::UInt32).alias("n_messages"),
        col(s::ROLE)
            .eq(lit(Role::Customer.as_str()))
            .sum()
            .cast(DataType::UInt32)
            .alias("n_customer"),
        public_agent
            .clone()
            .sum()
            .cast(DataType::UInt32)
            .alias("n_agent"),
        col(s::INTERNAL)
            .sum()
            .cast(DataType::UInt32)
            .alias("n_internal"),
    ]);

    let agents = lf
        .clone()
        .filter(is_agent.and(col(s::AUTHOR_ID).is_not_null()))
        .group_by([col(s::CONVERSATION_ID)])
        .agg([col(s::AUTHOR_ID)
            .unique()
            .sort(SortOptions::default())
            .alias("agent_ids")]);

    let primary = lf
        .filter(public_agent.and(col(s::AUTHOR_ID).is_not_null()))
        .group_by([col(s::CONVERSATION_ID), col(s::AUTHOR_ID)])
        .agg([len().alias("n"), col(s::TIMESTAMP).min().alias("first")])
        .sort(
            [s::CONVERSATION_ID, "n", "first", s::AUTHOR_ID],
            SortMultipleOptions::default().with_order_descending_multi([false, true, false, false]),
        )
        .group_by_stable([col(s::CONVERSATION_ID)])
        .agg([col(s::AUTHOR_ID).first().alias("primary_agent_id")]);

    base.join(
        agents,
        [col(s::CONVERSATION_ID)],
        [col(s::CONVERSATION_ID)],
        JoinArgs::new(JoinType::Left),
    )
    .join(
        primary,
        [col(s::CONVERSATION_ID)],
        [col(s::CONVERSATION_ID)],
        JoinArgs::new(JoinType::Left),
    )
    .sort([s::CONVERSATION_ID], SortMultipleOptions::default())
    .collect()
}

/// Score columns per conversation, joined onto the conversations frame.
pub fn scores_frame(scores: &[crate::score::ConversationScore]) -> PolarsResult<DataFrame> {
    let n = scores.len();
    let i64s = |f: &dyn Fn(&crate::score::ConversationScore) -> Option<i64>| {
        scores.iter().map(f).collect::<Vec<Option<i64>>>()
    };
    let f64s = |f: &dyn Fn(&crate::score::ConversationScore) -> Option<f64>| {
        scores.iter().map(f).collect::<Vec<Option<f64>>>()
    };
    let bools = |f: &dyn Fn(&crate::score::ConversationScore) -> bool| {
        scores.iter().map(f).collect::<Vec<bool>>()
    };
    let columns: Vec<Column> = vec![
        Series::new(
            s::CONVERSATION_ID.into(),
            scores
                .iter()
                .map(|c| c.conversation_id.as_str())
                .collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "week".into(),
            scores
                .iter()
                .map(|c| c.week.as_str())
                .collect::<Vec<&str>>(),
        )
        .into(),
        Series::new(
            "first_response_s".into(),
            i64s(&|c| c.latency.first_response_s),
        )
        .into(),
        Series::new(
            "median_response_s".into(),
            f64s(&|c| c.latency.median_response_s),
        )
        .into(),
        Series::new("p90_response_s".into(), f64s(&|c| c.latency.p90_response_s)).into(),
        Series::new(
            "first_response_bh_s".into(),
            i64s(&|c| c.latency.first_response_bh_s),
        )
        .into(),
        Series::new(
            "sla_first_response_met".into(),
            scores
                .iter()
                .map(|c| c.sla_first_response_met)
                .collect::<Vec<Option<bool>>>(),
        )
        .into(),
        Series::new("longest_wait_s".into(), i64s(&|c| c.latency.longest_wait_s)).into(),
        Series::new(
            "duration_s".into(),
            scores
                .iter()
                .map(|c| c.latency.duration_s)
                .collect::<Vec<i64>>(),
        )
        .into(),
        Series::new("backtracking".into(), bools(&|c| c.backtracking_count > 0)).into(),
        Series::new(
            "backtracking_count".into(),
            scores
                .iter()
                .map(|c| c.backtracking_count)
                .collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            "progress".into(),
            scores.iter().map(|c| c.progress).collect::<Vec<&str>>(),
        )
        .into(),
        Series::new("expectation_set".into(), bools(&|c| c.expectation_set)).into(),
        Series::new("overpromise".into(), bools(&|c| c.overpromise)).into(),
        Series::new(
            "promises_made".into(),
            scores.iter().map(|c| c.promises.made).collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            "promises_kept".into(),
            scores.iter().map(|c| c.promises.kept).collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            "promises_broken".into(),
            scores
                .iter()
                .map(|c| c.promises.broken)
                .collect::<Vec<u32>>(),
        )
        .into(),
        Series::new("closing_gratitude".into(), bools(&|c| c.closing_gratitude)).into(),
        Series::new(
            "empathy_count".into(),
            scores.iter().map(|c| c.empathy_count).collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            "self_efficacy_count".into(),
            scores
                .iter()
                .map(|c| c.self_efficacy_count)
                .collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            "jargon_count".into(),
            scores.iter().map(|c| c.jargon_count).collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            "customer_start_state".into(),
            scores
                .iter()
                .map(|c| c.outcomes.start_state)
                .collect::<Vec<&str>>(),
        )
        .into(),
        Series::new(
            "customer_end_state".into(),
            scores
                .iter()
                .map(|c| c.outcomes.end_state)
                .collect::<Vec<&str>>(),
        )
        .into(),
        Series::new("difficult".into(), bools(&|c| c.outcomes.difficult)).into(),
        Series::new("turnaround".into(), bools(&|c| c.outcomes.turnaround)).into(),
        Series::new(
            "turnaround_evidence".into(),
            scores
                .iter()
                .map(|c| c.outcomes.turnaround_evidence.as_deref())
                .collect::<Vec<Option<&str>>>(),
        )
        .into(),
        Series::new(
            "customer_did_it".into(),
            bools(&|c| c.outcomes.customer_did_it),
        )
        .into(),
        Series::new(
            "escalation_risk".into(),
            bools(&|c| c.outcomes.escalation_risk),
        )
        .into(),
        Series::new("latency_score".into(), f64s(&|c| c.latency_score)).into(),
        Series::new("backtracking_score".into(), f64s(&|c| c.backtracking_score)).into(),
        Series::new("transparency_score".into(), f64s(&|c| c.transparency_score)).into(),
        Series::new("expectation_score".into(), f64s(&|c| c.expectation_score)).into(),
        Series::new("gratitude_score".into(), f64s(&|c| c.gratitude_score)).into(),
        Series::new("overall_score".into(), f64s(&|c| c.overall_score)).into(),
    ];
    DataFrame::new(n, columns)
}

/// Conversations with their scores (left join: every conversation keeps its row).
pub fn with_scores(conversations: &DataFrame, scores: &DataFrame) -> PolarsResult<DataFrame> {
    conversations
        .clone()
        .lazy()
        .join(
            scores.clone().lazy(),
            [col(s::CONVERSATION_ID)],
            [col(s::CONVERSATION_ID)],
            JoinArgs::new(JoinType::Left),
        )
        .sort([s::CONVERSATION_ID], SortMultipleOptions::default())
        .collect()
}

/// One row per evidence instance.
pub fn evidence_frame(evidence: &[crate::score::Evidence]) -> PolarsResult<DataFrame> {
    let n = evidence.len();
    let strs =
        |f: &dyn Fn(&crate::score::Evidence) -> &str| evidence.iter().map(f).collect::<Vec<&str>>();
    let columns: Vec<Column> = vec![
        Series::new(s::CONVERSATION_ID.into(), strs(&|e| &e.conversation_id)).into(),
        Series::new(s::MESSAGE_ID.into(), strs(&|e| &e.message_id)).into(),
        Series::new(
            "agent_id".into(),
            evidence
                .iter()
                .map(|e| e.agent_id.as_deref())
                .collect::<Vec<_>>(),
        )
        .into(),
        Series::new("behaviour".into(), strs(&|e| &e.behaviour)).into(),
        Series::new("polarity".into(), strs(&|e| &e.polarity)).into(),
        Series::new("rule_id".into(), strs(&|e| &e.rule_id)).into(),
        Series::new("excerpt".into(), strs(&|e| &e.excerpt)).into(),
        Series::new(
            "related_message_id".into(),
            evidence
                .iter()
                .map(|e| e.related_message_id.as_deref())
                .collect::<Vec<_>>(),
        )
        .into(),
    ];
    DataFrame::new(n, columns)
}

/// A polars value as JSON (for `otai query --format json` and eval).
pub fn any_to_json(v: AnyValue<'_>) -> serde_json::Value {
    use serde_json::Value;
    match v {
        AnyValue::Null => Value::Null,
        AnyValue::Boolean(b) => Value::Bool(b),
        AnyValue::String(s) => Value::String(s.to_string()),
        AnyValue::StringOwned(s) => Value::String(s.to_string()),
        AnyValue::Int64(i) => Value::from(i),
        AnyValue::Int32(i) => Value::from(i),
        AnyValue::UInt32(i) => Value::from(i),
        AnyValue::Float64(f) => Value::from(f),
        AnyValue::Float32(f) => Value::from(f as f64),
        AnyValue::UInt64(i) => Value::from(i),
        AnyValue::UInt8(i) => Value::from(i),
        AnyValue::Int8(i) => Value::from(i),
        other => Value::String(other.to_string()),
    }
}
