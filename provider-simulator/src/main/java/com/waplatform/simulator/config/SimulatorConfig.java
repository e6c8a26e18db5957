package com.waplatform.simulator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "simulator")
public interface SimulatorConfig {

    Meta meta();

    Webhooks webhooks();

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
