-- Coaching examples per agent: the sentences behind each behaviour, good ones to keep and
-- bad ones to practise (vague updates, over-promises, broken promises, jargon), with the
-- rule that fired. Use it to prepare a 1:1.
SELECT
    agent_id,
    polarity,
    behaviour,
    rule_id,
    conversation_id,
    excerpt
FROM evidence
WHERE agent_id IS NOT NULL
  AND behaviour IN ('backtracking', 'progress', 'expectation', 'overpromise', 'promise', 'step_guidance', 'vicarious', 'encouragement', 'emotional_care', 'jargon')
ORDER BY agent_id, polarity, behaviour, conversation_id, rule_id
