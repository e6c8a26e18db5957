package com.waplatform.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Refusals are counted under a small fixed set of reasons. */
class WebhookMetricsTest {

    @Test
    void eachRefusalHasItsReason() {
        assertEquals("signature", WebhookMetrics.reason(new WebhookRejected(401, "bad signature")));
        assertEquals("signature", WebhookMetrics.reason(new WebhookRejected(403, "Verification failed")));
        assertEquals("unknown_connection", WebhookMetrics.reason(new WebhookRejected(404, "Unknown connection")));
        assertEquals("disabled", WebhookMetrics.reason(new WebhookMetrics.Disabled()));
        assertEquals("malformed", WebhookMetrics.reason(new WebhookRejected(400, "not JSON")));
        assertEquals("rate_limited", WebhookMetrics.reason(new WebhookRejected(429, "slow down", 3)));
        assertEquals("unavailable", WebhookMetrics.reason(new WebhookRejected(503, "retry")));
        assertEquals("error", WebhookMetrics.reason(new IllegalStateException("bug")));
    }

    @Test
    void receivedAndRejectedAreCountedPerProvider() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        WebhookMetrics metrics = new WebhookMetrics(registry);
        metrics.received(WebhookMetrics.META);
        metrics.received(WebhookMetrics.META);
        metrics.rejected(WebhookMetrics.EVOLUTION, new WebhookRejected(404, "Unknown connection"));
        assertEquals(2, registry.counter("webhooks.received", "provider", "meta").count());
        assertEquals(1, registry.counter("webhooks.rejected", "provider", "evolution", "reason",
                "unknown_connection").count());
    }
}
