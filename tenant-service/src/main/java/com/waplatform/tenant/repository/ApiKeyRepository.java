package com.waplatform.tenant.repository;

import com.waplatform.tenant.domain.ApiKey;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, UUID> {

    public Uni<List<ApiKey>> ofTenant(String tenantId) {
        return find("tenantId", Sort.by("createdAt").and("id"), tenantId).list();
    }

    public Uni<ApiKey> findOwned(String tenantId, UUID id) {
        return find("id = ?1 and tenantId = ?2", id, tenantId).firstResult();
    }

    public Uni<ApiKey> findByPrefix(String prefix) {
        return find("prefix", prefix).firstResult();
    }
}
