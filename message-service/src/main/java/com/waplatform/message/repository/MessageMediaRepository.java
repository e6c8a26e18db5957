package com.waplatform.message.repository;

import com.waplatform.message.domain.MessageMedia;
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
public class MessageMediaRepository implements PanacheRepositoryBase<MessageMedia, UUID> {

    private static final String DUE = DueRows.query("message_media", "message_id");

    /** Due downloads nobody holds, at most {@code perTenant} of each tenant, locked for this worker. */
    public Uni<List<MessageMedia>> due(int perTenant, int max) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(DUE, MessageMedia.class)
                .setParameter(1, perTenant).setParameter(2, max).getResultList());
    }

    /** Bytes of the tenant's stored files (in its scope). */
    public Uni<Long> storedBytes(String tenantId) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select coalesce(sum(sizeBytes), 0) from MessageMedia where tenantId = ?1 and status = ?2",
                        Long.class)
                .setParameter(1, tenantId).setParameter(2, MessageMedia.Status.STORED).getSingleResult());
    }

    /** Tenants that keep stored files (across tenants: in a bypass). */
    public Uni<List<String>> tenantsWithStoredFiles() {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select distinct tenantId from MessageMedia where status = ?1", String.class)
                .setParameter(1, MessageMedia.Status.STORED).getResultList());
    }

    /** The tenant's oldest stored files that arrived before {@code cutoff}, at most {@code max}. */
    public Uni<List<MessageMedia>> storedBefore(String tenantId, OffsetDateTime cutoff, int max) {
        return find("tenantId = ?1 and status = ?2 and createdAt < ?3 order by createdAt", tenantId,
                MessageMedia.Status.STORED, cutoff).page(0, max).list();
    }

    public Uni<MessageMedia> findOwned(String tenantId, UUID messageId) {
        return find("messageId = ?1 and tenantId = ?2", messageId, tenantId).firstResult();
    }
}
