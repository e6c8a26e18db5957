package com.waplatform.tenant.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.waplatform.tenant.domain.Tenant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record TenantView(UUID id, String slug, String name, List<String> domains, String status,
        String statusReason, Limits limits, Settings settings, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime deletedAt) {

    public record Limits(int maxConnections, int maxAgents, int messagesPerMonth, int apiRequestsPerMinute,
            long mediaQuotaBytes, int mediaRetentionDays) {
    }

    public record Settings(String automationWebhookUrl, boolean botEnabled, String timezone,
            String defaultLanguage) {
    }

    static TenantView of(Tenant t) {
        return new TenantView(t.id, t.slug, t.name, List.copyOf(t.domains), t.status.name(), t.statusReason,
                new Limits(t.maxConnections, t.maxAgents, t.messagesPerMonth, t.apiRequestsPerMinute,
                        t.mediaQuotaBytes, t.mediaRetentionDays),
                new Settings(t.automationWebhookUrl, t.botEnabled, t.timezone, t.defaultLanguage),
                t.createdAt, t.updatedAt, t.deletedAt);
    }
}
