package com.waplatform.message.service;

import com.waplatform.message.domain.AutomationSigning;
import com.waplatform.message.repository.AutomationSigningRepository;
import com.waplatform.persistence.audit.AuditPublisher;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.Actor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Each tenant's automation signing secret: version 1 until the tenant admin first rotates it (then
 * {@code rotatedAt} says when; never rotated, it is null), a new version at each rotation.
 */
@ApplicationScoped
public class AutomationSecrets {

    private final AutomationSigningRepository signing;
    private final AuditPublisher audit;
    private final TenantScope scope;
    private final AutomationSigner signer;

    public AutomationSecrets(AutomationSigningRepository signing, AuditPublisher audit, TenantScope scope,
            AutomationSigner signer) {
        this.signing = signing;
        this.audit = audit;
        this.scope = scope;
        this.signer = signer;
    }

    /** The tenant's current signing secret version (version 1, never rotated, until first rotated). */
    @WithTransaction
    public Uni<AutomationSigning> current(String tenantId) {
        return scope.enter(tenantId).chain(() -> signing.findById(tenantId)).map(found -> found != null ? found
                : initial(tenantId));
    }

    /** A new signing secret for the tenant; the old one stops being used at once. */
    @WithTransaction
    public Uni<AutomationSigning> rotate(Actor actor, String tenantId) {
        return scope.enter(tenantId).chain(() -> signing.findById(tenantId)).flatMap(found -> {
            AutomationSigning next = found != null ? found : initial(tenantId);
            next.version++;
            next.rotatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            Uni<AutomationSigning> saved = found != null ? Uni.createFrom().item(next) : signing.persist(next);
            return saved.call(s -> audit.record(tenantId, actor.id(), actor.name(), actor.requestId(),
                    "automation.signing-secret.rotate", "tenant:" + tenantId, Map.of("version", s.version)));
        });
    }

    public String secret(AutomationSigning version) {
        return signer.secret(version.tenantId, version.version);
    }

    /** The current secret of each tenant, in the caller's transaction (any tenant: the forwarding worker's). */
    Uni<Map<String, String>> secretsOf(Collection<String> tenantIds) {
        return signing.list("tenantId in ?1", tenantIds).map(versions -> {
            Map<String, Integer> byTenant = versions.stream()
                    .collect(Collectors.toMap(v -> v.tenantId, v -> v.version));
            return tenantIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                    tenant -> signer.secret(tenant, byTenant.getOrDefault(tenant, 1))));
        });
    }

    private static AutomationSigning initial(String tenantId) {
        AutomationSigning first = new AutomationSigning();
        first.tenantId = tenantId;
        first.version = 1;
        return first;
    }
}
