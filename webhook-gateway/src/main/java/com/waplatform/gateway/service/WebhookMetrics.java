package com.waplatform.gateway.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Webhooks taken ({@code webhooks.received{provider}}) and refused ({@code webhooks.rejected{provider,reason}}),
 * provider {@code meta} or {@code evolution}; the reason is one of a fixed set, from the refusal's status.
 */
@ApplicationScoped
public class WebhookMetrics {

    public static final String META = "meta";
    public static final String EVOLUTION = "evolution";

    private final MeterRegistry metrics;

    public WebhookMetrics(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    public void received(String provider) {
        metrics.counter("webhooks.received", "provider", provider).increment();
    }

    public void rejected(String provider, Throwable failure) {
        metrics.counter("webhooks.rejected", "provider", provider, "reason", reason(failure)).increment();
    }

    /**
     * {@code signature} (bad signature, secret or verify token), {@code unknown_connection}, {@code malformed},
     * {@code disabled} (no platform app configured), {@code rate_limited}, {@code unavailable} (routing or Kafka
     * down: the provider retries) or {@code error}.
     */
    static String reason(Throwable failure) {
        if (!(failure instanceof WebhookRejected rejected)) {
            return "error";
        }
        if (rejected instanceof Disabled) {
            return "disabled";
        }
        return switch (rejected.status()) {
            case 401, 403 -> "signature";
            case 404 -> "unknown_connection";
            case 400, 415, 422 -> "malformed";
            case 429 -> "rate_limited";
            case 503 -> "unavailable";
            default -> "error";
        };
    }

    /** The platform endpoint called while no platform app is configured. */
    static final class Disabled extends WebhookRejected {
        Disabled() {
            super(404, "No platform app is configured");
        }
    }
}
