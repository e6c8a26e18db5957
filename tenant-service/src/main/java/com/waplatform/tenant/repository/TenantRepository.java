package com.waplatform.tenant.repository;

import com.waplatform.tenant.domain.Tenant;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class TenantRepository implements PanacheRepositoryBase<Tenant, UUID> {

    public Uni<Boolean> slugTaken(String slug) {
        return count("slug", slug).map(n -> n > 0);
    }

    public Uni<List<Tenant>> page(int page, int size) {
        return findAll(Sort.by("createdAt").and("id")).page(page, size).list();
    }
}
