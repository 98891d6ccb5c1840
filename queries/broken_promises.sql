-- Broken promises: an agent committed to a time (「本日17時までにご連絡いたします」) and the
-- next agent message came later, or never. The excerpt marks the promised time in 【】.
SELECT
    e.agent_id,
    e.conversation_id,
    c.channel,
    e.excerpt,
    e.related_message_id AS late_reply_message_id
FROM evidence e
JOIN conversations c ON e.conversation_id = c.conversation_id
WHERE e.behaviour = 'promise' AND e.polarity = 'bad'
ORDER BY e.agent_id, e.conversation_id
