package com.waplatform.persistence.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /** Whether this instance relays the outbox to Kafka. */
    @WithDefault("true")
    boolean enabled();

    /** How often the relay looks for events when no commit notification woke it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events sent per batch. */
    @WithDefault("100")
    int batchSize();

    /**
     * Failed sends after which an event is set aside (dead-lettered) although its error looked temporary, provided
     * other events went out meanwhile (so that a broker outage never sets anything aside).
     */
    @WithDefault("20")
    int maxAttempts();

    /**
     * How often the {@code outbox.backlog} and {@code outbox.oldest.age.seconds} gauges are refreshed (one count
     * query each time, never one per scrape); 0 turns the refresh off.
     */
    @WithDefault("15s")
    Duration metricsInterval();
}
