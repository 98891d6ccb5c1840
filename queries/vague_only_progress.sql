-- Vague-only progress: the customer waited while work went on and got only 「確認中です」
-- (vague) or nothing at all (none). Longest waits first.
SELECT
    conversation_id,
    primary_agent_id,
    progress,
    longest_wait_s,
    difficult,
    turnaround
FROM conversations
WHERE progress = 'vague' OR progress = 'none'
ORDER BY longest_wait_s DESC, conversation_id
