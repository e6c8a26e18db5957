package com.waplatform.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Longest wait for Kafka's acknowledgement before answering 503 (the provider then retries). */
    @WithDefault("5s")
    Duration publishTimeout();

    /** How long a connection's routing is remembered. */
    @WithDefault("60s")
    Duration routingCacheTtl();

    /** How long an unknown connection id is remembered as unknown. */
    @WithDefault("10s")
    Duration unknownRoutingTtl();

    /**
     * Most routings (known and unknown ids together) kept in memory per cache; past it the least useful ones are
     * forgotten first (and looked up again when needed).
     */
    @WithDefault("100000")
    long routingCacheSize();

    /**
     * Lookups of connection ids that turn out unknown, per source address (IPv6: per /64) and minute, on each
     * replica. Past it, webhooks from that address for connections not in memory get 429 before any lookup;
     * connections already in memory are served as usual.
     */
    @WithDefault("300")
    int unknownConnectionsPerAddressPerMinute();

    /**
     * Lookups one source address may have running at a time once it has sent ten unknown connection ids in its
     * minute (before that, as many as it likes: a provider's address after a restart of the gateway).
     */
    @WithDefault("2")
    int unknownAddressLookupsInFlight();

    /** Most source addresses whose lookups are counted at a time (the least recent are forgotten first). */
    @WithDefault("100000")
    long trackedAddresses();

    /** How long a delivered event is remembered, so that the provider's duplicates are not published again. */
    @WithDefault("24h")
    Duration dedupeTtl();

    /**
     * Webhooks per minute from one source address and for one connection. Meta sends up to 1,000 updates per
     * request and sizes throughput at 3 × outgoing + inbound messages; these leave ample room above both.
     */
    @WithDefault("600000")
    int perAddressPerMinute();

    @WithDefault("120000")
    int perConnectionPerMinute();

    /**
     * Most raw webhooks read to count one connection's in a replay's range before it is started
     * ({@code POST /api/admin/webhooks/replay/count} with a connectionId); a range holding more is refused (422).
     */
    @WithDefault("100000")
    int replayCountScanLimit();

    /**
     * The platform's own Meta app, for numbers onboarded under it: its app secret (signatures of
     * {@code /webhooks/meta}) and the verify token of its subscription. Absent: that endpoint answers 404.
     */
    java.util.Optional<String> platformAppSecret();

    java.util.Optional<String> platformVerifyToken();
}
