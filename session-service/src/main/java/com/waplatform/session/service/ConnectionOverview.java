package com.waplatform.session.service;

import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.session.service.ConnectionHealth.Health;
import com.waplatform.web.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Platform staff's view of the numbers of every tenant: how many there are by type and by state, and one tenant's
 * numbers with their recent disconnections. It crosses tenants, so it reads in the audited bypass of row-level
 * security, naming why.
 */
@ApplicationScoped
public class ConnectionOverview {

    /** How far back a tenant's numbers' disconnections are counted. */
    public static final Duration RECENT = Duration.ofDays(7);

    /** Every connection (deleted ones are gone), by type and by state; every type and state present. */
    public record Summary(long total, Map<ConnectionType, Long> byType, Map<ConnectionState, Long> byState) {
    }

    private final ConnectionRepository connections;
    private final ConnectionHealth health;
    private final TenantScope scope;

    public ConnectionOverview(ConnectionRepository connections, ConnectionHealth health, TenantScope scope) {
        this.connections = connections;
        this.health = health;
        this.scope = scope;
    }

    @WithTransaction
    public Uni<Summary> summary(Actor actor) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "connection counts of every tenant")
                .chain(connections::countByTypeAndState)
                .map(counts -> {
                    Map<ConnectionType, Long> byType = zeros(ConnectionType.class);
                    Map<ConnectionState, Long> byState = zeros(ConnectionState.class);
                    counts.forEach(count -> {
                        byType.merge(count.type(), count.connections(), Long::sum);
                        byState.merge(count.state(), count.connections(), Long::sum);
                    });
                    return new Summary(byType.values().stream().mapToLong(Long::longValue).sum(), byType, byState);
                });
    }

    /** The tenant's numbers, each with its disconnections of the last {@link #RECENT}. */
    @WithTransaction
    public Uni<List<Health>> ofTenant(Actor actor, String tenantId) {
        OffsetDateTime now = OffsetDateTime.now();
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "connections of tenant " + tenantId)
                .chain(() -> health.over(tenantId, now.minus(RECENT), now));
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        return counts;
    }
}
