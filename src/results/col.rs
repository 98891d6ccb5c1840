//! Column names of the result tables (conversations, evidence, agents): a contract with
//! users (Parquet/CSV consumers, `queries/*.sql`, README), written and read only through
//! these constants. The messages table's columns, and `conversation_id`/`message_id`
//! shared by every table, are in [`crate::schema`].

// conversations.parquet / .csv (besides conversation_id)
pub const CHANNEL: &str = "channel";
pub const STARTED_AT: &str = "started_at";
pub const ENDED_AT: &str = "ended_at";
pub const N_MESSAGES: &str = "n_messages";
pub const N_CUSTOMER: &str = "n_customer";
pub const N_AGENT: &str = "n_agent";
pub const N_INTERNAL: &str = "n_internal";
pub const AGENT_IDS: &str = "agent_ids";
pub const PRIMARY_AGENT_ID: &str = "primary_agent_id";
pub const WEEK: &str = "week";
pub const FIRST_RESPONSE_S: &str = "first_response_s";
pub const MEDIAN_RESPONSE_S: &str = "median_response_s";
pub const P90_RESPONSE_S: &str = "p90_response_s";
pub const FIRST_RESPONSE_BH_S: &str = "first_response_bh_s";
pub const SLA_FIRST_RESPONSE_MET: &str = "sla_first_response_met";
pub const UNANSWERED: &str = "unanswered";
pub const LONGEST_WAIT_S: &str = "longest_wait_s";
pub const DURATION_S: &str = "duration_s";
pub const BACKTRACKING: &str = "backtracking";
pub const BACKTRACKING_COUNT: &str = "backtracking_count";
pub const PROGRESS: &str = "progress";
pub const EXPECTATION_SET: &str = "expectation_set";
pub const OVERPROMISE: &str = "overpromise";
pub const PROMISES_MADE: &str = "promises_made";
pub const PROMISES_KEPT: &str = "promises_kept";
pub const PROMISES_BROKEN: &str = "promises_broken";
pub const CLOSING_GRATITUDE: &str = "closing_gratitude";
pub const STEP_GUIDANCE_COUNT: &str = "step_guidance_count";
pub const VICARIOUS_COUNT: &str = "vicarious_count";
pub const ENCOURAGEMENT_COUNT: &str = "encouragement_count";
pub const EMOTIONAL_CARE_COUNT: &str = "emotional_care_count";
/// The four sources' count columns, in `score::rubric::SOURCES` order.
pub const SOURCE_COUNTS: [&str; 4] = [
    STEP_GUIDANCE_COUNT,
    VICARIOUS_COUNT,
    ENCOURAGEMENT_COUNT,
    EMOTIONAL_CARE_COUNT,
];
pub const AGENT_DID_STEP_COUNT: &str = "agent_did_step_count";
pub const JARGON_COUNT: &str = "jargon_count";
pub const CUSTOMER_START_STATE: &str = "customer_start_state";
pub const CUSTOMER_END_STATE: &str = "customer_end_state";
pub const DIFFICULT: &str = "difficult";
pub const TURNAROUND: &str = "turnaround";
pub const TURNAROUND_EVIDENCE: &str = "turnaround_evidence";
pub const CUSTOMER_DID_IT: &str = "customer_did_it";
pub const ESCALATION_RISK: &str = "escalation_risk";
pub const LATENCY_SCORE: &str = "latency_score";
pub const BACKTRACKING_SCORE: &str = "backtracking_score";
pub const TRANSPARENCY_SCORE: &str = "transparency_score";
pub const EXPECTATION_SCORE: &str = "expectation_score";
pub const GRATITUDE_SCORE: &str = "gratitude_score";
pub const SELF_EFFICACY_SCORE: &str = "self_efficacy_score";
pub const OVERALL_SCORE: &str = "overall_score";

// evidence.parquet / .csv (besides conversation_id, message_id)
pub const AGENT_ID: &str = "agent_id";
pub const BEHAVIOUR: &str = "behaviour";
pub const POLARITY: &str = "polarity";
pub const RULE_ID: &str = "rule_id";
pub const EXCERPT: &str = "excerpt";
pub const RELATED_MESSAGE_ID: &str = "related_message_id";

// agents.parquet / .csv (besides agent_id, week, promises_*)
pub const CONVERSATIONS: &str = "conversations";
pub const PARTICIPATED: &str = "participated";
pub const MEDIAN_FIRST_RESPONSE_S: &str = "median_first_response_s";
pub const P90_FIRST_RESPONSE_S: &str = "p90_first_response_s";
pub const SLA_HIT_RATE: &str = "sla_hit_rate";
pub const CONCRETE_PROGRESS_RATE: &str = "concrete_progress_rate";
pub const BACKTRACKING_RATE: &str = "backtracking_rate";
pub const EXPECTATION_RATE: &str = "expectation_rate";
pub const OVERPROMISE_RATE: &str = "overpromise_rate";
pub const CLOSING_GRATITUDE_RATE: &str = "closing_gratitude_rate";
pub const STEP_GUIDANCE_RATE: &str = "step_guidance_rate";
pub const VICARIOUS_RATE: &str = "vicarious_rate";
pub const ENCOURAGEMENT_RATE: &str = "encouragement_rate";
pub const EMOTIONAL_CARE_RATE: &str = "emotional_care_rate";
pub const VAGUE_UPDATE_RATE: &str = "vague_update_rate";
pub const JARGON_RATE: &str = "jargon_rate";
pub const MEAN_LATENCY_SCORE: &str = "mean_latency_score";
pub const MEAN_BACKTRACKING_SCORE: &str = "mean_backtracking_score";
pub const MEAN_TRANSPARENCY_SCORE: &str = "mean_transparency_score";
pub const MEAN_EXPECTATION_SCORE: &str = "mean_expectation_score";
pub const MEAN_GRATITUDE_SCORE: &str = "mean_gratitude_score";
pub const MEAN_SELF_EFFICACY_SCORE: &str = "mean_self_efficacy_score";
pub const MEAN_OVERALL_SCORE: &str = "mean_overall_score";
pub const DIFFICULT_CONVERSATIONS: &str = "difficult_conversations";
pub const TURNAROUND_RATE: &str = "turnaround_rate";
pub const CUSTOMER_DID_IT_RATE: &str = "customer_did_it_rate";
pub const TURNED_BACKTRACKING_RATE: &str = "turned_backtracking_rate";
pub const NOT_TURNED_BACKTRACKING_RATE: &str = "not_turned_backtracking_rate";
pub const TURNED_CONCRETE_PROGRESS_RATE: &str = "turned_concrete_progress_rate";
pub const NOT_TURNED_CONCRETE_PROGRESS_RATE: &str = "not_turned_concrete_progress_rate";
pub const TURNED_EXPECTATION_RATE: &str = "turned_expectation_rate";
pub const NOT_TURNED_EXPECTATION_RATE: &str = "not_turned_expectation_rate";
pub const TURNED_CLOSING_GRATITUDE_RATE: &str = "turned_closing_gratitude_rate";
pub const NOT_TURNED_CLOSING_GRATITUDE_RATE: &str = "not_turned_closing_gratitude_rate";
pub const TURNED_EMOTIONAL_CARE_RATE: &str = "turned_emotional_care_rate";
pub const NOT_TURNED_EMOTIONAL_CARE_RATE: &str = "not_turned_emotional_care_rate";
