package com.waplatform.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    /** Where this simulator is reached (webhooks' {@code server_url}, media download URLs). */
    @WithDefault("http://127.0.0.1:8090")
    String publicUrl();

    Meta meta();

    Webhooks webhooks();

    Evolution evolution();

    interface Evolution {
        /** The server's global API key (AUTHENTICATION_API_KEY in Evolution); instance tokens work per instance. */
        String apiKey();

        /** How often a waiting instance shows a new QR code (WhatsApp Web: about 20 s). */
        @WithDefault("20s")
        Duration qrInterval();

        /** QR codes shown before the instance gives up ({@code QRCODE_LIMIT}). */
        @WithDefault("30")
        int qrLimit();

        /** Time a paired instance takes from {@code connecting} to {@code open}. */
        @WithDefault("300ms")
        Duration reconnectDelay();

        @WithDefault("150ms")
        Duration deliveredDelay();

        @WithDefault("500ms")
        Duration readDelay();
    }

    interface Meta {
        /** Delay after a send before the "sent" status webhook. */
        @WithDefault("150ms")
        Duration sentDelay();

        @WithDefault("400ms")
        Duration deliveredDelay();

        @WithDefault("800ms")
        Duration readDelay();
    }

    interface Webhooks {
        /** Attempts for a webhook that was not answered 200 (Meta retries for days; this is bounded). */
        @WithDefault("10")
        int attempts();

        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("10s")
        Duration timeout();
    }
}
