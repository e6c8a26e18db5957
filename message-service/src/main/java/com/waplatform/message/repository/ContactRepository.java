package com.waplatform.message.repository;

import com.waplatform.message.domain.Contact;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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

    public Uni<List<Contact>> findOwned(String tenantId, Collection<UUID> ids) {
        return list("tenantId = ?1 and id in ?2", tenantId, ids);
    }
}
