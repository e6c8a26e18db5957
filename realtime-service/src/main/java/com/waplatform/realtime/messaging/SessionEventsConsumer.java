package com.waplatform.realtime.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventTypes;
import com.waplatform.realtime.service.TenantSockets;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Fans connection changes out to the sockets of the event's tenant, and new QR codes to its admins only (a QR
 * code lets whoever scans it attach a phone to the number).
 */
@ApplicationScoped
public class SessionEventsConsumer {

    private static final Logger LOG = Logger.getLogger(SessionEventsConsumer.class);

    private final TenantSockets sockets;
    private final ObjectMapper objectMapper;

    public SessionEventsConsumer(TenantSockets sockets, ObjectMapper objectMapper) {
        this.sockets = sockets;
        this.objectMapper = objectMapper;
    }

    @Incoming("session-events")
    public void onEvent(String record) {
        try {
            JsonNode envelope = objectMapper.readTree(record);
            String tenantId = envelope.path("tenantId").asText(null);
            String type = envelope.path("type").asText();
            if (tenantId == null) {
                return;
            }
            if (EventTypes.CONNECTION_QR_UPDATED.equals(type)) {
                sockets.broadcast(tenantId, record, true);
            } else if (EventTypes.CONNECTION_CHANGED.equals(type) || EventTypes.CONNECTION_DELETED.equals(type)) {
                sockets.broadcast(tenantId, record, false);
            }
        } catch (Exception e) {
            LOG.warnf("skipping an unreadable session event: %s", e.getMessage());
        }
    }
}
