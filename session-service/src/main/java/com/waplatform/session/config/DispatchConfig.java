package com.waplatform.session.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The outbound send queue: pacing per number and per recipient, retries, and the worker's rhythm. */
@ConfigMapping(prefix = "dispatch")
public interface DispatchConfig {

    /** Messages per second one number may send, unless the connection sets its own (Meta's default: 80). */
    @WithDefault("80")
    int ratePerSecond();

    /** Messages to one recipient from one number per {@link #recipientWindow()} (Meta's pair rate limit). */
    @WithDefault("20")
    int recipientLimit();

    @WithDefault("60s")
    Duration recipientWindow();

    /** First wait after a retryable failure; doubles each time (with jitter) up to {@link #maxBackoff()}. */
    @WithDefault("1s")
    Duration initialBackoff();

    @WithDefault("5m")
    Duration maxBackoff();

    /** A message still not sent after this long fails with the last reason. */
    @WithDefault("24h")
    Duration giveUpAfter();

    @WithDefault("100ms")
    Duration pollInterval();

    /** Rows one worker takes per round, and per connection within it. */
    @WithDefault("400")
    int batchSize();

    @WithDefault("100")
    int perConnectionBatch();

    /** How long a taken row stays with its worker before another may take it (crash recovery). */
    @WithDefault("60s")
    Duration lease();

    /** Set false to run no worker in this replica. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often the {@code dispatch.queue.depth} and {@code dispatch.queue.oldest.age.seconds} gauges are
     * refreshed (one count query each time, never one per scrape); 0 turns the refresh off.
     */
    @WithDefault("15s")
    Duration metricsInterval();
}
