package com.waplatform.message.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The hourly message counts (table {@code message_tally}, UTC hours) and the changes waiting to be added to them
 * ({@code message_tally_change}, written by the message table's triggers). Reads are scoped by the caller's
 * transaction: one tenant, or a bypass for the platform's figures.
 */
@ApplicationScoped
@WithSession
public class MessageTallyRepository {

    /** Takes at most {@code :batch} waiting changes (SKIP LOCKED: replicas take different ones) and adds them. */
    private static final String CATCH_UP = """
            WITH taken AS (
                DELETE FROM message_tally_change WHERE id IN (
                    SELECT id FROM message_tally_change ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED)
                RETURNING tenant_id, conversation_id, created_at, direction, status, error_code, error_title, delta
            ), summed AS (
                SELECT t.tenant_id, date_trunc('hour', t.created_at, 'UTC') AS hour, c.connection_id, t.direction,
                       t.status, t.error_code, sum(t.delta) AS messages, max(t.error_title) AS error_title
                FROM taken t JOIN conversation c ON c.id = t.conversation_id
                GROUP BY 1, 2, 3, 4, 5, 6
            ), added AS (
                INSERT INTO message_tally (tenant_id, hour, connection_id, direction, status, error_code, messages,
                                           error_title)
                SELECT * FROM summed
                ON CONFLICT ON CONSTRAINT message_tally_pk DO UPDATE
                    SET messages = message_tally.messages + excluded.messages,
                        error_title = coalesce(excluded.error_title, message_tally.error_title)
            )
            SELECT count(*) FROM taken""";

    /** The changes it took. */
    public Uni<Long> catchUp(int batch) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(CATCH_UP, Long.class)
                .setParameter("batch", batch).getSingleResult());
    }

    /** Everything committed before this transaction began is counted. */
    public Uni<Integer> markCaughtUp() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("UPDATE message_tally_refresh SET refreshed_at = now() WHERE id = 1")
                .executeUpdate());
    }

    public Uni<OffsetDateTime> asOf() {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                "SELECT refreshed_at FROM message_tally_refresh WHERE id = 1", OffsetDateTime.class)
                .getSingleResult());
    }

    /** [day (YYYY-MM-DD in the zone), connection id, received, sent] of the tenant, by day then number. */
    public Uni<List<Object[]>> days(String tenantId, String zone, OffsetDateTime start, OffsetDateTime end,
            UUID connectionId) {
        String sql = """
                SELECT to_char(CAST(hour AT TIME ZONE :zone AS date), 'YYYY-MM-DD'), connection_id,
                       CAST(coalesce(sum(messages) FILTER (WHERE direction = 'INBOUND'), 0) AS bigint),
                       CAST(coalesce(sum(messages) FILTER (WHERE direction = 'OUTBOUND'), 0) AS bigint)
                FROM message_tally
                WHERE tenant_id = :tenant AND hour >= :start AND hour < :end""" + connection(connectionId) + """

                GROUP BY 1, 2 HAVING sum(messages) <> 0 ORDER BY 1, 2""";
        return Panache.getSession().flatMap(session -> bind(session.<Object[]>createNativeQuery(sql), connectionId)
                .setParameter("zone", zone).setParameter("tenant", tenantId).setParameter("start", start)
                .setParameter("end", end).getResultList());
    }

    /** [status, error code, error title, messages] of the tenant's outbound messages created in the period. */
    public Uni<List<Object[]>> outboundStatuses(String tenantId, OffsetDateTime start, OffsetDateTime end,
            UUID connectionId) {
        String sql = """
                SELECT status, error_code, max(error_title), CAST(sum(messages) AS bigint)
                FROM message_tally
                WHERE tenant_id = :tenant AND hour >= :start AND hour < :end AND direction = 'OUTBOUND'"""
                + connection(connectionId) + """

                GROUP BY status, error_code HAVING sum(messages) <> 0""";
        return Panache.getSession().flatMap(session -> bind(session.<Object[]>createNativeQuery(sql), connectionId)
                .setParameter("tenant", tenantId).setParameter("start", start).setParameter("end", end)
                .getResultList());
    }

    /** [day (UTC), received, sent, failed] of every tenant visible to the transaction. */
    public Uni<List<Object[]>> utcDays(OffsetDateTime start, OffsetDateTime end) {
        String sql = """
                SELECT to_char(CAST(hour AT TIME ZONE 'UTC' AS date), 'YYYY-MM-DD'),
                       CAST(coalesce(sum(messages) FILTER (WHERE direction = 'INBOUND'), 0) AS bigint),
                       CAST(coalesce(sum(messages) FILTER (WHERE direction = 'OUTBOUND'), 0) AS bigint),
                       CAST(coalesce(sum(messages) FILTER (WHERE direction = 'OUTBOUND' AND status = 'FAILED'), 0) AS bigint)
                FROM message_tally WHERE hour >= :start AND hour < :end
                GROUP BY 1 HAVING sum(messages) <> 0 ORDER BY 1""";
        return Panache.getSession().flatMap(session -> session.<Object[]>createNativeQuery(sql).setParameter("start", start)
                .setParameter("end", end).getResultList());
    }

    /** [direction, status, error code, error title, messages] of one tenant, or of all when {@code tenantId} is null. */
    public Uni<List<Object[]>> totals(OffsetDateTime start, OffsetDateTime end, String tenantId) {
        String sql = """
                SELECT direction, status, error_code, max(error_title), CAST(sum(messages) AS bigint)
                FROM message_tally WHERE hour >= :start AND hour < :end"""
                + (tenantId == null ? "" : " AND tenant_id = :tenant") + """

                GROUP BY direction, status, error_code HAVING sum(messages) <> 0""";
        return Panache.getSession().flatMap(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.<Object[]>createNativeQuery(sql)
                    .setParameter("start", start).setParameter("end", end);
            return (tenantId == null ? query : query.setParameter("tenant", tenantId)).getResultList();
        });
    }

    /** Outbound messages still PENDING (of one tenant, or all when {@code tenantId} is null). */
    public Uni<Long> pending(String tenantId) {
        String sql = "SELECT CAST(coalesce(sum(messages), 0) AS bigint) FROM message_tally WHERE status = 'PENDING'"
                + (tenantId == null ? "" : " AND tenant_id = :tenant");
        return Panache.getSession().flatMap(session -> {
            Mutiny.SelectionQuery<Long> query = session.createNativeQuery(sql, Long.class);
            return (tenantId == null ? query : query.setParameter("tenant", tenantId)).getSingleResult();
        });
    }

    private static String connection(UUID connectionId) {
        return connectionId == null ? "" : " AND connection_id = :connection";
    }

    private static Mutiny.SelectionQuery<Object[]> bind(Mutiny.SelectionQuery<Object[]> query, UUID connectionId) {
        return connectionId == null ? query : query.setParameter("connection", connectionId);
    }
}
