package com.waplatform.tenant.domain;

/**
 * What a tenant's plan allows. Media files of its messages take at most {@code mediaQuotaBytes} of storage and are
 * removed {@code mediaRetentionDays} after they arrived (0: kept for good); null: the default plan's.
 */
public record PlanLimits(int maxConnections, int maxAgents, int messagesPerMonth, Long mediaQuotaBytes,
        Integer mediaRetentionDays) {

    /** These limits, with the given media figures where these name none. */
    public PlanLimits withMediaDefaults(long quotaBytes, int retentionDays) {
        return new PlanLimits(maxConnections, maxAgents, messagesPerMonth,
                mediaQuotaBytes != null ? mediaQuotaBytes : quotaBytes,
                mediaRetentionDays != null ? mediaRetentionDays : retentionDays);
    }
}
