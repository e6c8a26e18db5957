package com.waplatform.persistence.tenancy;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * The tenant of the current transaction, for PostgreSQL row-level security. Every tenant-owned table has
 * policies that only show rows whose {@code tenant_id} equals {@code app.tenant_id}; this sets it, for the
 * current transaction only ({@code set_config(…, true)}), so a query that forgets its tenant filter finds nothing
 * of another tenant, and pooled connections never carry a tenant over.
 * <p>
 * Call it first inside a {@code @WithTransaction} method. Outside a transaction the setting would not outlive
 * the statement, and no rows would be visible at all.
 */
@ApplicationScoped
public class TenantScope {

    private static final Logger AUDIT = Logger.getLogger("com.waplatform.audit");

    public Uni<Void> enter(String tenantId) {
        Objects.requireNonNull(tenantId, "tenantId");
        return setting("app.tenant_id", tenantId);
    }

    /**
     * Lets this transaction see every tenant's rows: only for platform-admin paths and internal lookups that
     * precede knowing the tenant. Always says who and why, in the audit log.
     */
    public Uni<Void> bypass(String actor, String reason) {
        AUDIT.infof("row-level security bypass by %s: %s", actor, reason);
        return setting("app.bypass_rls", "on");
    }

    private static Uni<Void> setting(String name, String value) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select set_config(?1, ?2, true)")
                .setParameter(1, name)
                .setParameter(2, value)
                .getSingleResult())
                .replaceWithVoid();
    }
}
