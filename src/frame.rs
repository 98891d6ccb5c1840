//! Polars frames: the canonical messages frame, the per-conversation frame, scores and
//! evidence. No I/O here.

use polars::prelude::*;

use crate::results::col;
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
/// `n_internal`, `agent_ids` (every agent who wrote, sorted; null when none),
/// `primary_agent_id` (most customer-visible messages; tie: the one who answered first,
/// then the smaller id), in conversation id order.
///
/// `messages` must be grouped by conversation in id order, in time order within each (as
/// ingest returns them and batches cut them). Every column is then one pass over its
/// group: per batch of a few thousand messages this costs microseconds, where three
/// lazy group-bys and two joins cost tens of milliseconds in thread hand-offs (a tenth of
/// a million-message run).
pub fn conversations_frame(messages: &[Message]) -> PolarsResult<DataFrame> {
    let groups = crate::score::conversation_groups(messages);
    let n = groups.len();
    let mut ids = Vec::with_capacity(n);
    let mut channels = Vec::with_capacity(n);
    let mut started = Vec::with_capacity(n);
    let mut ended = Vec::with_capacity(n);
    let (mut n_messages, mut n_customer, mut n_agent, mut n_internal) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut agent_ids: Vec<Option<Series>> = Vec::with_capacity(n);
    let mut primary: Vec<Option<&str>> = Vec::with_capacity(n);
    for g in &groups {
        let first = &g[0];
        ids.push(first.conversation_id.as_str());
        channels.push(first.channel.as_str());
        started.push(g.iter().map(|m| m.timestamp_ms).min().unwrap_or_default());
        ended.push(g.iter().map(|m| m.timestamp_ms).max().unwrap_or_default());
        let count = |f: &dyn Fn(&Message) -> bool| g.iter().filter(|m| f(m)).count() as u32;
        n_messages.push(g.len() as u32);
        n_customer.push(count(&|m| m.role == Role::Customer));
        n_agent.push(count(&|m| m.role == Role::Agent && !m.internal));
        n_internal.push(count(&|m| m.internal));
        let mut writers: Vec<&str> = g
            .iter()
            .filter(|m| m.role == Role::Agent)
            .filter_map(|m| m.author_id.as_deref())
            .collect();
        writers.sort_unstable();
        writers.dedup();
        agent_ids.push((!writers.is_empty()).then(|| Series::new(PlSmallStr::EMPTY, writers)));
        primary.push(primary_agent(g));
    }
    let datetimes = |name: &str, v: Vec<i64>| -> PolarsResult<Column> {
        Ok(Series::new(name.into(), v).cast(&datetime_type())?.into())
    };
    let mut agents_list: ListChunked = agent_ids.into_iter().collect();
    agents_list.rename(col::AGENT_IDS.into());
    let columns: Vec<Column> = vec![
        Series::new(s::CONVERSATION_ID.into(), ids).into(),
        Series::new(col::CHANNEL.into(), channels).into(),
        datetimes("started_at", started)?,
        datetimes("ended_at", ended)?,
        Series::new(col::N_MESSAGES.into(), n_messages).into(),
        Series::new(col::N_CUSTOMER.into(), n_customer).into(),
        Series::new(col::N_AGENT.into(), n_agent).into(),
        Series::new(col::N_INTERNAL.into(), n_internal).into(),
        agents_list
            .cast(&DataType::List(Box::new(DataType::String)))?
            .into_column(),
        Series::new(col::PRIMARY_AGENT_ID.into(), primary).into(),
    ];
    DataFrame::new(n, columns)
}

