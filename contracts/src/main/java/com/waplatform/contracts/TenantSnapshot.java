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
        String defaultLanguage) {

    public static final String ACTIVE = "ACTIVE";
    public static final String SUSPENDED = "SUSPENDED";
    public static final String DELETED = "DELETED";
    /** Deleted and past the retention period: the tenant's data is gone from every service. */
    public static final String PURGED = "PURGED";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
