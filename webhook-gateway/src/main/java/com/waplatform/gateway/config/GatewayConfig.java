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
}
