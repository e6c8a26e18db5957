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

    Resume resume();

    Presence presence();

    /** Who is online (see {@code presence.Presence}). */
    interface Presence {

        /** How often each replica renews its users in Redis and looks for changes (a replica gone). */
        @WithDefault("15s")
        java.time.Duration heartbeat();

        /** How long a user stays online without a renewal (a replica that died drops its users after this). */
        @WithDefault("45s")
        java.time.Duration ttl();
    }

    /** Resuming a socket from a position (see realtime-service/README.md). */
    interface Resume {

        /** How old a position may be and still be replayed; older: {@code resync-required}. */
        @WithDefault("24h")
        java.time.Duration maxAge();

        /**
         * Records of the tenant's partition (all tenants sharing it) that one resume may read per topic; a position
         * further behind gets {@code resync-required} (the client reloads through REST, which is then cheaper).
         */
        @WithDefault("20000")
        int maxRecords();

        /** Threads (each with its own Kafka consumer) reading histories for resuming sockets. */
        @WithDefault("2")
        int readers();

        /**
         * Tenants whose starts may wait for a reader (the sockets of one tenant that wait are read together); one
         * more starts without history (the client reloads).
         */
        @WithDefault("2000")
        int queue();

        /** How long one resume may take to read its history before the client is told to resync instead. */
        @WithDefault("10s")
        java.time.Duration timeout();

        /** A client that takes no frame of its replay for this long is closed (1013); it resumes when it can. */
        @WithDefault("30s")
        java.time.Duration stallLimit();

        /** Live events held for a socket while its history is read; over it the socket is closed (1013). */
        @WithDefault("10000")
        int bufferLimit();
    }

    interface Sockets {

        /** Open sockets one user may hold on this instance (tabs, windows, devices); one more is closed with 1008. */
        @WithDefault("10")
        int perUser();

        /** Open sockets all users of one tenant may hold on this instance; one more is closed with 1008. */
        @WithDefault("1000")
        int perTenant();

        /**
         * Frames waiting to be written to one socket (a slow or stalled client); over it the socket is closed with
         * 1013 and the client resumes from its position, so that it never holds memory or anyone else back.
         */
        @WithDefault("1000")
        int maxUnsent();

        /** How often every socket is pinged: keeps idle sockets open through proxies and shows dead peers. */
        @WithDefault("30s")
        java.time.Duration pingInterval();

        /**
         * A socket that answers nothing (no pong to the pings, no frame) for this long is taken for dead and closed
         * (1001); more than two ping intervals.
         */
        @WithDefault("75s")
        java.time.Duration silenceLimit();
    }
}
