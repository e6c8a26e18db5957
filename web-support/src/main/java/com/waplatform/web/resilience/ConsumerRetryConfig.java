package com.waplatform.web.resilience;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a Kafka consumer retries a record while the database (or another dependency) is unavailable. */
@ConfigMapping(prefix = "consumer-retry")
public interface ConsumerRetryConfig {

    /** The wait before the first retry; it doubles (with jitter) on each further attempt. */
    @WithDefault("200ms")
    Duration firstBackoff();

    /** The longest wait between two attempts. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** One attempt that has not finished by then counts as failed (a database that hangs) and is retried. */
    @WithDefault("30s")
    Duration attemptTimeout();
}
