package com.waplatform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "rate-limit")
public interface RateLimitConfig {

    /** Whether REST calls are counted per user. */
    @WithDefault("true")
    boolean enabled();

    /** Requests one user may make to this service per window. */
    @WithDefault("600")
    int perUser();

    @WithDefault("60s")
    Duration window();

    /**
     * Requests one of the platform's own services (a service-account token with the {@code internal-service} role,
     * e.g. the gateway's routing lookups) may make to this service per window: its own budget, far above a
     * person's, so that what unauthenticated callers make a service ask never meets the end-user limit.
     */
    @WithDefault("120000")
    int perServiceAccount();
}
