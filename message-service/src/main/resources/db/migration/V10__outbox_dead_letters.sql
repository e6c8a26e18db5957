-- An outbox event that Kafka can never take (too large, invalid) is set aside with the reason instead of being
-- retried for ever in front of the others; failed attempts are counted (persistence-support OutboxRelay).
ALTER TABLE outbox_event ADD COLUMN attempts INT NOT NULL DEFAULT 0, ADD COLUMN last_error TEXT,
    ADD COLUMN dead_lettered_at TIMESTAMPTZ;
CREATE INDEX outbox_event_waiting ON outbox_event (id) WHERE dead_lettered_at IS NULL;
