package com.waplatform.gateway.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.gateway.routing.RoutingCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code session.events} (every gateway replica in its own group) and drops the cached routing of a
 * connection that changed or was deleted.
 */
@ApplicationScoped
public class ConnectionChangesConsumer {

    private final ObjectMapper objectMapper;
    private final RoutingCache routing;

    public ConnectionChangesConsumer(ObjectMapper objectMapper, RoutingCache routing) {
        this.objectMapper = objectMapper;
        this.routing = routing;
    }

    @Incoming("connection-changes")
    public void consume(String record) throws JsonProcessingException {
        EventEnvelope envelope = objectMapper.readValue(record, EventEnvelope.class);
        if ((EventTypes.CONNECTION_CHANGED.equals(envelope.type())
                || EventTypes.CONNECTION_DELETED.equals(envelope.type())) && envelope.connectionId() != null) {
            routing.evict(UUID.fromString(envelope.connectionId()));
        }
    }
}
