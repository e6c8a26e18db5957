-- The trace of the transaction that wrote an outbox event (W3C traceparent), sent as the Kafka record's header so
-- that the event's consumers continue that trace (persistence-support OutboxWriter, OutboxRelay).
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
