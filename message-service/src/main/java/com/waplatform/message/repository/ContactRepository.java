package com.waplatform.message.repository;

import com.waplatform.message.domain.Contact;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    public Uni<Contact> findByWaId(String tenantId, String waId) {
        return find("tenantId = ?1 and waId = ?2", tenantId, waId).firstResult();
    }

    /** The contact if it belongs to the tenant, else null (another tenant's id is "not found"). */
    public Uni<Contact> findOwned(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    public Uni<List<Contact>> findOwned(String tenantId, Collection<UUID> ids) {
        return list("tenantId = ?1 and id in ?2", tenantId, ids);
    }

    /** A page of the tenant's contacts, most recently seen first, after the cursor; {@code text}: name or number. */
    public Uni<List<Contact>> page(String tenantId, String text, PageCursor after, int limit) {
        StringBuilder query = new StringBuilder("tenantId = :tenant");
        Parameters params = Parameters.with("tenant", tenantId);
        if (text != null) {
            query.append(" and (lower(profileName) like :text or waId like :text)");
            params.and("text", "%" + text.toLowerCase().replace("%", "").replace("_", "") + "%");
        }
        if (after != null) {
            query.append(" and (lastSeenAt < :at or (lastSeenAt = :at and id < :id))");
            params.and("at", after.at()).and("id", after.id());
        }
        return find(query.toString(), Sort.descending("lastSeenAt", "id"), params).range(0, limit - 1).list();
    }
}
