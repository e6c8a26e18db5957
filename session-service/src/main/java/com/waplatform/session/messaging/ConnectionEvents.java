package com.waplatform.session.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.persistence.outbox.OutboxWriter;
import com.waplatform.session.domain.Connection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Announces connection changes on {@code session.events} through the outbox, in the caller's transaction: the
 * gateway refreshes its routing, the realtime service tells the tenant's people. Never a credential.
 */
@ApplicationScoped
public class ConnectionEvents {

    private final OutboxWriter outbox;
    private final ObjectMapper objectMapper;

    public ConnectionEvents(OutboxWriter outbox, ObjectMapper objectMapper) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
    }

    public Uni<Void> changed(Connection c) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("connectionId", c.id.toString())
                .put("type", c.type.name())
                .put("name", c.name)
                .put("state", c.state.name())
                .put("stateReason", c.stateReason)
                .put("enabled", c.enabled)
                .put("bot", c.bot.name())
                .put("phoneNumberId", c.phoneNumberId)
                .put("displayPhoneNumber", c.displayPhoneNumber)
                .put("stateChangedAt", c.stateChangedAt.toString());
        return publish(EventTypes.CONNECTION_CHANGED, c, payload);
    }

    public Uni<Void> deleted(Connection c) {
        return publish(EventTypes.CONNECTION_DELETED, c,
                objectMapper.createObjectNode().put("connectionId", c.id.toString()).put("type", c.type.name()));
    }

    private Uni<Void> publish(String type, Connection c, ObjectNode payload) {
        return outbox.publish(Topics.SESSION_EVENTS, EventEnvelope.of(type, c.tenantId, c.id.toString(), payload));
    }
}
