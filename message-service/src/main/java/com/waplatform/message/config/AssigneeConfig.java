package com.waplatform.message.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Who a conversation may be assigned to: an enabled user of its tenant, as tenant-service says. */
@ConfigMapping(prefix = "assignees")
public interface AssigneeConfig {

    /** How long tenant-service's answer about a user is remembered (a user disabled meanwhile is still taken). */
    @WithDefault("15s")
    Duration cache();

    /** Users remembered at most. */
    @WithDefault("10000")
    int cacheSize();
}
