-- Conversation report medians: each opening's first response and resolution as whole seconds (elapsed since the
-- opening message, truncated; never negative), kept by the database whenever the instants are written or cleared
-- (a reopen clears the resolution, and with it its duration); at most 2^31 - 1 (68 years), so that no write can fail
-- on it. Adding them fills them in for every existing opening.
ALTER TABLE conversation_episode
    ADD COLUMN first_response_seconds INT GENERATED ALWAYS AS (
        CAST(least(greatest(floor(extract(epoch FROM first_reply_at - opened_at)), 0), 2147483647) AS INT)) STORED,
    ADD COLUMN resolution_seconds INT GENERATED ALWAYS AS (
        CAST(least(greatest(floor(extract(epoch FROM resolved_at - opened_at)), 0), 2147483647) AS INT)) STORED;

-- The conversation report reads a period's episodes in one pass, found through the three instants' indexes (the
-- opening's, and these two, no longer carrying columns for index-only scans).
DROP INDEX conversation_episode_replied_idx;
DROP INDEX conversation_episode_resolved_idx;
CREATE INDEX conversation_episode_replied_idx ON conversation_episode (tenant_id, first_reply_at)
    WHERE first_reply_at IS NOT NULL;
CREATE INDEX conversation_episode_resolved_idx ON conversation_episode (tenant_id, resolved_at)
    WHERE resolved_at IS NOT NULL;
