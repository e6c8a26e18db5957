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

    /** How long a deleted tenant's data is kept before it is purged everywhere. */
    @WithDefault("30d")
    java.time.Duration retention();

    /** How often this instance looks for deleted tenants past the retention period. */
    @WithDefault("1h")
    java.time.Duration purgeInterval();

    interface DefaultPlan {
        @WithDefault("3")
        int maxConnections();

        @WithDefault("10")
        int maxAgents();

        @WithDefault("10000")
        int messagesPerMonth();
    }
}
