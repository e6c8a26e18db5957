package com.waplatform.message.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Outbound messages created in the period by their status now, and the failed ones by the provider's error. */
public record StatusReport(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true) String zone,
        @Schema(required = true, description = "Messages and status changes up to this instant are counted")
        OffsetDateTime asOf,
        @Schema(required = true) List<StatusCount> byStatus,
        @Schema(required = true) List<ErrorCount> failedByErrorCode) {

    @Schema(name = "StatusReportCount")
    public record StatusCount(
            @Schema(required = true, enumeration = {"PENDING", "SENT", "DELIVERED", "READ", "FAILED"})
            String status,
            @Schema(required = true) long count) {
    }
}