/// The agent with the most customer-visible messages in the conversation; a tie goes to
/// the one who wrote first, then to the smaller id.
fn primary_agent(conversation: &[Message]) -> Option<&str> {
    // (author, messages, first timestamp), in order of first appearance.
    let mut tally: Vec<(&str, usize, i64)> = Vec::new();
    for m in conversation
        .iter()
        .filter(|m| m.role == Role::Agent && !m.internal)
    {
        let Some(author) = m.author_id.as_deref() else {
            continue;
        };
        match tally.iter_mut().find(|(a, _, _)| *a == author) {
            Some((_, count, first)) => {
                *count += 1;
                *first = (*first).min(m.timestamp_ms);
            }
            None => tally.push((author, 1, m.timestamp_ms)),
        }
    }
    tally
        .into_iter()
        .min_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)).then(a.0.cmp(b.0)))
        .map(|(author, _, _)| author)
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
    let mut columns: Vec<Column> = vec![
        Series::new(
            s::CONVERSATION_ID.into(),
            scores
                .iter()
                .map(|c| c.conversation_id.as_str())
                .collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            col::WEEK.into(),
            scores
                .iter()
                .map(|c| c.week.as_str())
                .collect::<Vec<&str>>(),
        )
        .into(),
        Series::new(
            col::FIRST_RESPONSE_S.into(),
            i64s(&|c| c.latency.first_response_s),
        )
        .into(),
        Series::new(
            col::MEDIAN_RESPONSE_S.into(),
            f64s(&|c| c.latency.median_response_s),
        )
        .into(),
        Series::new(
            col::P90_RESPONSE_S.into(),
            f64s(&|c| c.latency.p90_response_s),
        )
        .into(),
        Series::new(
            col::FIRST_RESPONSE_BH_S.into(),
            i64s(&|c| c.latency.first_response_bh_s),
        )
        .into(),
        Series::new(
            col::SLA_FIRST_RESPONSE_MET.into(),
            scores
                .iter()
                .map(|c| c.sla_first_response_met)
                .collect::<Vec<Option<bool>>>(),
        )
        .into(),
        Series::new(col::UNANSWERED.into(), bools(&|c| c.unanswered)).into(),
        Series::new(
            col::LONGEST_WAIT_S.into(),
            i64s(&|c| c.latency.longest_wait_s),
        )
        .into(),
        Series::new(
            col::DURATION_S.into(),
            scores
                .iter()
                .map(|c| c.latency.duration_s)
                .collect::<Vec<i64>>(),
        )
        .into(),
        Series::new(
            col::BACKTRACKING.into(),
            bools(&|c| c.backtracking_count > 0),
        )
        .into(),
        Series::new(
            col::BACKTRACKING_COUNT.into(),
            scores
                .iter()
                .map(|c| c.backtracking_count)
                .collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            col::PROGRESS.into(),
            scores.iter().map(|c| c.progress).collect::<Vec<&str>>(),
        )
        .into(),
        Series::new(col::EXPECTATION_SET.into(), bools(&|c| c.expectation_set)).into(),
        Series::new(col::OVERPROMISE.into(), bools(&|c| c.overpromise)).into(),
        Series::new(
            col::PROMISES_MADE.into(),
            scores.iter().map(|c| c.promises.made).collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            col::PROMISES_KEPT.into(),
            scores.iter().map(|c| c.promises.kept).collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            col::PROMISES_BROKEN.into(),
            scores
                .iter()
                .map(|c| c.promises.broken)
                .collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            col::CLOSING_GRATITUDE.into(),
            bools(&|c| c.closing_gratitude),
        )
        .into(),
    ];
    // The four sources of self-efficacy: messages with each, in `SOURCES` order.
    columns.extend(col::SOURCE_COUNTS.iter().enumerate().map(|(k, name)| {
        Series::new(
            (*name).into(),
            scores
                .iter()
                .map(|c| c.support.messages[k])
                .collect::<Vec<u32>>(),
        )
        .into()
    }));
    columns.extend([
        Series::new(
            col::AGENT_DID_STEP_COUNT.into(),
            scores
                .iter()
                .map(|c| c.support.agent_did)
                .collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            col::JARGON_COUNT.into(),
            scores.iter().map(|c| c.jargon_count).collect::<Vec<u32>>(),
        )
        .into(),
        Series::new(
            col::CUSTOMER_START_STATE.into(),
            scores
                .iter()
                .map(|c| c.outcomes.start_state)
                .collect::<Vec<&str>>(),
        )
        .into(),
        Series::new(
            col::CUSTOMER_END_STATE.into(),
            scores
                .iter()
                .map(|c| c.outcomes.end_state)
                .collect::<Vec<&str>>(),
        )
        .into(),
        Series::new(col::DIFFICULT.into(), bools(&|c| c.outcomes.difficult)).into(),
        Series::new(col::TURNAROUND.into(), bools(&|c| c.outcomes.turnaround)).into(),
        Series::new(
            col::TURNAROUND_EVIDENCE.into(),
            scores
                .iter()
                .map(|c| c.outcomes.turnaround_evidence.as_deref())
                .collect::<Vec<Option<&str>>>(),
        )
        .into(),
        Series::new(
            col::CUSTOMER_DID_IT.into(),
            bools(&|c| c.outcomes.customer_did_it),
        )
        .into(),
        Series::new(
            col::ESCALATION_RISK.into(),
            bools(&|c| c.outcomes.escalation_risk),
        )
        .into(),
    ]);
    for b in crate::results::with_overall() {
        columns.push(Series::new(b.score_column.into(), f64s(&|c| (b.score)(c))).into());
    }
    DataFrame::new(n, columns)
}

/// The score columns beside the conversation columns. Both frames hold the same
/// conversations in the same order (each is built from the same batch, conversation by
/// conversation); anything else is an internal error, not a silent misalignment.
pub fn with_scores(conversations: &DataFrame, scores: &DataFrame) -> PolarsResult<DataFrame> {
    let ids = conversations.column(s::CONVERSATION_ID)?;
    let score_ids = scores.column(s::CONVERSATION_ID)?;
    if !ids
        .as_materialized_series()
        .equals_missing(score_ids.as_materialized_series())
    {
        polars_bail!(ComputeError: "scores are not in conversation order (internal error)");
    }
    let extra: Vec<Column> = scores
        .columns()
        .iter()
        .filter(|c| c.name().as_str() != s::CONVERSATION_ID)
        .cloned()
        .collect();
    conversations.hstack(&extra)
}

