package com.waplatform.message.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.hibernate.reactive.mutiny.Mutiny;

/** What waits in this service's queues, for the platform's statistics (across tenants: in a bypass). */
@ApplicationScoped
@WithSession
public class BacklogRepository {

    /** Events of the transactional outbox not yet published (set-aside ones excluded); key = the tenant. */
    public Uni<Long> unpublishedEvents(String tenantId) {
        String sql = "SELECT count(*) FROM outbox_event WHERE dead_lettered_at IS NULL"
                + (tenantId == null ? "" : " AND record_key = :tenant");
        return Panache.getSession().flatMap(session -> tenant(session.createNativeQuery(sql, Long.class), tenantId)
                .getSingleResult());
    }

    /** Automation deliveries given up (DEAD) whose last attempt falls in the period. */
    public Uni<Long> deadDeliveries(OffsetDateTime start, OffsetDateTime end, String tenantId) {
        String sql = "SELECT count(*) FROM automation_delivery WHERE status = 'DEAD' AND updated_at >= :start"
                + " AND updated_at < :end" + (tenantId == null ? "" : " AND tenant_id = :tenant");
        return Panache.getSession().flatMap(session -> tenant(session.createNativeQuery(sql, Long.class)
                .setParameter("start", start).setParameter("end", end), tenantId).getSingleResult());
    }

    private static Mutiny.SelectionQuery<Long> tenant(Mutiny.SelectionQuery<Long> query, String tenantId) {
        return tenantId == null ? query : query.setParameter("tenant", tenantId);
    }
}
