package com.waplatform.tenant.service;

import java.util.List;

/** A platform admin's change to a tenant: null fields stay as they are. */
public record TenantChanges(String name, List<String> domains, Integer maxConnections, Integer maxAgents,
        Integer messagesPerMonth, Integer apiRequestsPerMinute, Long mediaQuotaBytes, Integer mediaRetentionDays) {

    /** A change that leaves the media plan as it is. */
    public TenantChanges(String name, List<String> domains, Integer maxConnections, Integer maxAgents,
            Integer messagesPerMonth, Integer apiRequestsPerMinute) {
        this(name, domains, maxConnections, maxAgents, messagesPerMonth, apiRequestsPerMinute, null, null);
    }
}
