package com.waplatform.tenant.repository;

import com.waplatform.tenant.domain.AuditEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
public class AuditRepository implements PanacheRepositoryBase<AuditEntry, Long> {

    /** Newest first; {@code tenantId} and {@code action} are optional filters (row-level security applies too). */
    public Uni<List<AuditEntry>> page(String tenantId, String action, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (tenantId != null) {
            query.append(" and tenantId = :tenantId");
            params.and("tenantId", tenantId);
        }
        if (action != null) {
            query.append(" and action = :action");
            params.and("action", action);
        }
        return find(query.toString(), Sort.descending("at").and("id", Sort.Direction.Descending), params)
                .page(page, size).list();
    }
}
