package com.waplatform.gateway.guard;

import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.gateway.config.GatewayConfig;
import com.waplatform.gateway.service.WebhookRejected;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Redis in front of Kafka, in one round trip per webhook: counts it per source address and per connection (over
 * the limit: 429 with Retry-After, the provider backs off), and finds its events already handed over before (the
 * providers' duplicate deliveries, not published again). Delivered events are remembered afterwards. When Redis
 * is away, everything passes: true idempotency stays with the consumers.
 */
@ApplicationScoped
public class WebhookGuard {

    private static final Logger LOG = Logger.getLogger(WebhookGuard.class);
    private static final long WINDOW_MILLIS = 60_000;
    /** The key of events without a provider id: never set, so such events always pass. */
    private static final String NONE = "wh:seen:none";

    /** KEYS[1], KEYS[2]: counters; KEYS[3…]: delivered events. ARGV[1]: counter lifetime in ms. */
    private static final String CHECK = """
            local result = {}
            for i = 1, 2 do
              local n = redis.call('INCR', KEYS[i])
              if n == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[1]) end
              result[i] = n
            end
            for i = 3, #KEYS do
              result[i] = redis.call('EXISTS', KEYS[i])
            end
            return result
            """;

    private final ReactiveRedisDataSource redis;
    private final GatewayConfig config;

    public WebhookGuard(ReactiveRedisDataSource redis, GatewayConfig config) {
        this.redis = redis;
        this.config = config;
    }

    /** The events not delivered before; fails with 429 when the address or connection is over its limit. */
    public Uni<List<EventEnvelope>> admit(String address, UUID connectionId, List<EventEnvelope> events) {
        long now = System.currentTimeMillis();
        long window = now - now % WINDOW_MILLIS;
        List<String> args = new ArrayList<>();
        args.add(CHECK);
        args.add(Integer.toString(2 + events.size()));
        args.add("wh:rl:addr:" + address + ":" + window);
        args.add("wh:rl:conn:" + connectionId + ":" + window);
        events.forEach(e -> args.add(seenKey(e)));
        args.add(Long.toString(WINDOW_MILLIS + 1000));
        long retryAfter = Math.max(1, (window + WINDOW_MILLIS - now + 999) / 1000);
        return redis.execute("EVAL", args.toArray(new String[0]))
                .map(reply -> verdict(reply, events, retryAfter))
                .onFailure(e -> !(e instanceof WebhookRejected)).recoverWithItem(failure -> {
                    LOG.debugf("webhook guard unavailable, letting it through: %s", failure.getMessage());
                    return events;
                });
    }

    private List<EventEnvelope> verdict(Response reply, List<EventEnvelope> events, long retryAfter) {
        if (reply.get(0).toLong() > config.perAddressPerMinute()
                || reply.get(1).toLong() > config.perConnectionPerMinute()) {
            throw new WebhookRejected(429, "Too many webhooks; retry later", retryAfter);
        }
        List<EventEnvelope> fresh = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (reply.get(2 + i).toInteger() == 0) {
                fresh.add(events.get(i));
            }
        }
        return fresh;
    }

    /** Remembers events Kafka acknowledged (in the background: never delays nor fails the webhook). */
    public void remember(List<EventEnvelope> events) {
        List<String> keys = events.stream().map(WebhookGuard::seenKey).filter(k -> !k.equals(NONE)).toList();
        if (keys.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>();
        args.add("local ttl = ARGV[1] for i = 1, #KEYS do redis.call('SET', KEYS[i], '1', 'PX', ttl) end return 1");
        args.add(Integer.toString(keys.size()));
        args.addAll(keys);
        args.add(Long.toString(config.dedupeTtl().toMillis()));
        redis.execute("EVAL", args.toArray(new String[0])).subscribe().with(ok -> { },
                failure -> LOG.debugf("could not remember delivered events: %s", failure.getMessage()));
    }

    /** tenant + kind + provider message id (+ status); {@link #NONE} for events without a provider id. */
    static String seenKey(EventEnvelope event) {
        var payload = event.payload();
        String providerId = payload == null ? null : payload.path("providerMessageId").asText(null);
        if (providerId == null || providerId.isEmpty()) {
            return NONE;
        }
        String kind = EventTypes.MESSAGE_STATUS_REPORTED.equals(event.type())
                ? "s:" + payload.path("status").asText() : "m";
        return "wh:seen:" + event.tenantId() + ":" + kind + ":" + providerId;
    }
}
