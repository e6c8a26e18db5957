package com.waplatform.session.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Automatic reconnection of Evolution connections closed for a retryable reason. */
@ConfigMapping(prefix = "reconnect")
public interface ReconnectConfig {

    @WithDefault("2s")
    Duration initialBackoff();

    @WithDefault("5m")
    Duration maxBackoff();

    /** After this many failed reconnects in a row the connection is FAILED and waits for a person. */
    @WithDefault("10")
    int maxAttempts();

    @WithDefault("1s")
    Duration pollInterval();
}
