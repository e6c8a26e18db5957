package com.waplatform.tenant.service;

import com.waplatform.contracts.EventTypes;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.tenant.domain.Tenant;
import com.waplatform.tenant.domain.TenantStatus;
import com.waplatform.tenant.messaging.TenantEvents;
import com.waplatform.tenant.repository.TenantRepository;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import com.waplatform.web.outbound.OutboundUrls;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A tenant's own settings, as its admins manage them (inside the tenant's row-level-security scope). */
@ApplicationScoped
public class TenantSettingsService {

    private static final List<String> LANGUAGES = Arrays.asList(Locale.getISOLanguages());

    private final TenantRepository tenants;
    private final TenantEvents events;
    private final AuditTrail audit;
    private final TenantScope scope;
    private final OutboundUrls outboundUrls;

    public TenantSettingsService(TenantRepository tenants, TenantEvents events, AuditTrail audit, TenantScope scope,
            OutboundUrls outboundUrls) {
        this.tenants = tenants;
        this.events = events;
        this.audit = audit;
        this.scope = scope;
        this.outboundUrls = outboundUrls;
    }

    @WithTransaction
    public Uni<Tenant> get(String tenantId) {
        return own(tenantId);
    }

    /**
     * Applies the change. A new automation webhook URL must be http(s) and point to a public address only (its host
     * name resolved: none of its addresses internal), outside a developer's machine not even loopback (422).
     */
    @WithTransaction
    public Uni<Tenant> update(Actor actor, String tenantId, SettingsChanges changes) {
        Optional<String> newUrl = changes.automationWebhookUrl();
        Uni<String> checkedUrl = newUrl == null || newUrl.isEmpty() ? Uni.createFrom().nullItem()
                : outboundUrls.check("automationWebhookUrl", newUrl.get());
        return checkedUrl.flatMap(url -> own(tenantId).flatMap(tenant -> {
            Map<String, Object> diff = new LinkedHashMap<>();
            if (changes.name() != null && !changes.name().equals(tenant.name)) {
                diff.put("name", List.of(tenant.name, validName(changes.name())));
                tenant.name = changes.name();
            }
            if (newUrl != null && !Objects.equals(url, tenant.automationWebhookUrl)) {
                diff.put("automationWebhookUrl", Arrays.asList(tenant.automationWebhookUrl, url));
                tenant.automationWebhookUrl = url;
            }
            if (changes.botEnabled() != null && changes.botEnabled() != tenant.botEnabled) {
                diff.put("botEnabled", List.of(tenant.botEnabled, changes.botEnabled()));
                tenant.botEnabled = changes.botEnabled();
            }
            if (changes.timezone() != null && !changes.timezone().equals(tenant.timezone)) {
                diff.put("timezone", List.of(tenant.timezone, validZone(changes.timezone())));
                tenant.timezone = changes.timezone();
            }
            if (changes.defaultLanguage() != null && !changes.defaultLanguage().equals(tenant.defaultLanguage)) {
                diff.put("defaultLanguage", List.of(tenant.defaultLanguage, validLanguage(changes.defaultLanguage())));
                tenant.defaultLanguage = changes.defaultLanguage();
            }
            if (diff.isEmpty()) {
                return Uni.createFrom().item(tenant);
            }
            tenant.touch();
            return tenants.flush()
                    .call(() -> audit.record(actor, tenantId, "settings.update", "tenant:" + tenantId, diff))
                    .call(() -> events.publish(EventTypes.TENANT_SETTINGS_CHANGED, tenant))
                    .replaceWith(tenant);
        }));
    }

    private Uni<Tenant> own(String tenantId) {
        UUID id;
        try {
            id = UUID.fromString(tenantId);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.notFound("Tenant"));
        }
        return scope.enter(tenantId).chain(() -> tenants.findById(id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Tenant"))
                .invoke(tenant -> {
                    if (tenant.status == TenantStatus.DELETED) {
                        throw ProblemException.notFound("Tenant");
                    }
                });
    }

    private static String validName(String name) {
        if (name.isEmpty()) {
            throw ProblemException.invalid("name", "must be 1 to 200 characters");
        }
        return name;
    }

    private static String validZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone;
        } catch (DateTimeException e) {
            throw ProblemException.unprocessable("timezone must be an IANA time zone such as Europe/Lisbon");
        }
    }

    private static String validLanguage(String language) {
        String primary = language.split("-")[0];
        if (!LANGUAGES.contains(primary) || !language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw ProblemException.unprocessable("defaultLanguage must be a language tag such as en or pt-BR");
        }
        return language;
    }
}
