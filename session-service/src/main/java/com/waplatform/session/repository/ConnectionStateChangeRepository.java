package com.waplatform.session.repository;

import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionStateChange;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ConnectionStateChangeRepository implements PanacheRepositoryBase<ConnectionStateChange, Long> {

    /**
     * How long one connection was in one state within a period, and how often it went from OPEN to this state there
     * when that is a disconnection (CLOSED or FAILED).
     */
    public record TimeInState(UUID connectionId, ConnectionState state, long seconds, long disconnections) {
    }

    /**
     * Each connection's spans between its changes, clipped to [from, until): the state at {@code from} is its last
     * change before it; the last span lasts until {@code until}. Ties in time keep the order the changes were made.
     */
    private static final String TIME_IN_STATES = """
            WITH known AS (
                (SELECT DISTINCT ON (connection_id) id, connection_id, state, at
                 FROM connection_state_change
                 WHERE tenant_id = :tenant AND at < :from
                 ORDER BY connection_id, at DESC, id DESC)
                UNION ALL
                SELECT id, connection_id, state, at
                FROM connection_state_change
                WHERE tenant_id = :tenant AND at >= :from AND at < :until
            ), spans AS (
                SELECT connection_id, state,
                       LAG(state) OVER ordered AS previous,
                       GREATEST(at, :from) AS starts,
                       LEAD(at, 1, :until) OVER ordered AS ends
                FROM known
                WINDOW ordered AS (PARTITION BY connection_id ORDER BY at, id)
            )
            SELECT connection_id, state,
                   CAST(ROUND(SUM(EXTRACT(EPOCH FROM ends - starts))) AS BIGINT),
                   COUNT(*) FILTER (WHERE previous = 'OPEN' AND state IN ('CLOSED', 'FAILED'))
            FROM spans
            GROUP BY connection_id, state""";

    /** The tenant's connections' time in each state within [from, until). */
    public Uni<List<TimeInState>> timeInStates(String tenantId, OffsetDateTime from, OffsetDateTime until) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(TIME_IN_STATES, Object[].class)
                .setParameter("tenant", tenantId).setParameter("from", from).setParameter("until", until)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new TimeInState(UUID.fromString(row[0].toString()),
                        ConnectionState.valueOf(row[1].toString()), ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue())).toList());
    }
}
