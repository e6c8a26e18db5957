package com.waplatform.gateway.guard;

import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.gateway.config.GatewayConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The cheap path for the providers' duplicate deliveries: an event already handed to Kafka (same tenant, same
 * provider message id, same status) is remembered in Redis for a while and not published again. Only events that
 * were acknowledged are remembered, so a failed attempt never hides the retry. True idempotency stays with the
 * consumers; when Redis is away, everything is published.
 */
@ApplicationScoped
public class DuplicateFilter {

    private static final Logger LOG = Logger.getLogger(DuplicateFilter.class);

    private final ReactiveValueCommands<String, String> values;
    private final GatewayConfig config;

    public DuplicateFilter(ReactiveRedisDataSource redis, GatewayConfig config) {
        this.values = redis.value(String.class);
        this.config = config;
    }

    /** The events not seen before (events without a provider id always pass). */
    public Uni<List<EventEnvelope>> unseen(List<EventEnvelope> events) {
        List<String> keys = events.stream().map(DuplicateFilter::key).filter(k -> k != null).toList();
        if (keys.isEmpty()) {
            return Uni.createFrom().item(events);
        }
        return values.mget(keys.toArray(new String[0])).map(seen -> {
            List<EventEnvelope> fresh = new ArrayList<>();
            for (EventEnvelope event : events) {
                String key = key(event);
                if (key == null || seen.get(key) == null) {
                    fresh.add(event);
                }
            }
            return fresh;
        }).onFailure().recoverWithItem(failure -> {
            LOG.debugf("duplicate check unavailable: %s", failure.getMessage());
            return events;
        });
    }

    /** Remembers events Kafka acknowledged. Never fails the webhook. */
    public Uni<Void> remember(List<EventEnvelope> events) {
        List<Uni<Void>> writes = new ArrayList<>();
        SetArgs ttl = new SetArgs().px(config.dedupeTtl().toMillis());
        for (EventEnvelope event : events) {
            String key = key(event);
            if (key != null) {
                writes.add(values.set(key, "1", ttl));
            }
        }
        if (writes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(writes).andCollectFailures().replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("could not remember delivered events: %s", failure.getMessage());
                    return null;
                });
    }

    /** tenant + kind + provider message id (+ status): a redelivery has the same, a new status another. */
    static String key(EventEnvelope event) {
        var payload = event.payload();
        String providerId = payload == null ? null : payload.path("providerMessageId").asText(null);
        if (providerId == null || providerId.isEmpty()) {
            return null;
        }
        String kind = EventTypes.MESSAGE_STATUS_REPORTED.equals(event.type())
                ? "s:" + payload.path("status").asText() : "m";
        return "wh:seen:" + event.tenantId() + ":" + kind + ":" + providerId;
    }
}
