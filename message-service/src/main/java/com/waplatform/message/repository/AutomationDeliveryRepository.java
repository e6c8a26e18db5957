package com.waplatform.message.repository;

import com.waplatform.message.domain.AutomationDelivery;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class AutomationDeliveryRepository implements PanacheRepositoryBase<AutomationDelivery, UUID> {

    private static final String DUE = DueRows.query("automation_delivery", "id");

    /** Due deliveries nobody holds, at most {@code perTenant} of each tenant, locked for this worker. */
    public Uni<List<AutomationDelivery>> due(int perTenant, int max) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(DUE, AutomationDelivery.class)
                .setParameter(1, perTenant).setParameter(2, max).getResultList());
    }

    public Uni<AutomationDelivery> findOwned(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    /** The tenant's deliveries in one status, newest first. */
    public Uni<List<AutomationDelivery>> ofTenant(String tenantId, AutomationDelivery.Status status, int limit) {
        return find("tenantId = ?1 and status = ?2", Sort.descending("createdAt", "id"), tenantId, status)
                .range(0, limit - 1).list();
    }
}
