package com.waplatform.message.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.message.service.DeliveryStatusService;
import com.waplatform.message.service.InboundService;
import com.waplatform.web.TenantDirectory;
import com.waplatform.web.resilience.ConsumerRetry;
import com.waplatform.web.validation.Nul;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * {@code whatsapp.inbound} (customer messages, provider statuses) and {@code message.status} (send results).
 * A record is acknowledged after its transaction committed; redeliveries are harmless (idempotent services).
 * Events of a purged tenant still on their way when its data went are dropped, so that nothing of it comes back.
 * Texts are stored without the NUL character. While the database is unavailable a record is retried (the channel
 * pauses, nothing after it is taken, its offset is not committed); a record that can never be stored goes to the
 * dead-letter topic.
 */
@ApplicationScoped
public class InboundConsumer {

    private static final Logger LOG = Logger.getLogger(InboundConsumer.class);

    private final ObjectMapper objectMapper;
    private final InboundService inbound;
    private final DeliveryStatusService statuses;
    private final TenantDirectory tenants;
    private final ConsumerRetry retry;

    public InboundConsumer(ObjectMapper objectMapper, InboundService inbound, DeliveryStatusService statuses,
            TenantDirectory tenants, ConsumerRetry retry) {
        this.tenants = tenants;
        this.retry = retry;
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
        return retry.untilDone(event.type(), () -> received(event));
    }

    private Uni<Void> received(EventEnvelope event) {
        return switch (event.type()) {
            case EventTypes.MESSAGE_RECEIVED ->
                    inbound.receive(event.tenantId(), UUID.fromString(event.connectionId()), storable(event))
                            .replaceWithVoid();
            case EventTypes.MESSAGE_STATUS_REPORTED -> statuses.reported(event.tenantId(), storable(event));
            default -> Uni.createFrom().voidItem();
        };
    }

    @Incoming("message-status")
    public Uni<Void> sendResult(String record) throws JsonProcessingException {
        EventEnvelope event = objectMapper.readValue(record, EventEnvelope.class);
        if (ofPurgedTenant(event)) {
            return Uni.createFrom().voidItem();
        }
        return retry.untilDone(event.type(), () -> applied(event));
    }

    private Uni<Void> applied(EventEnvelope event) {
        return switch (event.type()) {
            case EventTypes.MESSAGE_SEND_ACCEPTED -> statuses.sendResult(event.tenantId(), storable(event), true);
            case EventTypes.MESSAGE_SEND_FAILED -> statuses.sendResult(event.tenantId(), storable(event), false);
            default -> Uni.createFrom().voidItem();
        };
    }

    /**
     * The payload without NUL characters, which PostgreSQL cannot store: a customer's text that holds one (or a
     * provider's error) is kept without it instead of failing, so that no customer message is lost.
     */
    private static JsonNode storable(EventEnvelope event) {
        return Nul.removedFrom(event.payload());
    }

    private boolean ofPurgedTenant(EventEnvelope event) {
        if (!tenants.purged(event.tenantId())) {
            return false;
        }
        LOG.debugf("%s of purged tenant %s dropped", event.type(), event.tenantId());
        return true;
    }
}
