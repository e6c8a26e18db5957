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
     * The platform's own Meta app, for numbers onboarded under it: its app secret (signatures of
     * {@code /webhooks/meta}) and the verify token of its subscription. Absent: that endpoint answers 404.
     */
    java.util.Optional<String> platformAppSecret();

    java.util.Optional<String> platformVerifyToken();
}
