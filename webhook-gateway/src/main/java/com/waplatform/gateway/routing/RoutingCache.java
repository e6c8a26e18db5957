package com.waplatform.gateway.routing;

import com.waplatform.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Connection routing kept in memory so that the hot path does not call session-service for every webhook;
 * entries are dropped when {@code session.events} says the connection changed, and are refreshed after a while
 * anyway (one lookup per connection at a time, the known routing answering meanwhile). Unknown ids are
 * remembered briefly too, and both caches are bounded ({@code gateway.routing-cache-size}), so a flood of bad URLs
 * neither reaches session-service twice for one id nor grows the heap.
 */
@ApplicationScoped
public class RoutingCache {

    private final RefreshingCache<UUID, Routing> connections;
    private final RefreshingCache<String, Routing> platformNumbers;

    public RoutingCache(@RestClient SessionServiceClient sessionService, GatewayConfig config) {
        this.connections = new RefreshingCache<>(id -> found(sessionService.routing(id)), config.routingCacheTtl(),
                config.unknownRoutingTtl(), config.routingCacheSize(), System::currentTimeMillis);
        this.platformNumbers = new RefreshingCache<>(number -> found(sessionService.platformNumber(number)),
                config.routingCacheTtl(), config.unknownRoutingTtl(), config.routingCacheSize(),
                System::currentTimeMillis);
    }

    /** Forgets a connection (it changed or was deleted): the next webhook asks session-service again. */
    public void evict(UUID connectionId) {
        connections.evict(connectionId);
        platformNumbers.evictIf(r -> r.connectionId().equals(connectionId));
    }

    /** The routing of a number under the platform's own Meta app, by phone number id, or empty. */
    public Uni<Optional<Routing>> lookupPlatformNumber(String phoneNumberId) {
        return platformNumbers.get(phoneNumberId);
    }

    /** The connection's routing, or empty if no such connection exists. Fails if session-service is down. */
    public Uni<Optional<Routing>> lookup(UUID connectionId) {
        return connections.get(connectionId);
    }

    /** Whether the connection (or that it does not exist) is in memory: no lookup needed to answer for it. */
    public boolean remembers(UUID connectionId) {
        return connections.remembers(connectionId);
    }

    private static Uni<Optional<Routing>> found(Uni<Routing> answer) {
        return answer.map(Optional::of)
                .onFailure(e -> e instanceof WebApplicationException w && w.getResponse().getStatus() == 404)
                .recoverWithItem(Optional.empty());
    }
}
