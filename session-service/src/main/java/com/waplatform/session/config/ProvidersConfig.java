package com.waplatform.session.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "providers")
public interface ProvidersConfig {

    GraphApi graphApi();

    /** Base URL the providers reach this platform's webhooks at (the public origin). */
    String publicBaseUrl();

    interface GraphApi {
        /** e.g. https://graph.facebook.com */
        String baseUrl();

        @WithDefault("v21.0")
        String version();

        @WithDefault("10s")
        Duration timeout();

        /** Attempts for a send that failed for a retryable reason (5xx, timeouts, throttling). */
        @WithDefault("5")
        int sendAttempts();

        @WithDefault("200ms")
        Duration retryInitialBackoff();
    }
}
