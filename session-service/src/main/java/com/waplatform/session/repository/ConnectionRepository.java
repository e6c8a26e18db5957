package com.waplatform.session.repository;

import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ConnectionRepository implements PanacheRepositoryBase<Connection, UUID> {

    /** How many connections (of the tenants the transaction sees) have this type and state. */
    public record Count(ConnectionType type, ConnectionState state, long connections) {
    }

    /** The connection if it belongs to the tenant, else null (another tenant's id is "not found"). */
    public Uni<Connection> findOwned(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    public Uni<List<Connection>> dueForReconnect(OffsetDateTime now, int max) {
        return find("reconnectAt <= ?1 order by reconnectAt", now).page(0, max).list();
    }

    public Uni<List<Connection>> listOwned(String tenantId) {
        return find("tenantId", Sort.by("createdAt").and("id"), tenantId).list();
    }

    public Uni<List<Count>> countByTypeAndState() {
        return getSession().flatMap(session -> session.createQuery(
                "select type, state, count(*) from Connection group by type, state", Object[].class).getResultList())
                .map(rows -> rows.stream().map(row -> new Count((ConnectionType) row[0], (ConnectionState) row[1],
                        ((Number) row[2]).longValue())).toList());
    }
}
