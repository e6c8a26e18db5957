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
}
