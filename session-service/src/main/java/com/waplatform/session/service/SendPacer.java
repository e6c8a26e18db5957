package com.waplatform.session.service;

import com.waplatform.session.config.DispatchConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.web.RateLimiter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Throughput limits counted in Redis, so all replicas share them: messages per second per number (the
 * connection's own rate or the default) and messages per recipient per window (Meta's pair rate limit).
 */
@ApplicationScoped
public class SendPacer {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final RateLimiter limiter;
    private final DispatchConfig config;

    public SendPacer(RateLimiter limiter, DispatchConfig config) {
        this.limiter = limiter;
        this.config = config;
    }

    /** How many of {@code wanted} messages the number may send in this second (one Redis round trip). */
    public Uni<RateLimiter.Grant> grant(Connection connection, int wanted) {
        int rate = connection.sendRatePerSecond != null ? connection.sendRatePerSecond : config.ratePerSecond();
        return limiter.acquireUpTo("send:" + connection.id, wanted, rate, SECOND);
    }

    /** Empty when one more message to this recipient may go now; else how long to wait. */
    public Uni<Optional<Duration>> recipient(Connection connection, String recipient) {
        return limiter.acquire("send:" + connection.id + ":" + recipient, config.recipientLimit(),
                config.recipientWindow());
    }
}
