package com.waplatform.realtime.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.realtime.service.TenantSockets;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Fans {@code conversation.events} out to the sockets of the event's tenant (each instance gets every event). */
@ApplicationScoped
public class ConversationEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ConversationEventsConsumer.class);

    private final TenantSockets sockets;
    private final ObjectMapper objectMapper;

    public ConversationEventsConsumer(TenantSockets sockets, ObjectMapper objectMapper) {
        this.sockets = sockets;
        this.objectMapper = objectMapper;
    }

    @Incoming("conversation-events")
    public void onEvent(String record) {
        try {
            JsonNode envelope = objectMapper.readTree(record);
            String tenantId = envelope.path("tenantId").asText(null);
            if (tenantId != null) {
                sockets.broadcast(tenantId, record);
            }
        } catch (Exception e) {
            LOG.warnf("skipping an unreadable conversation event: %s", e.getMessage());
        }
    }
}
