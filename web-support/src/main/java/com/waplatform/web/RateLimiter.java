package com.waplatform.web;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Fixed-window request counters in Redis, shared by every replica of a service. When Redis is unreachable the
 * request is let through (and logged): the limits protect the platform, they must not take it down.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;

    public RateLimiter(ReactiveRedisDataSource redis) {
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
    }

    /** Counts one request for {@code subject}; empty if allowed, else how long until the window ends. */
    public Uni<Optional<Duration>> acquire(String subject, int limit, Duration window) {
        long windowMillis = window.toMillis();
        long now = System.currentTimeMillis();
        long windowStart = now - now % windowMillis;
        String key = "rl:" + subject + ":" + windowMillis + ":" + windowStart;
        return counters.incr(key)
                .call(count -> count == 1 ? keys.pexpire(key, windowMillis + 1000) : Uni.createFrom().voidItem())
                .map(count -> count <= limit ? Optional.<Duration>empty()
                        : Optional.of(Duration.ofMillis(windowStart + windowMillis - now)))
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("rate limiting unavailable, letting the request through: %s", failure.getMessage());
                    return Optional.empty();
                });
    }
}
