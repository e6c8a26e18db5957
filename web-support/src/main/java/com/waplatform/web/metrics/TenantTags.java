package com.waplatform.web.metrics;

import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code tenant} label of the business metrics monitored per company (messages received, sent, failed): none
 * unless {@code metrics.tenant-labels.enabled}; then the tenant id for the first {@code metrics.tenant-labels.max}
 * tenants seen by each metric and {@code other} beyond, so that the number of series stays bounded.
 */
@ApplicationScoped
public class TenantTags {

    public static final String TAG = "tenant";

    private final boolean enabled;
    private final int max;
    private final Map<String, BoundedTagValues> perMetric = new ConcurrentHashMap<>();

    @Inject
    public TenantTags(TenantLabelsConfig config) {
        this(config.enabled(), config.max());
    }

    public TenantTags(boolean enabled, int max) {
        this.enabled = enabled;
        this.max = max;
    }

    /** The tags to add to {@code metric} for this tenant: empty when tenant labels are off. */
    public Tags of(String metric, String tenantId) {
        if (!enabled) {
            return Tags.empty();
        }
        return Tags.of(TAG, perMetric.computeIfAbsent(metric, m -> new BoundedTagValues(max)).of(tenantId));
    }

    public boolean enabled() {
        return enabled;
    }
}
