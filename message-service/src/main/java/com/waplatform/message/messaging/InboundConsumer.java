package com.waplatform.message.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.message.service.DeliveryStatusService;
import com.waplatform.message.service.InboundService;
import com.waplatform.web.TenantDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code whatsapp.inbound} (customer messages, provider statuses) and {@code message.status} (send results).
 * A record is acknowledged after its transaction committed; redeliveries are harmless (idempotent services).
 * Events of a purged tenant still on their way when its data went are dropped, so that nothing of it comes back.
 */
@ApplicationScoped
public class InboundConsumer {

    private static final Logger LOG = Logger.getLogger(InboundConsumer.class);

    private final ObjectMapper objectMapper;
    private final InboundService inbound;
    private final DeliveryStatusService statuses;
    private final TenantDirectory tenants;

    public InboundConsumer(ObjectMapper objectMapper, InboundService inbound, DeliveryStatusService statuses,
            TenantDirectory tenants) {
        this.tenants = tenants;
        this.objectMapper = objectMapper;
        this.inbound = inbound;
        this.statuses = statuses;
    }

    @Incoming("whatsapp-inbound")
    public Uni<Void> inbound(String record) throws JsonProcessingException {
        EventEnvelope event = objectMapper.readValue(record, EventEnvelope.class);
        if (ofPurgedTenant(event)) {
            return Uni.createFrom().voidItem();
        }
        return switch (event.type()) {
            case EventTypes.MESSAGE_RECEIVED ->
                    inbound.receive(event.tenantId(), UUID.fromString(event.connectionId()), event.payload())
                            .replaceWithVoid();
            case EventTypes.MESSAGE_STATUS_REPORTED -> statuses.reported(event.tenantId(), event.payload());
            default -> Uni.createFrom().voidItem();
        };
    }

    @Incoming("message-status")
    public Uni<Void> sendResult(String record) throws JsonProcessingException {
        EventEnvelope event = objectMapper.readValue(record, EventEnvelope.class);
        if (ofPurgedTenant(event)) {
            return Uni.createFrom().voidItem();
        }
        return switch (event.type()) {
            case EventTypes.MESSAGE_SEND_ACCEPTED -> statuses.sendResult(event.tenantId(), event.payload(), true);
            case EventTypes.MESSAGE_SEND_FAILED -> statuses.sendResult(event.tenantId(), event.payload(), false);
            default -> Uni.createFrom().voidItem();
        };
    }

    private boolean ofPurgedTenant(EventEnvelope event) {
        if (!tenants.purged(event.tenantId())) {
            return false;
        }
        LOG.debugf("%s of purged tenant %s dropped", event.type(), event.tenantId());
        return true;
    }
}
