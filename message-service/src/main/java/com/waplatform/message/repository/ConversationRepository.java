package com.waplatform.message.repository;

import com.waplatform.message.domain.Conversation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
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

    public Uni<List<Conversation>> ofContact(String tenantId, UUID contactId) {
        return list("tenantId = ?1 and contactId = ?2", Sort.descending("lastMessageAt"), tenantId, contactId);
    }

    public Uni<Conversation> findThread(String tenantId, UUID contactId, UUID connectionId) {
        return find("tenantId = ?1 and contactId = ?2 and connectionId = ?3", tenantId, contactId, connectionId)
                .firstResult();
    }

    /** One page of the tenant's conversations matching {@code filter}, newest activity first, after the cursor. */
    public Uni<List<Conversation>> page(String tenantId, InboxFilter filter, PageCursor after, int limit) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        Parameters params = Parameters.with("tenant", tenantId);
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.assignee() != null) {
            query.append(" and assigneeId = :assignee");
            params.and("assignee", filter.assignee());
        } else if (filter.unassigned()) {
            query.append(" and assigneeId is null");
        }
        if (filter.connectionId() != null) {
            query.append(" and connectionId = :connection");
            params.and("connection", filter.connectionId());
        }
        if (filter.label() != null) {
            query.append(" and array_contains(labels, :label)");
            params.and("label", filter.label());
        }
        if (filter.text() != null) {
            query.append(" and contactId in (select k.id from Contact k where k.tenantId = :tenant and "
                    + "(lower(k.profileName) like :text or k.waId like :text))");
            params.and("text", "%" + filter.text().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        if (after != null) {
            query.append(" and (lastMessageAt < :at or (lastMessageAt = :at and id < :id))");
            params.and("at", after.at()).and("id", after.id());
        }
        return find(query.toString(), Sort.descending("lastMessageAt", "id"), params).range(0, limit - 1).list();
    }
}
