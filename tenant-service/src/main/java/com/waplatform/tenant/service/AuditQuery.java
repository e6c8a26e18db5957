package com.waplatform.tenant.service;

import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.tenant.domain.AuditEntry;
import com.waplatform.tenant.repository.AuditFilter;
import com.waplatform.tenant.repository.AuditRepository;
import com.waplatform.web.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reading the audit log. */
@ApplicationScoped
public class AuditQuery {

    private final AuditRepository entries;
    private final TenantScope scope;

    public AuditQuery(AuditRepository entries, TenantScope scope) {
        this.entries = entries;
        this.scope = scope;
    }

    /** A tenant's own entries. */
    @WithTransaction
    public Uni<List<AuditEntry>> own(String tenantId, AuditFilter filter, int page, int size) {
        return scope.enter(tenantId).chain(() -> entries.page(tenantId, filter, page, size));
    }

    /** Every tenant's entries (platform staff), optionally one tenant's. */
    @WithTransaction
    public Uni<List<AuditEntry>> all(Actor actor, String tenantId, AuditFilter filter, int page, int size) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "read the audit log")
                .chain(() -> entries.page(tenantId, filter, page, size));
    }
}
