package com.waplatform.message.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.message.service.ConnectionProfiles;
import com.waplatform.web.TenantDirectory;
import com.waplatform.web.resilience.ConsumerRetry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code session.events}: the name, business number and bot switch of each connection, kept for the payloads
 * forwarded to the tenant's automation and for whether the bot answers on that number. Idempotent (the last
 * announcement wins); a purged tenant's events are dropped. While the database is unavailable an event is retried,
 * never skipped.
 */
@ApplicationScoped
public class SessionEventsConsumer {

    private final ObjectMapper objectMapper;
    private final ConnectionProfiles profiles;
    private final TenantDirectory tenants;
    private final ConsumerRetry retry;

    public SessionEventsConsumer(ObjectMapper objectMapper, ConnectionProfiles profiles, TenantDirectory tenants,
            ConsumerRetry retry) {
        this.retry = retry;
        this.objectMapper = objectMapper;
        this.profiles = profiles;
        this.tenants = tenants;
    }

    @Incoming("session-events")
    public Uni<Void> consume(String record) throws JsonProcessingException {
        EventEnvelope event = objectMapper.readValue(record, EventEnvelope.class);
        if (event.connectionId() == null || tenants.purged(event.tenantId())) {
            return Uni.createFrom().voidItem();
        }
        UUID connection = UUID.fromString(event.connectionId());
        return retry.untilDone(event.type(), () -> switch (event.type()) {
            case EventTypes.CONNECTION_CHANGED -> profiles.changed(event.tenantId(), connection, event.payload());
            case EventTypes.CONNECTION_DELETED -> profiles.deleted(event.tenantId(), connection);
            default -> Uni.createFrom().voidItem();
        });
    }
}
