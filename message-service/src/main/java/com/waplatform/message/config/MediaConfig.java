package com.waplatform.message.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Media files of messages: where they are kept and how they are fetched from the provider. */
@ConfigMapping(prefix = "media")
public interface MediaConfig {

    /** The folder (a mounted volume in production) where each tenant's files live in their own sub-folder. */
    String storagePath();

    /** Largest file kept, fetched or uploaded (WhatsApp allows 16 MB for audio and video, 100 MB for documents). */
    @WithDefault("16777216")
    long maxBytes();

    /**
     * Bytes of stored media files a tenant may keep when its plan names no figure (5 GiB); the plan's
     * {@code mediaQuotaBytes} (from tenant.events) wins.
     */
    @WithDefault("5368709120")
    long tenantQuotaBytes();

    /** How often this instance removes files past their tenant's retention period (the plan's days; 0: never). */
    @WithDefault("1h")
    Duration retentionInterval();

    /** Files removed per transaction by the retention job. */
    @WithDefault("200")
    int retentionBatch();

    /** Whether this instance works the download queue and the retention job. */
    @WithDefault("true")
    boolean enabled();

    /** Attempts before a download is given up (FAILED). */
    @WithDefault("6")
    int maxAttempts();

    /** Wait before the first retry; doubled for each further one, with jitter. */
    @WithDefault("2s")
    Duration firstRetry();

    @WithDefault("5m")
    Duration maxRetry();

    @WithDefault("500ms")
    Duration pollInterval();

    /** Downloads taken per round, at most this many per tenant, and how many run side by side. */
    @WithDefault("20")
    int batchSize();

    @WithDefault("5")
    int perTenantBatch();

    @WithDefault("4")
    int concurrency();

    /** How long a taken download is held by its worker before another replica may take it again. */
    @WithDefault("2m")
    Duration lease();
}
