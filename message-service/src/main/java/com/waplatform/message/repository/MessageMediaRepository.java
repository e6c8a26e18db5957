package com.waplatform.message.repository;

import com.waplatform.message.domain.MessageMedia;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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

    public Uni<MessageMedia> findOwned(String tenantId, UUID messageId) {
        return find("messageId = ?1 and tenantId = ?2", messageId, tenantId).firstResult();
    }
}
