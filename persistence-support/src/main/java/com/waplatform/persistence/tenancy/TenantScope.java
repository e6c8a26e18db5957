package com.waplatform.persistence.tenancy;

import com.waplatform.contracts.AuditRecord;
import com.waplatform.persistence.audit.AuditPublisher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
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

    private static final Logger LOG = Logger.getLogger("com.waplatform.audit");

    private final AuditPublisher audit;

    public TenantScope(AuditPublisher audit) {
        this.audit = audit;
    }

    public Uni<Void> enter(String tenantId) {
        Objects.requireNonNull(tenantId, "tenantId");
        return setting("app.tenant_id", tenantId);
    }

    /**
     * Lets this transaction see every tenant's rows, for a person of the platform staff: recorded in the audit
     * log (in the same transaction) with who and why.
     */
    public Uni<Void> bypass(String actorId, String actorName, String requestId, String reason) {
        return setting("app.bypass_rls", "on").chain(() -> audit.record(AuditRecord.PLATFORM, actorId, actorName,
                requestId, "platform.bypass", reason, Map.of()));
    }

    /**
     * The same for the platform's own lookups that come before knowing the tenant (a webhook's connection, an API
     * key): logged, not put in the audit log, which is about what people do.
     */
    public Uni<Void> systemBypass(String reason) {
        LOG.debugf("row-level security bypass by the platform: %s", reason);
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
