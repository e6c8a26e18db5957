package com.waplatform.message.repository;

import com.waplatform.message.domain.Conversation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ConversationRepository implements PanacheRepositoryBase<Conversation, UUID> {

    /** The conversation if it belongs to the tenant, else null (another tenant's id is "not found"). */
    public Uni<Conversation> findOwned(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    public Uni<Conversation> findThread(String tenantId, UUID contactId, UUID connectionId) {
        return find("tenantId = ?1 and contactId = ?2 and connectionId = ?3", tenantId, contactId, connectionId)
                .firstResult();
    }

    public Uni<List<Conversation>> latest(String tenantId, int limit) {
        return find("tenantId", Sort.descending("lastMessageAt").and("id"), tenantId).range(0, limit - 1).list();
    }
}
