package com.waplatform.message.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.message.service.DeliveryStatusService;
import com.waplatform.message.service.InboundService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code whatsapp.inbound} (customer messages, provider statuses) and {@code message.status} (send results).
 * A record is acknowledged after its transaction committed; redeliveries are harmless (idempotent services).
 */
@ApplicationScoped
public class InboundConsumer {

    private final ObjectMapper objectMapper;
    private final InboundService inbound;
    private final DeliveryStatusService statuses;

    public InboundConsumer(ObjectMapper objectMapper, InboundService inbound, DeliveryStatusService statuses) {
        this.objectMapper = objectMapper;
        this.inbound = inbound;
        this.statuses = statuses;
    }

    @Incoming("whatsapp-inbound")
    public Uni<Void> inbound(String record) throws JsonProcessingException {
        EventEnvelope event = objectMapper.readValue(record, EventEnvelope.class);
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
        return switch (event.type()) {
            case EventTypes.MESSAGE_SEND_ACCEPTED -> statuses.sendResult(event.tenantId(), event.payload(), true);
            case EventTypes.MESSAGE_SEND_FAILED -> statuses.sendResult(event.tenantId(), event.payload(), false);
            default -> Uni.createFrom().voidItem();
        };
    }
}
