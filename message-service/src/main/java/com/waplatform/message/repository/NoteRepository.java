package com.waplatform.message.repository;

import com.waplatform.message.domain.ConversationNote;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class NoteRepository implements PanacheRepositoryBase<ConversationNote, UUID> {

    public Uni<List<ConversationNote>> ofConversation(String tenantId, UUID conversationId, int limit) {
        return find("tenantId = ?1 and conversationId = ?2", Sort.ascending("createdAt", "id"), tenantId,
                conversationId).range(0, limit - 1).list();
    }
}
