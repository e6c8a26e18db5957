package com.waplatform.tenant.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One change of a tenant's seats at a time, across every replica: a PostgreSQL advisory lock per tenant, held
 * until the current transaction ends. Waiting is bounded by the transaction's {@code lock_timeout}.
 */
@ApplicationScoped
@WithSession
public class SeatLocks {

    /** Takes the tenant's seat lock for the rest of the current transaction, waiting at most {@code waitMillis}. */
    public Uni<Void> lock(String tenantId, long waitMillis) {
        return Panache.getSession().flatMap(session -> session
                        .createNativeQuery("select set_config('lock_timeout', ?1, true)")
                        .setParameter(1, waitMillis + "ms").getSingleResult()
                        .chain(() -> session
                                .createNativeQuery("select cast(pg_advisory_xact_lock(hashtextextended(?1, 0)) as text)")
                                .setParameter(1, "agent-seats:" + tenantId).getSingleResult()))
                .replaceWithVoid();
    }
}
