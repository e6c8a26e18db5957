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
    private final ReactiveRedisDataSource redis;

    public RateLimiter(ReactiveRedisDataSource redis) {
        this.redis = redis;
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
    }

    /** Messages granted now, when the first of them may go, the spacing between them, and when to ask again. */
    public record Pace(int granted, long firstAtMillis, double intervalMillis, Duration askAgainIn) {
    }

    /**
     * Even pacing shared by all replicas (GCRA: Redis keeps each subject's next free slot): grants up to
     * {@code wanted} slots of {@code 1/ratePerSecond} each, at most {@code ahead} into the future; the caller sends
     * the k-th at {@code firstAtMillis + k × intervalMillis}. When Redis is away, grants everything at the rate.
     */
    public Uni<Pace> pace(String subject, int wanted, int ratePerSecond, Duration ahead) {
        long now = System.currentTimeMillis();
        double interval = 1000.0 / ratePerSecond;
        String key = "pace:" + subject;
        return redis.execute("EVAL", PACE_SCRIPT, "1", key, Long.toString(now), Double.toString(interval),
                        Integer.toString(wanted), Long.toString(ahead.toMillis()))
                .map(reply -> {
                    int granted = reply.get(0).toInteger();
                    long first = (long) Double.parseDouble(reply.get(1).toString());
                    long next = (long) Double.parseDouble(reply.get(2).toString());
                    // ask again once half the horizon is free: batches, not a call per slot
                    long wait = Math.max((long) Math.ceil(interval), next - ahead.toMillis() / 2 - now);
                    return new Pace(granted, first, interval, Duration.ofMillis(wait));
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("pacing unavailable, spacing locally: %s", failure.getMessage());
                    return new Pace(wanted, now, interval, Duration.ofMillis((long) (wanted * interval)));
                });
    }

    /** GCRA in one atomic step: KEYS[1] holds the next free slot (epoch ms). */
    private static final String PACE_SCRIPT = """
            local now = tonumber(ARGV[1])
            local interval = tonumber(ARGV[2])
            local wanted = tonumber(ARGV[3])
            local ahead = tonumber(ARGV[4])
            local tat = tonumber(redis.call('GET', KEYS[1]) or ARGV[1])
            if tat < now then tat = now end
            local room = math.floor((now + ahead - tat) / interval)
            if room < 0 then room = 0 end
            local granted = math.min(wanted, room)
            local first = tat
            tat = tat + granted * interval
            redis.call('SET', KEYS[1], tostring(tat), 'PX', math.ceil(ahead) + 60000)
            return {granted, tostring(first), tostring(tat)}
            """;

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
