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

    /**
     * Newest first; {@code tenantId} (null: every tenant the transaction may see) and each part of the filter are
     * optional (row-level security applies too). Each combination is one range of an index of audit_entry.
     */
    public Uni<List<AuditEntry>> page(String tenantId, AuditFilter filter, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        condition(query, params, "tenantId = :tenantId", "tenantId", tenantId);
        condition(query, params, "action = :action", "action", filter.action());
        condition(query, params, "actorId = :actorId", "actorId", filter.actorId());
        condition(query, params, "at >= :from", "from", filter.from());
        condition(query, params, "at < :to", "to", filter.to());
        return find(query.toString(), Sort.descending("at").and("id", Sort.Direction.Descending), params)
                .page(page, size).list();
    }

    private static void condition(StringBuilder query, Parameters params, String clause, String name, Object value) {
        if (value != null) {
            query.append(" and ").append(clause);
            params.and(name, value);
        }
    }
}
