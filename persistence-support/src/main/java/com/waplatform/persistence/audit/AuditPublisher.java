package com.waplatform.persistence.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.AuditRecord;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.persistence.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;

/**
 * Records an administrative action on {@code audit.events}, through the outbox, in the caller's transaction: the
 * action and its audit record commit together. tenant-service keeps the audit log from these.
 */
@ApplicationScoped
public class AuditPublisher {

    private final OutboxWriter outbox;
    private final ObjectMapper objectMapper;

    public AuditPublisher(OutboxWriter outbox, ObjectMapper objectMapper) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
    }

    public Uni<Void> record(String tenantId, String actorId, String actorName, String requestId, String action,
            String target, Map<String, ?> summary) {
        AuditRecord record = new AuditRecord(actorId, actorName, action, target, requestId,
                summary == null || summary.isEmpty() ? null : objectMapper.valueToTree(summary), Instant.now());
        return outbox.publish(Topics.AUDIT_EVENTS, EventEnvelope.of(EventTypes.AUDIT_RECORDED, tenantId, null,
                objectMapper.valueToTree(record)));
    }
}
