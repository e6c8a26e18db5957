package com.waplatform.tenant.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tenants")
public interface TenantsConfig {

    /** Limits a new tenant gets unless the platform admin sets others. */
    DefaultPlan defaultPlan();

    /** Whether automation webhooks may target loopback and link-local addresses (never in production). */
    @WithDefault("false")
    boolean allowLocalWebhookTargets();

    interface DefaultPlan {
        @WithDefault("3")
        int maxConnections();

        @WithDefault("10")
        int maxAgents();

        @WithDefault("10000")
        int messagesPerMonth();
    }
}
