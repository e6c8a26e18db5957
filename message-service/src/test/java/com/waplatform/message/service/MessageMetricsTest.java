package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.waplatform.contracts.DeliveryStatus;
import com.waplatform.message.domain.AutomationDelivery;
import com.waplatform.web.metrics.TenantTags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The message metrics' labels: error codes bounded, the tenant only when asked for, automation outcomes. */
class MessageMetricsTest {

    @Test
    void errorCodesBeyondTheCapAreOtherAndStatusesAreCounted() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MessageMetrics metrics = new MessageMetrics(registry, new TenantTags(false, 100));
        for (int i = 0; i < MessageMetrics.MAX_CODES + 5; i++) {
            metrics.status("t-1", DeliveryStatus.FAILED, "code-" + i);
        }
        metrics.status("t-1", DeliveryStatus.DELIVERED, null);
        assertEquals(1, registry.counter("messages.failed", "code", "code-0").count());
        assertEquals(5, registry.counter("messages.failed", "code", "other").count());
        assertEquals(MessageMetrics.MAX_CODES + 5, registry.counter("messages.status", "status", "FAILED").count());
        assertEquals(1, registry.counter("messages.status", "status", "DELIVERED").count());
        assertEquals(MessageMetrics.MAX_CODES + 1, registry.find("messages.failed").counters().size());
    }

    @Test
    void theTenantLabelIsThereOnlyWhenEnabledAndBounded() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MessageMetrics metrics = new MessageMetrics(registry, new TenantTags(true, 1));
        metrics.received("t-1", "text");
        metrics.received("t-2", "image");
        metrics.sent("t-2", "text");
        assertEquals(1, registry.counter("messages.received", "tenant", "t-1", "type", "text").count());
        assertEquals(1, registry.counter("messages.received", "tenant", "other", "type", "image").count());
        assertEquals(1, registry.counter("messages.sent", "tenant", "t-2", "type", "text").count());

        SimpleMeterRegistry plain = new SimpleMeterRegistry();
        new MessageMetrics(plain, new TenantTags(false, 100)).received("t-1", "text");
        assertEquals(1, plain.counter("messages.received", "type", "text").count());
    }

    @Test
    void automationOutcomes() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MessageMetrics metrics = new MessageMetrics(registry, new TenantTags(false, 100));
        metrics.automation(AutomationDelivery.Status.DELIVERED);
        metrics.automation(AutomationDelivery.Status.PENDING);
        metrics.automation(AutomationDelivery.Status.DEAD);
        for (String outcome : new String[] {"delivered", "failed", "dead"}) {
            assertEquals(1, registry.counter("automation.deliveries", "outcome", outcome).count(), outcome);
        }
    }
}
