package com.waplatform.message.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Messages received from and sent to customers, per day of the company's time zone and number. */
public record MessageReport(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, description = "The IANA time zone the days are in (the company's setting)")
        String zone,
        @Schema(required = true, description = "Messages and status changes up to this instant are counted")
        OffsetDateTime asOf,
        @Schema(required = true, description = "Days and numbers with at least one message, by day then number")
        List<Day> days,
        @Schema(required = true) Totals totals) {

    @Schema(name = "MessageReportDay")
    public record Day(
            @Schema(required = true) LocalDate day,
            @Schema(required = true) UUID connectionId,
            @Schema(required = true, description = "Customers' messages") long received,
            @Schema(required = true, description = "Outbound messages: agents', the bot's and the automation API's, "
                    + "and those typed on the phone") long sent) {
    }

    @Schema(name = "MessageReportTotals")
    public record Totals(@Schema(required = true) long received, @Schema(required = true) long sent) {
    }
}
