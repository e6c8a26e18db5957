package com.waplatform.session.service;

import com.waplatform.persistence.tenancy.TenantPurgeConsumer;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.web.Actor;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A purged tenant's numbers: each Evolution instance is deleted at the provider (best effort: one already gone is
 * fine) and each connection removed as a deletion would (audited, announced so the gateway forgets its routing);
 * the send queue's rows and the state history then go with the tenant's tables.
 */
@ApplicationScoped
public class ConnectionPurge implements TenantPurgeConsumer.TenantPurgeStep, TenantPurgeConsumer.TenantTables {

    private static final Logger LOG = Logger.getLogger(ConnectionPurge.class);
    private static final Actor PURGE = new Actor("system", "tenant purge", null, true);

    private final ConnectionService connections;
    private final EvolutionOnboarding evolution;

    public ConnectionPurge(ConnectionService connections, EvolutionOnboarding evolution) {
        this.connections = connections;
        this.evolution = evolution;
    }

    @Override
    public Uni<Void> purge(String tenantId) {
        return connections.list(tenantId).flatMap(list -> Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(c -> (c.type == ConnectionType.EVOLUTION
                        ? evolution.deleteInstance(c).onFailure().invoke(e -> LOG.infof(
                                "purge: instance %s of tenant %s not deleted at Evolution: %s", c.instanceName,
                                tenantId, e.getMessage())).onFailure().recoverWithNull()
                        : Uni.createFrom().voidItem())
                        .chain(() -> connections.delete(PURGE, tenantId, c.id)))
                .collect().last().replaceWithVoid());
    }

    @Override
    public List<String> inDeletionOrder() {
        return List.of("dispatch", "connection_state_change", "connection");
    }
}
