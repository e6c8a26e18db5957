package com.waplatform.session.service;

import com.waplatform.session.config.DispatchConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.web.RateLimiter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Throughput limits kept in Redis, so all replicas share them: messages per number evenly spaced at its rate (the
 * connection's own or the default) and messages per recipient per window (Meta's pair rate limit).
 */
@ApplicationScoped
public class SendPacer {

    /** Slots are granted this far ahead at most: the largest burst a stall can cause is a quarter second's worth. */
    private static final Duration AHEAD = Duration.ofMillis(250);

    private final RateLimiter limiter;
    private final DispatchConfig config;

    public SendPacer(RateLimiter limiter, DispatchConfig config) {
        this.limiter = limiter;
        this.config = config;
    }

    /**
     * Slots for up to {@code wanted} messages of the number, evenly spaced at its rate (the k-th goes at
     * {@code firstAtMillis + k × intervalMillis}), at most a quarter second ahead (one Redis round trip).
     */
    public Uni<RateLimiter.Pace> grant(Connection connection, int wanted) {
        return limiter.pace("send:" + connection.id, wanted, rate(connection), AHEAD);
    }

    private int rate(Connection connection) {
        return connection.sendRatePerSecond != null ? connection.sendRatePerSecond : config.ratePerSecond();
    }

    /** Empty when one more message to this recipient may go now; else how long to wait. */
    public Uni<Optional<Duration>> recipient(Connection connection, String recipient) {
        return limiter.acquire("send:" + connection.id + ":" + recipient, config.recipientLimit(),
                config.recipientWindow());
    }
}
