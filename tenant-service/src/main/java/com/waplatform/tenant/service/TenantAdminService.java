package com.waplatform.tenant.service;

import com.waplatform.contracts.EventTypes;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.tenant.config.TenantsConfig;
import com.waplatform.tenant.domain.PlanLimits;
import com.waplatform.tenant.domain.Tenant;
import com.waplatform.tenant.domain.TenantStatus;
import com.waplatform.tenant.messaging.TenantEvents;
import com.waplatform.tenant.repository.ApiKeyRepository;
import com.waplatform.tenant.repository.TenantRepository;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What platform staff do to tenants. Every call crosses tenants, so it runs in the audited row-level-security
 * bypass; every change is audited and published on {@code tenant.events} in the same transaction.
 */
@ApplicationScoped
public class TenantAdminService {

    private final TenantRepository tenants;
    private final TenantEvents events;
    private final AuditTrail audit;
    private final TenantScope scope;
    private final TenantsConfig config;
    private final ApiKeyRepository apiKeys;

    public TenantAdminService(TenantRepository tenants, TenantEvents events, AuditTrail audit, TenantScope scope,
            TenantsConfig config, ApiKeyRepository apiKeys) {
        this.apiKeys = apiKeys;
        this.tenants = tenants;
        this.events = events;
        this.audit = audit;
        this.scope = scope;
        this.config = config;
    }

