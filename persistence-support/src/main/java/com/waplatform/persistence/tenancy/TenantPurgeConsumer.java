package com.waplatform.persistence.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventTypes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * A purged tenant's data leaves this service: on {@code tenant.purged} (from {@code tenant.events}, this service's
 * own consumer group) the service's {@link TenantPurgeStep}s run first (provider-side clean-up, files: they may
 * still read the tenant's rows), then the tenant's rows of every table the service names in its
 * {@link TenantTables} are deleted in one transaction, children first. Idempotent: a redelivery finds nothing left. Failures are retried with backoff before the record is
 * given up.
 */
@ApplicationScoped
public class TenantPurgeConsumer {

    /** The service's tenant-owned tables, children before parents. */
    public interface TenantTables {
        List<String> inDeletionOrder();
    }

    /** More work of a purge, before the rows go (e.g. the tenant's files, its instances at a provider). */
    public interface TenantPurgeStep {
        Uni<Void> purge(String tenantId);
    }

    private static final Logger LOG = Logger.getLogger(TenantPurgeConsumer.class);
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*");

    private final ObjectMapper objectMapper;
    private final TenantScope scope;
    private final Instance<TenantTables> tables;
    private final Instance<TenantPurgeStep> steps;

    public TenantPurgeConsumer(ObjectMapper objectMapper, TenantScope scope, Instance<TenantTables> tables,
            Instance<TenantPurgeStep> steps) {
        this.objectMapper = objectMapper;
        this.scope = scope;
        this.tables = tables;
        this.steps = steps;
    }

    @Incoming("tenant-purges")
    public Uni<Void> onTenantEvent(String record) {
        JsonNode envelope;
        try {
            envelope = objectMapper.readTree(record);
        } catch (Exception e) {
            return Uni.createFrom().voidItem();
        }
        String tenantId = envelope.path("tenantId").asText(null);
        if (!EventTypes.TENANT_PURGED.equals(envelope.path("type").asText()) || tenantId == null) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(steps).onItem()
                .transformToUniAndConcatenate(step -> step.purge(tenantId)).collect().last()
                .chain(() -> purge(tenantId))
                .invoke(() -> LOG.infof("purged tenant %s", tenantId))
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofMinutes(1)).atMost(10)
                .replaceWithVoid();
    }

    /** Deletes the tenant's rows, children first, in one transaction scoped to the tenant. */
    @WithTransaction
    public Uni<Integer> purge(String tenantId) {
        List<String> ordered = tables.stream().flatMap(t -> t.inDeletionOrder().stream()).toList();
        ordered.forEach(table -> {
            if (!TABLE.matcher(table).matches()) {
                throw new IllegalArgumentException("not a table name: " + table);
            }
        });
        return scope.enter(tenantId).chain(() -> Panache.getSession()).flatMap(session -> Multi.createFrom()
                .iterable(ordered)
                .onItem().transformToUniAndConcatenate(table -> session
                        .createNativeQuery("DELETE FROM " + table + " WHERE tenant_id = :tenant")
                        .setParameter("tenant", tenantId).executeUpdate())
                .collect().asList().map(counts -> counts.stream().mapToInt(Integer::intValue).sum()));
    }
}
