package com.waplatform.session.service;

import com.waplatform.persistence.audit.AuditPublisher;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.messaging.ConnectionEvents;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import com.waplatform.web.TenantDirectory;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A tenant's WhatsApp connections: storage with encrypted credentials, lookups scoped to the tenant, and every
 * change announced on {@code session.events} in the same transaction.
 */
@ApplicationScoped
public class ConnectionService {

    private final ConnectionRepository connections;
    private final CredentialCipher cipher;
    private final TenantScope scope;
    private final TenantDirectory tenants;
    private final AuditPublisher audit;
    private final ConnectionEvents events;

    public ConnectionService(ConnectionRepository connections, CredentialCipher cipher, TenantScope scope,
            TenantDirectory tenants, AuditPublisher audit, ConnectionEvents events) {
        this.connections = connections;
        this.cipher = cipher;
        this.scope = scope;
        this.tenants = tenants;
        this.audit = audit;
        this.events = events;
    }

    /** A new, not yet stored connection of the tenant with its id; the caller fills in type and secrets. */
    public Connection draft(String tenantId, ConnectionType type, String name, ConnectionState state) {
        Connection connection = new Connection();
        connection.id = UUID.randomUUID();
        connection.tenantId = tenantId;
        connection.type = type;
        connection.name = name;
        connection.enabled = true;
        connection.keyVersion = cipher.keyVersion();
        connection.createdAt = OffsetDateTime.now();
        connection.updatedAt = connection.createdAt;
        connection.changeState(state, null);
        return connection;
    }

    /** Stores a drafted connection within the tenant's plan; a number connected anywhere already is a 409. */
    @WithTransaction
    public Uni<Connection> create(Actor actor, Connection connection) {
        // the unique index decides platform-wide uniqueness (other tenants' rows are invisible here)
        String tenantId = connection.tenantId;
        return scope.enter(tenantId).chain(() -> withinPlan(tenantId))
                .chain(() -> connections.persist(connection)).call(connections::flush)
                .call(c -> audit.record(tenantId, actor.id(), actor.name(), actor.requestId(), "connection.create",
                        "connection:" + c.id, Map.of("type", c.type.name(), "name", c.name)))
                .call(events::changed)
                .onFailure(ConnectionService::numberConnectedElsewhere)
                .transform(e -> ProblemException.conflict("This phone number is already connected"));
    }

    /** The tenant's plan caps its connections (when its plan is known from tenant.events). */
    private Uni<Void> withinPlan(String tenantId) {
        return tenants.find(tenantId).map(plan -> connections.count("tenantId", tenantId).invoke(count -> {
            if (count >= plan.maxConnections()) {
                throw ProblemException.unprocessable("Your plan allows " + plan.maxConnections()
                        + " WhatsApp connection(s); remove one or ask for a larger plan");
            }
        }).replaceWithVoid()).orElse(Uni.createFrom().voidItem());
    }

    private static boolean numberConnectedElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("connection_phone_number_uq")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies a change to the tenant's connection; when {@code change} says it changed something, the change is
     * announced, and audited if a person ({@code actor}) made it.
     */
    @WithTransaction
    public Uni<Connection> change(Actor actor, String tenantId, UUID id, String action, Predicate<Connection> change) {
        return scope.enter(tenantId).chain(() -> connections.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Connection"))
                .call(c -> {
                    if (!change.test(c)) {
                        return Uni.createFrom().voidItem();
                    }
                    c.updatedAt = OffsetDateTime.now();
                    Uni<Void> audited = actor == null ? Uni.createFrom().voidItem()
                            : audit.record(tenantId, actor.id(), actor.name(), actor.requestId(), action,
                                    "connection:" + c.id, Map.of("state", c.state.name(), "enabled", c.enabled));
                    return audited.chain(() -> events.changed(c));
                });
    }

    /** Connections due for an automatic reconnect (any tenant); their schedule is cleared as they are taken. */
    @WithTransaction
    public Uni<List<Connection>> takeDueReconnects(int max) {
        return scope.systemBypass("automatic reconnects")
                .chain(() -> connections.dueForReconnect(OffsetDateTime.now(), max))
                .invoke(due -> due.forEach(c -> {
                    c.reconnectAt = null;
                    c.reconnectAttempts++;
                }));
    }

    @WithTransaction
    public Uni<Void> delete(Actor actor, String tenantId, UUID id) {
        return scope.enter(tenantId).chain(() -> connections.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Connection"))
                .call(c -> connections.delete(c))
                .call(c -> audit.record(tenantId, actor.id(), actor.name(), actor.requestId(), "connection.delete",
                        "connection:" + c.id, Map.of("type", c.type.name(), "name", c.name)))
                .call(events::deleted)
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<Connection> get(String tenantId, UUID id) {
        return scope.enter(tenantId).chain(() -> connections.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Connection"));
    }

    @WithTransaction
    public Uni<List<Connection>> list(String tenantId) {
        return scope.enter(tenantId).chain(() -> connections.listOwned(tenantId));
    }

    @WithTransaction
    public Uni<Long> count(String tenantId) {
        return scope.enter(tenantId).chain(() -> connections.count("tenantId", tenantId));
    }

    /** For the platform endpoint's routing: the number under the platform's app, of any tenant, or null. */
    @WithTransaction
    public Uni<Connection> findPlatformNumber(String phoneNumberId) {
        return scope.systemBypass("routing lookup of platform-app number " + phoneNumberId)
                .chain(() -> connections.find("phoneNumberId = ?1 and platformApp = true", phoneNumberId)
                        .firstResult());
    }

    /** For the gateway's routing lookup, which comes before knowing the tenant: any tenant's connection, or null. */
    @WithTransaction
    public Uni<Connection> find(UUID id) {
        return scope.systemBypass("routing lookup of connection " + id)
                .chain(() -> connections.findById(id));
    }
}
