package com.waplatform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long a disabled user's (or changed role's) older access tokens stay refused. */
@ConfigMapping(prefix = "access-revocation")
public interface AccessRevocationConfig {

    /**
     * How long a revocation is kept in Redis: at least the realm's access-token lifespan (10 min on the local
     * realm), since a token older than that is refused by its expiry anyway.
     */
    @WithDefault("15m")
    Duration keep();
}
