-- Transactional outbox: events are written in the same transaction as the change they describe
-- and relayed to Kafka after commit by com.waplatform.outbox.OutboxRelay.
CREATE TABLE outbox_event (
    id          BIGSERIAL PRIMARY KEY,
    topic       TEXT        NOT NULL,
    record_key  TEXT        NOT NULL,
    payload     TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Wakes the relay as soon as a transaction that wrote events commits (NOTIFY is delivered on commit).
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END $$;

CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();
