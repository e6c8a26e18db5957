package com.waplatform.message.service;

import com.waplatform.contracts.DeliveryStatus;
import com.waplatform.message.domain.AutomationDelivery;
import com.waplatform.web.metrics.BoundedTagValues;
import com.waplatform.web.metrics.TenantTags;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The message business metrics: {@code messages.received{type}} (customers' messages by content type),
 * {@code messages.sent{type}} (outbound messages created), {@code messages.status{status}} (an outbound message
 * reached SENT, DELIVERED, READ or FAILED), {@code messages.failed{code}} (the provider's error code, at most
 * {@value #MAX_CODES} distinct, later ones {@code other}) and {@code automation.deliveries{outcome}} (delivered,
 * failed: to be retried, dead). Received, sent and failed carry a {@code tenant} label when
 * {@code metrics.tenant-labels.enabled} ({@link TenantTags}).
 */
@ApplicationScoped
public class MessageMetrics {

    static final int MAX_CODES = 50;
    static final int MAX_TYPES = 30;

    private final MeterRegistry metrics;
    private final TenantTags tenants;
    private final BoundedTagValues codes = new BoundedTagValues(MAX_CODES);
    private final BoundedTagValues types = new BoundedTagValues(MAX_TYPES);

    public MessageMetrics(MeterRegistry metrics, TenantTags tenants) {
        this.metrics = metrics;
        this.tenants = tenants;
    }

    /** A customer's message stored. */
    public void received(String tenantId, String type) {
        counter("messages.received", tenantId, Tags.of("type", types.of(type))).increment();
    }

    /** An outbound message created (to be sent). */
    public void sent(String tenantId, String type) {
        counter("messages.sent", tenantId, Tags.of("type", types.of(type))).increment();
    }

    /** An outbound message moved to this status; a failure also counts its provider's error code. */
    public void status(String tenantId, DeliveryStatus status, String errorCode) {
        metrics.counter("messages.status", "status", status.name()).increment();
        if (status == DeliveryStatus.FAILED) {
            counter("messages.failed", tenantId, Tags.of("code", codes.of(errorCode))).increment();
        }
    }

    /** What became of an attempt to hand a customer's message to the tenant's automation. */
    public void automation(AutomationDelivery.Status status) {
        String outcome = switch (status) {
            case DELIVERED -> "delivered";
            case DEAD -> "dead";
            case PENDING -> "failed";
        };
        metrics.counter("automation.deliveries", "outcome", outcome).increment();
    }

    private Counter counter(String name, String tenantId, Tags tags) {
        return metrics.counter(name, tags.and(tenants.of(name, tenantId)));
    }
}
