package com.waplatform.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The payload of every {@code tenant.*} event: the tenant as it is after the change. Services keep a local view
 * of the tenants from these, keeping the snapshot with the highest {@link #version()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenantSnapshot(
        String tenantId,
        String slug,
        String name,
        String status,
        String statusReason,
        long version,
        int maxConnections,
        int maxAgents,
        int messagesPerMonth,
        /** REST requests one user may make per minute to each service; 0 means the platform default. */
        int apiRequestsPerMinute,
        String automationWebhookUrl,
        boolean botEnabled,
        String timezone,
        String defaultLanguage,
        /** Bytes of media files the tenant may keep; 0 (an event from before media quotas) means the default. */
        long mediaQuotaBytes,
        /** Days a media file is kept before it is removed; 0 means kept for good. */
        int mediaRetentionDays) {

    /** A snapshot without media settings: the platform's default quota, files kept for good. */
    public TenantSnapshot(String tenantId, String slug, String name, String status, String statusReason,
            long version, int maxConnections, int maxAgents, int messagesPerMonth, int apiRequestsPerMinute,
            String automationWebhookUrl, boolean botEnabled, String timezone, String defaultLanguage) {
        this(tenantId, slug, name, status, statusReason, version, maxConnections, maxAgents, messagesPerMonth,
                apiRequestsPerMinute, automationWebhookUrl, botEnabled, timezone, defaultLanguage, 0, 0);
    }

    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String DELETED = "DELETED";
    /** Deleted and past the retention period: the tenant's data is gone from every service. */
    public static final String PURGED = "PURGED";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
