package com.waplatform.tenant.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.AuditRecord;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.tenant.service.AuditTrail;
import com.waplatform.web.resilience.ConsumerRetry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the audit log of the actions other services (and platform bypasses) publish on {@code audit.events}. While
 * the database is unavailable an entry is retried (the channel pauses), never dropped; one that can never be stored
 * goes to the dead-letter topic. A redelivered entry is recorded once (its event id).
 */
@ApplicationScoped
public class AuditEventsConsumer {

    private final ObjectMapper objectMapper;
    private final AuditTrail audit;
    private final ConsumerRetry retry;

    public AuditEventsConsumer(ObjectMapper objectMapper, AuditTrail audit, ConsumerRetry retry) {
        this.retry = retry;
        this.objectMapper = objectMapper;
        this.audit = audit;
    }

    @Incoming("audit-events")
    public Uni<Void> onAudit(String json) throws JsonProcessingException {
        EventEnvelope event = objectMapper.readValue(json, EventEnvelope.class);
        if (!EventTypes.AUDIT_RECORDED.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        AuditRecord record = objectMapper.treeToValue(event.payload(), AuditRecord.class);
        return retry.untilDone("audit entry", () -> audit.recordEvent(event, record));
    }
}
