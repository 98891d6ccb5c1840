-- Agent weekly summary: the first table of the weekly quality review.
-- One row per agent and ISO week: workload, speed, SLA, the overall score, and the
-- customer outcomes (difficult conversations turned around).
SELECT
    agent_id,
    week,
    conversations,
    median_first_response_s,
    sla_hit_rate,
    mean_overall_score,
    difficult_conversations,
    turnaround_rate
FROM agents
ORDER BY week, mean_overall_score DESC, agent_id
