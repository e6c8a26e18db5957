package com.waplatform.message.repository;

import com.waplatform.message.domain.ConversationEpisode;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
@WithSession
public class ConversationEpisodeRepository implements PanacheRepositoryBase<ConversationEpisode, UUID> {

    /** Records the first reply of a person, unless the episode has one already or is resolved. */
    public Uni<Integer> replied(String tenantId, UUID id, OffsetDateTime at, String agentId) {
        return update("firstReplyAt = ?1, firstReplyBy = ?2 where id = ?3 and tenantId = ?4 and firstReplyAt is null"
                + " and resolvedAt is null", at, agentId, id, tenantId);
    }

    public Uni<Integer> resolved(String tenantId, UUID id, OffsetDateTime at, String agentId) {
        return update("resolvedAt = ?1, resolvedBy = ?2 where id = ?3 and tenantId = ?4", at, agentId, id, tenantId);
    }

    public Uni<Integer> reopened(String tenantId, UUID id) {
        return update("resolvedAt = null, resolvedBy = null where id = ?1 and tenantId = ?2 and resolvedAt is not null",
                id, tenantId);
    }

    /**
     * For this transaction: a period's episodes are grouped in memory, not on disk, and the report's query is
     * planned for its own tenant and period each time (a generic plan, made once for any tenant and period, reads a
     * large tenant's month through its indexes where reading the table through is faster, or the other way round).
     */
    public Uni<Void> roomToGroup() {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("SELECT set_config('work_mem', '64MB', true),"
                        + " set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult())
                .replaceWithVoid();
    }

    /**
     * What the conversation report counts in the period, in one pass over the episodes opened, first answered or
     * resolved in it, per number, first responder and resolver: [connection id, first reply by, resolved by,
     * episodes opened in the period, the whole seconds of the first responses in the period (4-byte big-endian
     * integers one after the other, in no order; null for none), the same of the resolutions]. The seconds are
     * kept on each episode (V15), so nothing is computed per episode here but the period's filters.
     */
    public Uni<List<Object[]>> periodFacts(String tenantId, OffsetDateTime start, OffsetDateTime end,
            UUID connectionId) {
        String sql = """
                SELECT connection_id, first_reply_by, resolved_by,
                       count(*) FILTER (WHERE opened_at >= :start AND opened_at < :end),
                       string_agg(int4send(first_response_seconds), CAST('' AS bytea))
                           FILTER (WHERE first_reply_at >= :start AND first_reply_at < :end),
                       string_agg(int4send(resolution_seconds), CAST('' AS bytea))
                           FILTER (WHERE resolved_at >= :start AND resolved_at < :end)
                FROM conversation_episode
                WHERE tenant_id = :tenant%s
                  AND (opened_at >= :start AND opened_at < :end OR first_reply_at >= :start AND first_reply_at < :end
                       OR resolved_at >= :start AND resolved_at < :end)
                GROUP BY connection_id, first_reply_by, resolved_by""".formatted(connection(connectionId));
        return Panache.getSession().flatMap(session -> bind(session.<Object[]>createNativeQuery(sql), tenantId, start,
                end, connectionId).getResultList());
    }

    private static String connection(UUID connectionId) {
        return connectionId == null ? "" : " AND connection_id = :connection";
    }

    private static Mutiny.SelectionQuery<Object[]> bind(Mutiny.SelectionQuery<Object[]> query, String tenantId,
            OffsetDateTime start, OffsetDateTime end, UUID connectionId) {
        query.setParameter("tenant", tenantId).setParameter("start", start).setParameter("end", end);
        return connectionId == null ? query : query.setParameter("connection", connectionId);
    }
}
