-- The trace an outbox event or a queued send was asked for in (W3C traceparent): the relay sends the event as a
-- part of it (the Kafka record's header) and the worker makes the provider call in it (persistence-support
-- TraceParent).
ALTER TABLE outbox_event ADD COLUMN traceparent TEXT;
ALTER TABLE dispatch ADD COLUMN traceparent TEXT;
