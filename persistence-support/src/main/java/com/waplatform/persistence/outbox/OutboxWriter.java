package com.waplatform.persistence.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.persistence.tracing.TraceParent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records an event in the caller's transaction. Call it from inside a {@code @WithTransaction} method:
 * the event is published if and only if that transaction commits, as a part of the caller's trace.
 */
@ApplicationScoped
public class OutboxWriter {

    private final ObjectMapper objectMapper;

    public OutboxWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Uni<Void> publish(String topic, EventEnvelope envelope) {
        OutboxEvent event = new OutboxEvent();
        event.topic = topic;
        event.recordKey = envelope.tenantId();
        event.traceparent = TraceParent.current();
        try {
            event.payload = objectMapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("event cannot be serialized", e));
        }
        return event.persist().replaceWithVoid();
    }
}
