package com.waplatform.tenant.service;

import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.tenant.config.TenantsConfig;
import com.waplatform.tenant.domain.Tenant;
import com.waplatform.web.Actor;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Removes a deleted tenant for good once its retention period is over (or at once, when platform staff confirm
 * it): its users leave Keycloak, its API keys go, the tenant becomes a PURGED tombstone, and {@code tenant.purged}
 * has every other service remove the tenant's data. Each step can run again: a purge interrupted half-way is
 * finished by the next round.
 */
@ApplicationScoped
public class TenantPurge {

    private static final Logger LOG = Logger.getLogger(TenantPurge.class);
    private static final Actor RETENTION = new Actor("system", "retention period", null, true);

    private final TenantAdminService tenants;
    private final AgentService agents;
    private final BackgroundWork background;
    private final TenantsConfig config;
    private final AtomicBoolean running = new AtomicBoolean();

    public TenantPurge(TenantAdminService tenants, AgentService agents, BackgroundWork background,
            TenantsConfig config) {
        this.tenants = tenants;
        this.agents = agents;
        this.background = background;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        background.every(config.purgeInterval().toMillis(), this::purgeExpired);
    }

    /** Platform staff purge a deleted tenant now; {@code confirmSlug} must be its slug. */
    public Uni<Tenant> purgeNow(Actor actor, UUID id, String confirmSlug) {
        return tenants.purgeable(actor, id, confirmSlug).chain(tenant -> purge(actor, tenant));
    }

    private Uni<Tenant> purge(Actor actor, Tenant tenant) {
        return agents.removeAll(tenant.id.toString())
                .invoke(users -> LOG.infof("purging tenant %s (%s): %d users removed from Keycloak", tenant.id,
                        tenant.slug, users))
                .chain(() -> tenants.markPurged(actor, tenant.id));
    }

    private void purgeExpired() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        background.run(() -> tenants.pastRetention().flatMap(expired -> Multi.createFrom().iterable(expired)
                        .onItem().transformToUniAndConcatenate(tenant -> purge(RETENTION, tenant)
                                .onFailure().invoke(e -> LOG.warnf("purge of tenant %s failed, retried next round: %s",
                                        tenant.id, e.getMessage()))
                                .onFailure().recoverWithNull())
                        .collect().asList()),
                done -> running.set(false),
                failure -> {
                    running.set(false);
                    LOG.warnf("retention check failed: %s", failure.getMessage());
                });
    }
}
