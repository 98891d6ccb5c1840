-- Backtracking rate trend per agent: share of the conversations an agent wrote in where
-- they restated the customer's situation to confirm it, week by week.
SELECT
    agent_id,
    week,
    participated,
    backtracking_rate
FROM agents
ORDER BY agent_id, week
