package com.waplatform.session.service;

import com.waplatform.persistence.audit.AuditPublisher;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionStateChange;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.messaging.ConnectionEvents;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.session.repository.ConnectionStateChangeRepository;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import com.waplatform.web.TenantDirectory;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A tenant's WhatsApp connections: storage with encrypted credentials, lookups scoped to the tenant, and every
 * change announced on {@code session.events} in the same transaction, where each state set is also added to the
 * connection's state history.
 */
@ApplicationScoped
public class ConnectionService {

    private final ConnectionRepository connections;
    private final CredentialCipher cipher;
    private final TenantScope scope;
    private final TenantDirectory tenants;
    private final AuditPublisher audit;
    private final ConnectionEvents events;
    private final ConnectionStateChangeRepository stateChanges;

    public ConnectionService(ConnectionRepository connections, CredentialCipher cipher, TenantScope scope,
            TenantDirectory tenants, AuditPublisher audit, ConnectionEvents events,
            ConnectionStateChangeRepository stateChanges) {
        this.connections = connections;
        this.stateChanges = stateChanges;
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
                .call(c -> stateChanges.persist(ConnectionStateChange.of(c)))
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
     * announced, and audited if a person ({@code actor}) made it; a state it set goes into the state history.
     */
    @WithTransaction
    public Uni<Connection> change(Actor actor, String tenantId, UUID id, String action, Predicate<Connection> change) {
        return scope.enter(tenantId).chain(() -> connections.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Connection"))
                .call(c -> {
                    Map<String, Object> before = audited(c);
                    OffsetDateTime stateSetBefore = c.stateChangedAt;
                    if (!change.test(c)) {
                        return Uni.createFrom().voidItem();
                    }
                    c.updatedAt = OffsetDateTime.now();
                    Uni<Void> recorded = c.stateChangedAt.equals(stateSetBefore) ? Uni.createFrom().voidItem()
                            : stateChanges.persist(ConnectionStateChange.of(c)).replaceWithVoid();
                    Uni<Void> audited = actor == null ? Uni.createFrom().voidItem()
                            : audit.record(tenantId, actor.id(), actor.name(), actor.requestId(), action,
                                    "connection:" + c.id, changes(before, audited(c)));
                    return recorded.chain(() -> audited).chain(() -> events.changed(c));
                });
    }

    /** What the audit log records of a connection: its settings and state (never a credential). */
    private static Map<String, Object> audited(Connection c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", c.name);
        fields.put("state", c.state.name());
        fields.put("enabled", c.enabled);
        fields.put("bot", c.bot.name());
        fields.put("sendRatePerSecond", c.sendRatePerSecond);
        return fields;
    }

    /** What changed, each as [before, after] (the audit log's shape of a change). */
    static Map<String, Object> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> changed = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.put(field, Arrays.asList(before.get(field), value));
            }
        });
        return changed;
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
