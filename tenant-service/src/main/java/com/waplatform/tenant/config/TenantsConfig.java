package com.waplatform.tenant.config;

import com.waplatform.contracts.Topics;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "tenants")
public interface TenantsConfig {

    /** Limits a new tenant gets unless the platform admin sets others. */
    DefaultPlan defaultPlan();

    /** How long a deleted tenant's data is kept before it is purged everywhere. */
    @WithDefault("30d")
    java.time.Duration retention();

    /** How often this instance looks for deleted tenants past the retention period. */
    @WithDefault("1h")
    java.time.Duration purgeInterval();

    /**
     * The topic tenant snapshots are published on: {@code tenant.events}. The module tests publish theirs on a topic of
     * their own, so that a local stack on the same Kafka never takes a test's version of its demo tenants.
     */
    @WithDefault(Topics.TENANT_EVENTS)
    String eventsTopic();

    interface DefaultPlan {
        @WithDefault("3")
        int maxConnections();

        @WithDefault("10")
        int maxAgents();

        @WithDefault("10000")
        int messagesPerMonth();

        /** Storage for the tenant's media files: 5 GiB. */
        @WithDefault("5368709120")
        long mediaQuotaBytes();

        /** Days media files are kept; 0: for good. */
        @WithDefault("0")
        int mediaRetentionDays();
    }
}
