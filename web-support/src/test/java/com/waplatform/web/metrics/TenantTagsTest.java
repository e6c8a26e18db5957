package com.waplatform.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Tags;
import org.junit.jupiter.api.Test;

/** The tenant label is off by default, and bounded per metric when on. */
class TenantTagsTest {

    @Test
    void offMeansNoTenantLabel() {
        TenantTags tags = new TenantTags(false, 100);
        assertEquals(Tags.empty(), tags.of("messages.received", "t-1"));
    }

    @Test
    void tenantsBeyondTheCapAreOtherAndEachMetricHasItsOwnCap() {
        TenantTags tags = new TenantTags(true, 2);
        assertEquals(Tags.of("tenant", "t-1"), tags.of("messages.received", "t-1"));
        assertEquals(Tags.of("tenant", "t-2"), tags.of("messages.received", "t-2"));
        assertEquals(Tags.of("tenant", "other"), tags.of("messages.received", "t-3"));
        assertEquals(Tags.of("tenant", "t-1"), tags.of("messages.received", "t-1"), "a tenant already seen keeps its label");
        assertEquals(Tags.of("tenant", "t-3"), tags.of("messages.sent", "t-3"));
    }

    @Test
    void boundedValuesKeepTheFirstOnesAndNameTheMissingOne() {
        BoundedTagValues codes = new BoundedTagValues(50);
        for (int i = 0; i < 80; i++) {
            String label = codes.of("code-" + i);
            assertEquals(i < 50 ? "code-" + i : "other", label);
        }
        assertEquals(50, codes.distinct());
        assertEquals("unknown", codes.of(null));
        assertTrue(codes.of("code-7").equals("code-7"));
    }
}
