package com.waplatform.web.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values one label of a metric may take, bounded: the first {@code max} distinct values are kept as they are,
 * any later one becomes {@value #OTHER}, so that a label fed from outside (a provider's error code, a tenant id)
 * can never grow the number of time series without limit. A null or blank value is {@value #UNKNOWN}.
 */
public final class BoundedTagValues {

    public static final String OTHER = "other";
    public static final String UNKNOWN = "unknown";

    private final int max;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    public BoundedTagValues(int max) {
        this.max = Math.max(0, max);
    }

    /** The value to put in the label: itself while the cap allows, else {@value #OTHER}. */
    public String of(String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        if (seen.contains(value)) {
            return value;
        }
        synchronized (seen) {
            if (seen.contains(value)) {
                return value;
            }
            if (seen.size() >= max) {
                return OTHER;
            }
            seen.add(value);
            return value;
        }
    }

    /** How many distinct values are labelled as themselves. */
    public int distinct() {
        return seen.size();
    }
}
