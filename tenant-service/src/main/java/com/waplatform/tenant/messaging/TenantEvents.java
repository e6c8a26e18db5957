package com.waplatform.tenant.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.persistence.outbox.OutboxWriter;
import com.waplatform.tenant.domain.Tenant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Publishes tenant changes on {@code tenant.events} through the outbox (in the caller's transaction). */
@ApplicationScoped
public class TenantEvents {

    private final OutboxWriter outbox;
    private final ObjectMapper objectMapper;

    public TenantEvents(OutboxWriter outbox, ObjectMapper objectMapper) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
    }

    public Uni<Void> created(Tenant tenant) {
        var payload = objectMapper.valueToTree(Map.of(
                "tenantId", tenant.id.toString(),
                "slug", tenant.slug,
                "name", tenant.name,
                "status", tenant.status.name()));
        return outbox.publish(Topics.TENANT_EVENTS,
                EventEnvelope.of(EventTypes.TENANT_CREATED, tenant.id.toString(), null,
                        (com.fasterxml.jackson.databind.JsonNode) payload));
    }
}
