package com.waplatform.web.outbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the platform may send requests to, or have a provider fetch from, on a user's word. */
@ConfigMapping(prefix = "outbound-urls")
public interface OutboundUrlConfig {

    /**
     * Whether loopback targets (this machine: {@code localhost}, 127.0.0.0/8, ::1) are allowed, for an automation
     * on a developer's machine. Never in production (default false); every other internal range is refused anyway.
     */
    @WithDefault("false")
    boolean allowLoopback();
}
