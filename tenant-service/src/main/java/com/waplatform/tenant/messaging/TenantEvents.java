package com.waplatform.tenant.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.persistence.outbox.OutboxWriter;
import com.waplatform.tenant.config.TenantsConfig;
import com.waplatform.tenant.domain.Tenant;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Publishes tenant changes on {@code tenant.events} through the outbox (in the caller's transaction). */
@ApplicationScoped
public class TenantEvents {

    private final OutboxWriter outbox;
    private final ObjectMapper objectMapper;
    private final String topic;

    public TenantEvents(OutboxWriter outbox, ObjectMapper objectMapper, TenantsConfig config) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.topic = config.eventsTopic();
    }

    /** {@code type} is one of the tenant.* event types; the payload is the tenant after the change. */
    public Uni<Void> publish(String type, Tenant tenant) {
        JsonNode payload = objectMapper.valueToTree(snapshot(tenant));
        return outbox.publish(topic, EventEnvelope.of(type, tenant.id.toString(), null, payload));
    }

    public static TenantSnapshot snapshot(Tenant t) {
        return new TenantSnapshot(t.id.toString(), t.slug, t.name, t.status.name(), t.statusReason, t.version,
                t.maxConnections, t.maxAgents, t.messagesPerMonth, t.apiRequestsPerMinute, t.automationWebhookUrl, t.botEnabled, t.timezone,
                t.defaultLanguage, t.mediaQuotaBytes, t.mediaRetentionDays);
    }
}
