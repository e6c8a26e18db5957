package com.waplatform.session.service;

import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.session.repository.ConnectionStateChangeRepository;
import com.waplatform.session.repository.ConnectionStateChangeRepository.TimeInState;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How a tenant's connections fared over a period, from their state history: the time each spent in each state and
 * how often an open one was lost (OPEN to CLOSED or FAILED). Time after now is not counted.
 */
@ApplicationScoped
public class ConnectionHealth {

    /** One connection over the period: seconds in every state (zero included) and its disconnections. */
    public record Health(Connection connection, Map<ConnectionState, Long> secondsByState, long disconnections) {
    }

    private final ConnectionRepository connections;
    private final ConnectionStateChangeRepository stateChanges;
    private final TenantScope scope;

    public ConnectionHealth(ConnectionRepository connections, ConnectionStateChangeRepository stateChanges,
            TenantScope scope) {
        this.connections = connections;
        this.stateChanges = stateChanges;
        this.scope = scope;
    }

    /** The tenant's connections over [from, to). */
    @WithTransaction
    public Uni<List<Health>> of(String tenantId, OffsetDateTime from, OffsetDateTime to) {
        return scope.enter(tenantId).chain(() -> over(tenantId, from, to));
    }

    /** The same in the caller's transaction, whose row-level security scope lets it read the tenant's rows. */
    Uni<List<Health>> over(String tenantId, OffsetDateTime from, OffsetDateTime to) {
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime until = to.isAfter(now) ? now : to;
        Uni<List<TimeInState>> times = until.isAfter(from) ? stateChanges.timeInStates(tenantId, from, until)
                : Uni.createFrom().item(List.of());
        return connections.listOwned(tenantId).flatMap(list -> times.map(found -> {
            Map<UUID, List<TimeInState>> byConnection = found.stream()
                    .collect(Collectors.groupingBy(TimeInState::connectionId));
            return list.stream().map(c -> tally(c, byConnection.getOrDefault(c.id, List.of()))).toList();
        }));
    }

    private static Health tally(Connection c, List<TimeInState> times) {
        Map<ConnectionState, Long> seconds = new EnumMap<>(ConnectionState.class);
        for (ConnectionState state : ConnectionState.values()) {
            seconds.put(state, 0L);
        }
        long disconnections = 0;
        for (TimeInState time : times) {
            seconds.merge(time.state(), time.seconds(), Long::sum);
            disconnections += time.disconnections();
        }
        return new Health(c, seconds, disconnections);
    }
}
