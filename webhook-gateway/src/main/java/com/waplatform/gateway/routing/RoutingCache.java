package com.waplatform.gateway.routing;

import com.waplatform.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Connection routing kept in memory so that the hot path does not call session-service for every webhook;
 * entries are dropped when {@code session.events} says the connection changed, and expire after a while anyway.
 * Unknown ids are remembered briefly too, so a flood of bad URLs does not reach session-service.
 */
@ApplicationScoped
public class RoutingCache {

    private record Entry(Optional<Routing> routing, long expiresAt) {
    }

    private final SessionServiceClient sessionService;
    private final GatewayConfig config;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Entry> platformNumbers = new ConcurrentHashMap<>();

    public RoutingCache(@RestClient SessionServiceClient sessionService, GatewayConfig config) {
        this.sessionService = sessionService;
        this.config = config;
    }

    /** Forgets a connection (it changed or was deleted): the next webhook asks session-service again. */
    public void evict(UUID connectionId) {
        entries.remove(connectionId);
        platformNumbers.values().removeIf(e -> e.routing().map(r -> r.connectionId().equals(connectionId))
                .orElse(false));
    }

    /** The routing of a number under the platform's own Meta app, by phone number id, or empty. */
    public Uni<Optional<Routing>> lookupPlatformNumber(String phoneNumberId) {
        return cached(platformNumbers, phoneNumberId, () -> sessionService.platformNumber(phoneNumberId));
    }

    /** The connection's routing, or empty if no such connection exists. Fails if session-service is down. */
    public Uni<Optional<Routing>> lookup(UUID connectionId) {
        return cached(entries, connectionId, () -> sessionService.routing(connectionId));
    }

    private <K> Uni<Optional<Routing>> cached(Map<K, Entry> cache, K key, Supplier<Uni<Routing>> ask) {
        Entry cached = cache.get(key);
        long now = System.currentTimeMillis();
        if (cached != null && cached.expiresAt() > now) {
            return Uni.createFrom().item(cached.routing());
        }
        return ask.get()
                .map(Optional::of)
                .onFailure(e -> e instanceof WebApplicationException w && w.getResponse().getStatus() == 404)
                .recoverWithItem(Optional.empty())
                .invoke(found -> cache.put(key, new Entry(found, now
                        + (found.isPresent() ? config.routingCacheTtl() : config.unknownRoutingTtl()).toMillis())));
    }
}
