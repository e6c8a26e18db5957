package com.waplatform.session.rest;

import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionStateChange;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.session.repository.ConnectionStateChangeRepository;
import com.waplatform.session.service.ConnectionService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

/** Connections and state histories written straight to the database, as the tests need them. */
@ApplicationScoped
class ConnectionFixtures {

    static final String ACME = "a0000000-0000-4000-8000-000000000001";
    static final String GLOBEX = "b0000000-0000-4000-8000-000000000002";

    /** One line of a state history: the state and when it was set. */
    record Change(ConnectionState state, OffsetDateTime at) {
    }

    private final ConnectionService connections;
    private final ConnectionRepository repository;
    private final ConnectionStateChangeRepository stateChanges;
    private final TenantScope scope;
    private final BackgroundWork background;

    ConnectionFixtures(ConnectionService connections, ConnectionRepository repository,
            ConnectionStateChangeRepository stateChanges, TenantScope scope, BackgroundWork background) {
        this.connections = connections;
        this.repository = repository;
        this.stateChanges = stateChanges;
        this.scope = scope;
        this.background = background;
    }

    /** A stored connection of the tenant in {@code state}, with exactly the given history (none: no history). */
    Connection connection(String tenantId, ConnectionType type, String name, ConnectionState state,
            Change... history) {
        Connection c = connections.draft(tenantId, type, name, state);
        if (type == ConnectionType.EVOLUTION) {
            c.instanceName = "wa-" + c.id;
        } else {
            c.phoneNumberId = String.valueOf(System.nanoTime());
        }
        await(() -> inTenant(tenantId, () -> repository.persist(c).call(() -> Multi.createFrom().items(history)
                .onItem().transformToUniAndConcatenate(change -> stateChanges.persist(line(c, change)))
                .collect().last())));
        return c;
    }

    /** The connection's history as stored, oldest first. */
    List<ConnectionState> history(Connection c) {
        return await(() -> inTenant(c.tenantId, () -> stateChanges
                .list("connectionId = ?1 order by at, id", c.id))).stream().map(change -> change.state).toList();
    }

    void delete(Connection c) {
        await(() -> inTenant(c.tenantId, () -> repository.delete("id", c.id)));
    }

    <T> T await(Supplier<Uni<T>> work) {
        return background.isolated(work).await().atMost(Duration.ofSeconds(20));
    }

    private <T> Uni<T> inTenant(String tenantId, Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> scope.enter(tenantId).chain(work::get));
    }

    private static ConnectionStateChange line(Connection c, Change change) {
        ConnectionStateChange line = new ConnectionStateChange();
        line.tenantId = c.tenantId;
        line.connectionId = c.id;
        line.state = change.state();
        line.at = change.at();
        return line;
    }
}
