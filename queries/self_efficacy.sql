-- Self-efficacy support per agent and week ([B] 自己効力感): the mean self-efficacy score
-- of the agent's primary conversations, how many of them showed each of the four sources
-- (the customer's own steps, others who did it, encouragement, care for their feelings),
-- how many ended with the customer fixing it themselves, and how many had the agent do a
-- step the customer could have done (a coaching opportunity).
SELECT
    primary_agent_id AS agent_id,
    week,
    COUNT(*) AS conversations,
    ROUND(AVG(self_efficacy_score), 1) AS mean_self_efficacy_score,
    SUM(CASE WHEN step_guidance_count > 0 THEN 1 ELSE 0 END) AS with_step_guidance,
    SUM(CASE WHEN vicarious_count > 0 THEN 1 ELSE 0 END) AS with_vicarious,
    SUM(CASE WHEN encouragement_count > 0 THEN 1 ELSE 0 END) AS with_encouragement,
    SUM(CASE WHEN emotional_care_count > 0 THEN 1 ELSE 0 END) AS with_emotional_care,
    SUM(CASE WHEN customer_did_it THEN 1 ELSE 0 END) AS customer_did_it,
    SUM(CASE WHEN agent_did_step_count > 0 THEN 1 ELSE 0 END) AS agent_did_a_customer_step
FROM conversations
WHERE primary_agent_id IS NOT NULL
GROUP BY primary_agent_id, week
ORDER BY agent_id, week
