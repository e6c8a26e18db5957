package com.waplatform.message.repository;

import com.waplatform.message.domain.Message;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
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

    /**
     * A page of a conversation's messages, oldest first: the {@code limit} newest ones older than {@code before},
     * or the {@code limit} oldest ones newer than {@code after}, or (neither) the {@code limit} newest.
     */
    public Uni<List<Message>> page(String tenantId, UUID conversationId, MessageCursor before, MessageCursor after,
            int limit) {
        StringBuilder query = new StringBuilder("tenantId = :tenant and conversationId = :conversation");
        Parameters params = Parameters.with("tenant", tenantId).and("conversation", conversationId);
        if (after != null) {
            query.append(" and (createdAt > :at or (createdAt = :at and seq > :seq))");
            params.and("at", after.at()).and("seq", after.seq());
            return find(query.toString(), Sort.ascending("createdAt", "seq"), params).range(0, limit - 1).list();
        }
        if (before != null) {
            query.append(" and (createdAt < :at or (createdAt = :at and seq < :seq))");
            params.and("at", before.at()).and("seq", before.seq());
        }
        return find(query.toString(), Sort.descending("createdAt", "seq"), params).range(0, limit - 1).list()
                .map(newestFirst -> {
                    List<Message> oldestFirst = new ArrayList<>(newestFirst);
                    Collections.reverse(oldestFirst);
                    return oldestFirst;
                });
    }

    /** The newest message the customer sent in a conversation (whose read receipt goes to the provider). */
    public Uni<Message> lastInbound(String tenantId, UUID conversationId) {
        return find("tenantId = ?1 and conversationId = ?2 and direction = ?3 and providerMessageId is not null",
                Sort.descending("createdAt", "seq"), tenantId, conversationId, Message.Direction.INBOUND)
                .firstResult();
    }
}