/// One row per evidence instance, its ids read from `batch` (the messages it was found in).
pub fn evidence_frame<'b, 'r: 'b>(
    evidence: &'b [crate::score::Found<'r>],
    batch: &'b [Message],
) -> PolarsResult<DataFrame> {
    let n = evidence.len();
    let strs = |f: &dyn Fn(&'b crate::score::Found<'r>) -> &'b str| {
        evidence.iter().map(f).collect::<Vec<&str>>()
    };
    let message = |e: &crate::score::Found<'r>| &batch[e.message as usize];
    let columns: Vec<Column> = vec![
        Series::new(
            s::CONVERSATION_ID.into(),
            strs(&|e| &message(e).conversation_id),
        )
        .into(),
        Series::new(s::MESSAGE_ID.into(), strs(&|e| &message(e).message_id)).into(),
        Series::new(
            col::AGENT_ID.into(),
            evidence
                .iter()
                .map(|e| e.agent_id(batch))
                .collect::<Vec<_>>(),
        )
        .into(),
        Series::new(col::BEHAVIOUR.into(), strs(&|e| e.behaviour)).into(),
        Series::new(col::POLARITY.into(), strs(&|e| e.polarity)).into(),
        Series::new(col::RULE_ID.into(), strs(&|e| e.rule_id)).into(),
        Series::new(col::EXCERPT.into(), strs(&|e| &e.excerpt)).into(),
        Series::new(
            col::RELATED_MESSAGE_ID.into(),
            evidence
                .iter()
                .map(|e| e.related_id(batch))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::test_message as m;

    #[test]
    fn conversations_count_agents_and_break_primary_ties() {
        use Role::{Agent, Customer};
        let messages = vec![
            // a: b-agent and a-agent tie on two visible messages; b-agent wrote first.
            m("a", 1, Customer, Some("cust"), false),
            m("a", 2, Agent, Some("b-agent"), false),
            m("a", 3, Agent, Some("a-agent"), false),
            m("a", 4, Agent, Some("a-agent"), false),
            m("a", 5, Agent, Some("z-agent"), true),
            m("a", 6, Agent, Some("b-agent"), false),
            // b: only an internal note by an agent, and an agent message with no author.
            m("b", 10, Customer, None, false),
            m("b", 11, Agent, Some("x"), true),
            m("b", 12, Agent, None, false),
            // c: no agent at all.
            m("c", 20, Customer, Some("cust"), false),
        ];
        let df = conversations_frame(&messages).unwrap();
        let strs = |name: &str| -> Vec<Option<String>> {
            df.column(name)
                .unwrap()
                .str()
                .unwrap()
                .iter()
                .map(|v| v.map(str::to_string))
                .collect()
        };
        let u32s = |name: &str| -> Vec<u32> {
            df.column(name)
                .unwrap()
                .u32()
                .unwrap()
                .iter()
                .flatten()
                .collect()
        };
        assert_eq!(
            strs("conversation_id"),
            [Some("a"), Some("b"), Some("c")].map(|s| s.map(String::from))
        );
        assert_eq!(
            strs("primary_agent_id"),
            [Some("b-agent".to_string()), None, None]
        );
        assert_eq!(u32s("n_messages"), [6, 3, 1]);
        assert_eq!(u32s("n_customer"), [1, 1, 1]);
        assert_eq!(u32s("n_agent"), [4, 1, 0]);
        assert_eq!(u32s("n_internal"), [1, 1, 0]);
        let agents = df.column("agent_ids").unwrap().list().unwrap().clone();
        let lists: Vec<Option<Vec<String>>> = agents
            .amortized_iter()
            .map(|s| {
                s.map(|s| {
                    s.as_ref()
                        .str()
                        .unwrap()
                        .iter()
                        .map(|v| v.unwrap().to_string())
                        .collect()
                })
            })
            .collect();
        assert_eq!(
            lists,
            [
                Some(vec!["a-agent".into(), "b-agent".into(), "z-agent".into()]),
                Some(vec!["x".into()]),
                None
            ]
        );
        assert_eq!(df.column("started_at").unwrap().dtype(), &datetime_type());
    }

    #[test]
    fn scores_must_line_up_with_conversations() {
        let messages = vec![m("a", 1, Role::Customer, None, false)];
        let conversations = conversations_frame(&messages).unwrap();
        let wrong = DataFrame::new(
            1,
            vec![Series::new(s::CONVERSATION_ID.into(), ["other"]).into()],
        )
        .unwrap();
        assert!(with_scores(&conversations, &wrong).is_err());
    }
}
