package com.waplatform.session.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "providers")
public interface ProvidersConfig {

    GraphApi graphApi();

    Evolution evolution();

    /** Base URL the providers reach this platform's webhooks at (the public origin). */
    String publicBaseUrl();

    /** Largest media file fetched from a provider for the platform (Meta allows up to 100 MB for documents). */
    @WithDefault("16777216")
    long mediaMaxBytes();

    interface Evolution {
        /** e.g. https://evolution.example.com; absent: this platform offers no Evolution connections. */
        Optional<String> baseUrl();

        /** The Evolution server's global API key (creates instances); instance tokens are per connection. */
        Optional<String> apiKey();

        @WithDefault("10s")
        Duration timeout();

        /** HTTP connections kept open to the provider (sends go out side by side). */
        @WithDefault("64")
        int maxConnections();
    }

    interface GraphApi {
        /** e.g. https://graph.facebook.com */
        String baseUrl();

        @WithDefault("v21.0")
        String version();

        /** The platform's own Meta app secret, for numbers onboarded under that app (absent: none can be). */
        Optional<String> platformAppSecret();

        @WithDefault("10s")
        Duration timeout();

        /** HTTP connections kept open to the provider (sends go out side by side). */
        @WithDefault("64")
        int maxConnections();
    }
}
