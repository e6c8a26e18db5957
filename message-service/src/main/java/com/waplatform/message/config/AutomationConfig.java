package com.waplatform.message.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Forwarding customer messages to each tenant's automation webhook (n8n or any HTTP workflow). */
@ConfigMapping(prefix = "automation")
public interface AutomationConfig {

    /** Whether this instance works the forwarding queue. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The platform key every tenant's signing secret is derived from (hex, at least 32 bytes); a Kubernetes
     * Secret in production.
     */
    String signingKey();

    /** Attempts before a delivery becomes a dead letter. */
    @WithDefault("8")
    int maxAttempts();

    /** Wait before the first retry; doubled for each further one, with jitter. */
    @WithDefault("5s")
    Duration firstRetry();

    /** The longest wait between two attempts. */
    @WithDefault("10m")
    Duration maxRetry();

    /** How long the automation has to answer one delivery. */
    @WithDefault("10s")
    Duration timeout();

    @WithDefault("500ms")
    Duration pollInterval();

    /** Deliveries taken per round, and at most per tenant, so that one tenant's slow endpoint cannot fill it. */
    @WithDefault("100")
    int batchSize();

    @WithDefault("10")
    int perTenantBatch();

    /** How long a taken delivery is held by its worker before another replica may take it again. */
    @WithDefault("60s")
    Duration lease();

    /** Requests one API key may make per minute when the tenant's plan sets none. */
    @WithDefault("300")
    int apiRequestsPerMinute();

    /** How long a verified API key is remembered (a revoked key stops working within this time). */
    @WithDefault("10s")
    Duration apiKeyCache();

    /** How long a rejected API key (unknown, wrong or revoked) is remembered as rejected. */
    @WithDefault("60s")
    Duration rejectedKeyCache();

    /** Most API keys remembered (live and rejected together); the least useful are forgotten first. */
    @WithDefault("100000")
    long apiKeyCacheSize();

    /**
     * Keys one source address may have rejected per minute (counted across replicas). Past it, that address's
     * keys not already known get 429 with Retry-After before anything is asked; known keys keep working.
     */
    @WithDefault("100")
    int rejectedKeysPerAddressPerMinute();

    /**
     * Keys of one source address that may be checked at tenant-service at a time (per replica; keys already known
     * are never checked). Past it: 429, retry after a second.
     */
    @WithDefault("8")
    int keyChecksInFlightPerAddress();
}
