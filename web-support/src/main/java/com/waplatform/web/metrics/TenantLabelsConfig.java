package com.waplatform.web.metrics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether business metrics carry a {@code tenant} label (per-company monitoring), and how many companies each. */
@ConfigMapping(prefix = "metrics.tenant-labels")
public interface TenantLabelsConfig {

    /** Off by default: every company adds time series to the metrics that carry the label. */
    @WithDefault("false")
    boolean enabled();

    /** Distinct tenants labelled per metric; the others are counted under {@code tenant="other"}. */
    @WithDefault("100")
    int max();
}
