package com.waplatform.gateway.guard;

import com.waplatform.gateway.config.GatewayConfig;
import com.waplatform.gateway.service.WebhookRejected;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Webhooks per minute per source address and per connection, counted in Redis (shared by all replicas); over the
 * limit is a 429 with Retry-After (providers back off and retry). When Redis is away the webhook passes.
 */
@ApplicationScoped
public class WebhookRateLimits {

    private static final Logger LOG = Logger.getLogger(WebhookRateLimits.class);
    private static final long WINDOW_MILLIS = 60_000;

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;
    private final GatewayConfig config;

    public WebhookRateLimits(ReactiveRedisDataSource redis, GatewayConfig config) {
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
        this.config = config;
    }

    /** Counts the webhook; fails with 429 when its address or its connection is over the limit. */
    public Uni<Void> admit(String address, UUID connectionId) {
        return count("addr:" + address, config.perAddressPerMinute())
                .chain(() -> count("conn:" + connectionId, config.perConnectionPerMinute()));
    }

    private Uni<Void> count(String subject, int limit) {
        long now = System.currentTimeMillis();
        long windowStart = now - now % WINDOW_MILLIS;
        String key = "wh:rl:" + subject + ":" + windowStart;
        long retryAfterSeconds = Math.max(1, (windowStart + WINDOW_MILLIS - now + 999) / 1000);
        return counters.incr(key)
                .call(n -> n == 1 ? keys.pexpire(key, WINDOW_MILLIS + 1000) : Uni.createFrom().voidItem())
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("webhook rate limits unavailable: %s", failure.getMessage());
                    return 0L;
                })
                .invoke(n -> {
                    if (n > limit) {
                        throw new WebhookRejected(429, "Too many webhooks; retry later", retryAfterSeconds);
                    }
                })
                .replaceWithVoid();
    }
}