    @WithTransaction
    public Uni<Tenant> create(Actor actor, String slug, String name, List<String> domains, PlanLimits limits) {
        var defaults = config.defaultPlan();
        PlanLimits plan = (limits != null ? limits : new PlanLimits(defaults.maxConnections(), defaults.maxAgents(),
                defaults.messagesPerMonth(), null, null))
                .withMediaDefaults(defaults.mediaQuotaBytes(), defaults.mediaRetentionDays());
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "create tenant " + slug).chain(() -> tenants.slugTaken(slug))
                .flatMap(taken -> {
                    if (taken) {
                        return Uni.createFrom().failure(
                                ProblemException.conflict("The slug '" + slug + "' is already in use"));
                    }
                    Tenant tenant = Tenant.create(slug, name.strip(), plan);
                    if (domains != null) {
                        tenant.domains.addAll(domains);
                    }
                    return tenants.persist(tenant)
                            .call(t -> audit.record(actor, t.id.toString(), "tenant.create", "tenant:" + t.id,
                                    Map.of("slug", slug, "name", t.name)))
                            .call(t -> events.publish(EventTypes.TENANT_CREATED, t));
                });
    }

    @WithTransaction
    public Uni<List<Tenant>> list(Actor actor, String search, TenantStatus status, int page, int size) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "list tenants").chain(() -> tenants.page(search, status, page, size));
    }

    /** How many tenants are in each status. */
    @WithTransaction
    public Uni<Map<TenantStatus, Long>> countByStatus(Actor actor) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "count tenants by status")
                .chain(tenants::countByStatus);
    }

    @WithTransaction
    public Uni<Tenant> get(Actor actor, UUID id) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "read tenant " + id).chain(() -> find(id));
    }

    @WithTransaction
    public Uni<Tenant> update(Actor actor, UUID id, TenantChanges changes) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "update tenant " + id).chain(() -> find(id)).flatMap(tenant -> {
            requireNotDeleted(tenant);
            Map<String, Object> diff = new LinkedHashMap<>();
            if (changes.name() != null && !changes.name().strip().equals(tenant.name)) {
                diff.put("name", List.of(tenant.name, changes.name().strip()));
                tenant.name = changes.name().strip();
            }
            if (changes.domains() != null && !changes.domains().equals(tenant.domains)) {
                diff.put("domains", List.of(List.copyOf(tenant.domains), changes.domains()));
                tenant.domains.clear();
                tenant.domains.addAll(changes.domains());
            }
            tenant.maxConnections = changed(diff, "maxConnections", tenant.maxConnections, changes.maxConnections());
            tenant.maxAgents = changed(diff, "maxAgents", tenant.maxAgents, changes.maxAgents());
            tenant.messagesPerMonth = changed(diff, "messagesPerMonth", tenant.messagesPerMonth,
                    changes.messagesPerMonth());
            tenant.apiRequestsPerMinute = changed(diff, "apiRequestsPerMinute", tenant.apiRequestsPerMinute,
                    changes.apiRequestsPerMinute());
            tenant.mediaQuotaBytes = changed(diff, "mediaQuotaBytes", tenant.mediaQuotaBytes,
                    changes.mediaQuotaBytes());
            tenant.mediaRetentionDays = changed(diff, "mediaRetentionDays", tenant.mediaRetentionDays,
                    changes.mediaRetentionDays());
            if (diff.isEmpty()) {
                return Uni.createFrom().item(tenant);
            }
            tenant.touch();
            return publish(actor, tenant, "tenant.update", EventTypes.TENANT_UPDATED, diff);
        });
    }

    @WithTransaction
    public Uni<Tenant> suspend(Actor actor, UUID id, String reason) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "suspend tenant " + id).chain(() -> find(id)).flatMap(tenant -> {
            requireNotDeleted(tenant);
            if (tenant.status == TenantStatus.SUSPENDED) {
                throw ProblemException.conflict("The tenant is already suspended");
            }
            tenant.status = TenantStatus.SUSPENDED;
            tenant.statusReason = reason;
            tenant.touch();
            return publish(actor, tenant, "tenant.suspend", EventTypes.TENANT_SUSPENDED,
                    Map.of("reason", reason == null ? "" : reason));
        });
    }

    @WithTransaction
    public Uni<Tenant> reactivate(Actor actor, UUID id) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "reactivate tenant " + id).chain(() -> find(id)).flatMap(tenant -> {
            requireNotDeleted(tenant);
            if (tenant.status == TenantStatus.ACTIVE) {
                throw ProblemException.conflict("The tenant is already active");
            }
            tenant.status = TenantStatus.ACTIVE;
            tenant.statusReason = null;
            tenant.touch();
            return publish(actor, tenant, "tenant.reactivate", EventTypes.TENANT_REACTIVATED, Map.of());
        });
    }

    /** Soft delete: the tenant stops working at once; its data is kept for the retention period. */
    @WithTransaction
    public Uni<Void> delete(Actor actor, UUID id) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "delete tenant " + id).chain(() -> find(id)).flatMap(tenant -> {
            if (tenant.status == TenantStatus.DELETED) {
                return Uni.createFrom().voidItem();
            }
            tenant.status = TenantStatus.DELETED;
            tenant.deletedAt = OffsetDateTime.now(ZoneOffset.UTC);
            tenant.touch();
            return publish(actor, tenant, "tenant.delete", EventTypes.TENANT_DELETED, Map.of()).replaceWithVoid();
        });
    }

    /**
     * Checks that a purge may start: the tenant is deleted (409 otherwise) and, when {@code confirmSlug} is given
     * (platform staff purging before the retention ends), it is the tenant's slug (422 otherwise).
     */
    @WithTransaction
    public Uni<Tenant> purgeable(Actor actor, UUID id, String confirmSlug) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "purge tenant " + id).chain(() -> find(id))
                .invoke(tenant -> {
                    if (tenant.status != TenantStatus.DELETED) {
                        throw ProblemException.conflict(tenant.status == TenantStatus.PURGED
                                ? "The tenant is purged already" : "Only a deleted tenant can be purged; delete it first");
                    }
                    if (confirmSlug != null && !confirmSlug.equals(tenant.slug)) {
                        throw ProblemException.unprocessable("confirmSlug does not match the tenant's slug");
                    }
                });
    }

    /**
     * The tenant's own rows here go (API keys); the tenant stays as a tombstone (id, slug, PURGED) so that its
     * audit entries keep their subject, and {@code tenant.purged} tells every service to remove its data.
     */
    @WithTransaction
    public Uni<Tenant> markPurged(Actor actor, UUID id) {
        return scope.bypass(actor.id(), actor.name(), actor.requestId(), "purge tenant " + id).chain(() -> find(id))
                .call(tenant -> apiKeys.delete("tenantId", tenant.id.toString()))
                .flatMap(tenant -> {
                    tenant.status = TenantStatus.PURGED;
                    tenant.name = "(purged)";
                    tenant.domains = new java.util.ArrayList<>();
                    tenant.automationWebhookUrl = null;
                    tenant.botEnabled = false;
                    tenant.statusReason = null;
                    tenant.touch();
                    return publish(actor, tenant, "tenant.purge", EventTypes.TENANT_PURGED, Map.of());
                });
    }

    /** Deleted tenants whose retention period is over. */
    @WithTransaction
    public Uni<List<Tenant>> pastRetention() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        return scope.systemBypass("retention check").chain(() -> tenants.list("status = ?1 and deletedAt < ?2",
                TenantStatus.DELETED, before));
    }

    private Uni<Tenant> publish(Actor actor, Tenant tenant, String action, String eventType, Map<String, ?> diff) {
        return tenants.flush()
                .call(() -> audit.record(actor, tenant.id.toString(), action, "tenant:" + tenant.id, diff))
                .call(() -> events.publish(eventType, tenant))
                .replaceWith(tenant);
    }

    private Uni<Tenant> find(UUID id) {
        return tenants.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Tenant"));
    }

    private static void requireNotDeleted(Tenant tenant) {
        if (tenant.status == TenantStatus.DELETED) {
            throw ProblemException.conflict("The tenant is deleted");
        }
    }

    private static <T> T changed(Map<String, Object> diff, String field, T current, T wanted) {
        if (wanted == null || Objects.equals(wanted, current)) {
            return current;
        }
        diff.put(field, List.of(current, wanted));
        return wanted;
    }
}
