-- Conversations that need a human look: escalation risk (the customer ends angry,
-- chasing or failing) and difficult conversations that were not turned around.
SELECT
    conversation_id,
    primary_agent_id,
    customer_start_state,
    customer_end_state,
    escalation_risk,
    difficult,
    turnaround
FROM conversations
WHERE escalation_risk = true OR (difficult = true AND turnaround = false)
ORDER BY escalation_risk DESC, conversation_id
