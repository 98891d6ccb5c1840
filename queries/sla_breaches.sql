-- SLA breaches: conversations whose first response missed the channel's target
-- (business hours; never-answered conversations included), slowest first.
SELECT
    conversation_id,
    channel,
    primary_agent_id,
    first_response_s,
    first_response_bh_s
FROM conversations
WHERE sla_first_response_met = false
ORDER BY first_response_bh_s DESC, conversation_id
