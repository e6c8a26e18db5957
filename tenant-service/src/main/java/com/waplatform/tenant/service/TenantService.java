package com.waplatform.tenant.service;

import com.waplatform.tenant.domain.Tenant;
import com.waplatform.tenant.messaging.TenantEvents;
import com.waplatform.tenant.repository.TenantRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TenantService {

    private final TenantRepository tenants;
    private final TenantEvents events;
    private final TenantScope scope;

    public TenantService(TenantRepository tenants, TenantEvents events, TenantScope scope) {
        this.tenants = tenants;
        this.events = events;
        this.scope = scope;
    }

    /** Creates an active tenant; the slug must be unused. Publishes {@code tenant.created}. Platform admins. */
    @WithTransaction
    public Uni<Tenant> create(String actor, String slug, String name) {
        return scope.bypass(actor, "create tenant " + slug).chain(() -> tenants.slugTaken(slug)).flatMap(taken -> {
            if (taken) {
                return Uni.createFrom().failure(ProblemException.conflict("The slug '" + slug + "' is already in use"));
            }
            Tenant tenant = Tenant.create(slug, name.strip());
            return tenants.persist(tenant).call(events::created);
        });
    }

    @WithTransaction
    public Uni<Tenant> get(String actor, UUID id) {
        return scope.bypass(actor, "read tenant " + id).chain(() -> tenants.findById(id)).onItem().ifNull().failWith(() -> ProblemException.notFound("Tenant"));
    }

    @WithTransaction
    public Uni<List<Tenant>> list(String actor, int page, int size) {
        return scope.bypass(actor, "list tenants").chain(() -> tenants.page(page, size));
    }
}
