package com.waplatform.message.repository;

import com.waplatform.message.domain.Message;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class MessageRepository implements PanacheRepositoryBase<Message, UUID> {

    public Uni<Message> findOwned(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    public Uni<Message> findByProviderId(String tenantId, String providerMessageId) {
        return find("tenantId = ?1 and providerMessageId = ?2", tenantId, providerMessageId).firstResult();
    }

    public Uni<List<Message>> ofConversation(String tenantId, UUID conversationId, int limit) {
        return find("tenantId = ?1 and conversationId = ?2", Sort.ascending("createdAt").and("id"), tenantId,
                conversationId).range(0, limit - 1).list();
    }
}
