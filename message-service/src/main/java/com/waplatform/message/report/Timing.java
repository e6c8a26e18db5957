package com.waplatform.message.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The median of a duration over a number of conversations (null when there are none). */
public record Timing(
        @Schema(nullable = true, description = "Median in seconds (percentile_cont 0.5); null when count is 0")
        Double medianSeconds,
        @Schema(required = true, description = "Conversations measured") long count) {

    public static final Timing NONE = new Timing(null, 0);
}
