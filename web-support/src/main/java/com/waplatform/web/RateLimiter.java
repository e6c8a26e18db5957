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

    /** How many of the wanted units were granted in this window, and how long until the next one. */
    public record Grant(int granted, Duration untilNextWindow) {
    }

    /**
     * Takes up to {@code wanted} units of {@code subject}'s budget for the current window in one round trip (units
     * not granted are given back). Grants everything when Redis is unreachable.
     */
    public Uni<Grant> acquireUpTo(String subject, int wanted, int limit, Duration window) {
        long windowMillis = window.toMillis();
        long now = System.currentTimeMillis();
        long windowStart = now - now % windowMillis;
        Duration rest = Duration.ofMillis(windowStart + windowMillis - now);
        String key = "rl:" + subject + ":" + windowMillis + ":" + windowStart;
        return counters.incrby(key, wanted)
                .call(count -> count == wanted ? keys.pexpire(key, windowMillis + 1000) : Uni.createFrom().voidItem())
                .flatMap(count -> {
                    int granted = (int) Math.max(0, Math.min(wanted, limit - (count - wanted)));
                    return granted == wanted ? Uni.createFrom().item(new Grant(granted, rest))
                            : counters.decrby(key, wanted - granted).replaceWith(new Grant(granted, rest));
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("rate limiting unavailable, letting the request through: %s", failure.getMessage());
                    return new Grant(wanted, rest);
                });
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
