package com.waplatform.realtime.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of this instance's sockets (each instance counts its own). */
@ConfigMapping(prefix = "realtime")
public interface RealtimeConfig {

    Sockets sockets();

    /**
     * How often this instance also checks its sockets against the revocations in Redis, besides being told at
     * once: a socket whose announcement was missed (a lost Redis subscription) is closed within this time.
     */
    @WithDefault("10s")
    java.time.Duration revocationSweep();

    interface Sockets {

        /** Open sockets one user may hold on this instance (tabs, windows, devices); one more is closed with 1008. */
        @WithDefault("10")
        int perUser();

        /** Open sockets all users of one tenant may hold on this instance; one more is closed with 1008. */
        @WithDefault("1000")
        int perTenant();
    }
}
