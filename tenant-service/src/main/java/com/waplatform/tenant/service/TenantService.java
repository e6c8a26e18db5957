package com.waplatform.tenant.service;

import com.waplatform.tenant.domain.Tenant;
import com.waplatform.tenant.messaging.TenantEvents;
import com.waplatform.tenant.repository.TenantRepository;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TenantService {

    private final TenantRepository tenants;
    private final TenantEvents events;

    public TenantService(TenantRepository tenants, TenantEvents events) {
        this.tenants = tenants;
        this.events = events;
    }

    /** Creates an active tenant; the slug must be unused. Publishes {@code tenant.created}. */
    @WithTransaction
    public Uni<Tenant> create(String slug, String name) {
        return tenants.slugTaken(slug).flatMap(taken -> {
            if (taken) {
                return Uni.createFrom().failure(ProblemException.conflict("The slug '" + slug + "' is already in use"));
            }
            Tenant tenant = Tenant.create(slug, name.strip());
            return tenants.persist(tenant).call(events::created);
        });
    }

    @WithSession
    public Uni<Tenant> get(UUID id) {
        return tenants.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Tenant"));
    }

    @WithSession
    public Uni<List<Tenant>> list(int page, int size) {
        return tenants.page(page, size);
    }
}
