package com.waplatform.session.repository;

import com.waplatform.session.domain.Dispatch;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class DispatchRepository implements PanacheRepositoryBase<Dispatch, UUID> {

    /**
     * Due rows nobody holds, at most {@code perConnection} of each number so that one busy number cannot fill a
     * round, leaving out numbers known to be at their pace; locked with SKIP LOCKED so that replicas take different
     * rows.
     */
    private static final String DUE = """
            SELECT * FROM dispatch WHERE message_id IN (
                SELECT message_id FROM (
                    SELECT message_id, row_number() OVER (PARTITION BY connection_id
                                                          ORDER BY next_attempt_at, created_at) AS rank
                    FROM dispatch
                    WHERE status = 'QUEUED' AND next_attempt_at <= now()
                      AND (lease_until IS NULL OR lease_until < now()) %s
                ) ranked WHERE rank <= ?1 LIMIT ?2)
            ORDER BY next_attempt_at, created_at
            FOR UPDATE SKIP LOCKED""";

    public Uni<List<Dispatch>> due(int perConnection, int max, Set<UUID> skipConnections) {
        // ids are UUID values, so writing them into the statement cannot inject anything
        String skip = skipConnections.isEmpty() ? "" : "AND connection_id NOT IN (" + String.join(",",
                skipConnections.stream().map(id -> "'" + id + "'").toList()) + ")";
        return Panache.getSession().flatMap(session -> session.createNativeQuery(DUE.formatted(skip), Dispatch.class)
                .setParameter(1, perConnection).setParameter(2, max).getResultList());
    }

    public Uni<Integer> defer(List<UUID> ids, OffsetDateTime when) {
        return update("nextAttemptAt = ?1, leaseUntil = null, updatedAt = ?2 where messageId in ?3", when,
                OffsetDateTime.now(), ids);
    }

    /** Notes that the claim's holder is calling the provider now; false when the row is no longer its own. */
    public Uni<Boolean> startSending(UUID messageId, UUID claim) {
        return update("sendStartedAt = ?1 where messageId = ?2 and claim = ?3 and status = ?4", OffsetDateTime.now(),
                messageId, claim, Dispatch.QUEUED).map(rows -> rows == 1);
    }

    /** The row, locked until the end of the transaction. */
    public Uni<Dispatch> locked(UUID messageId) {
        return findById(messageId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Which of these message ids are in the queue (or were) already. */
    public Uni<Set<UUID>> knownIds(List<UUID> ids) {
        return getSession().flatMap(session -> session.createQuery(
                "select d.messageId from Dispatch d where d.messageId in (:ids)", UUID.class)
                .setParameter("ids", ids).getResultList()).map(Set::copyOf);
    }
}
