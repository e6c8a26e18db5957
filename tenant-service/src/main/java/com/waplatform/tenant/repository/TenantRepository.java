package com.waplatform.tenant.repository;

import com.waplatform.tenant.domain.Tenant;
import com.waplatform.tenant.domain.TenantStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class TenantRepository implements PanacheRepositoryBase<Tenant, UUID> {

    public Uni<Boolean> slugTaken(String slug) {
        return count("slug", slug).map(n -> n > 0);
    }

    /** Oldest first; {@code search} matches name or slug (case-insensitive), {@code status} filters. */
    public Uni<List<Tenant>> page(String search, TenantStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (search != null && !search.isBlank()) {
            query.append(" and (lower(name) like :q or slug like :q)");
            params.and("q", "%" + search.toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        return find(query.toString(), Sort.by("createdAt").and("id"), params).page(page, size).list();
    }

    /** How many tenants (that the transaction sees) are in each status; every status present. */
    public Uni<Map<TenantStatus, Long>> countByStatus() {
        return getSession().flatMap(session -> session.createQuery(
                "select status, count(*) from Tenant group by status", Object[].class).getResultList())
                .map(rows -> {
                    Map<TenantStatus, Long> counts = new EnumMap<>(TenantStatus.class);
                    for (TenantStatus status : TenantStatus.values()) {
                        counts.put(status, 0L);
                    }
                    rows.forEach(row -> counts.put((TenantStatus) row[0], ((Number) row[1]).longValue()));
                    return counts;
                });
    }
}
