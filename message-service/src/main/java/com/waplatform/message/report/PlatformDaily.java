package com.waplatform.message.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every tenant's messages per UTC day: counts only. */
public record PlatformDaily(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, description = "Messages and status changes up to this instant are counted")
        OffsetDateTime asOf,
        @Schema(required = true, description = "Days with at least one message") List<Day> days) {

    @Schema(name = "PlatformDay")
    public record Day(
            @Schema(required = true) LocalDate day,
            @Schema(required = true, description = "Customers' messages") long received,
            @Schema(required = true, description = "Outbound messages") long sent,
            @Schema(required = true, description = "Outbound messages of the day that are FAILED now") long failed) {
    }
}
