package com.waplatform.message.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts over the UTC days of the period, of every tenant or one; the backlogs are as they are now. */
public record PlatformSummary(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(nullable = true, description = "The tenant counted; null: every tenant") String tenantId,
        @Schema(required = true, description = "Messages and status changes up to this instant are counted")
        OffsetDateTime asOf,
        @Schema(required = true, description = "Customers' messages") long received,
        @Schema(required = true, description = "Outbound messages") long sent,
        @Schema(required = true, description = "Outbound messages of the period that are FAILED now") long failed,
        @Schema(required = true) List<ErrorCount> failedByErrorCode,
        @Schema(required = true, description = "Automation deliveries (customer messages forwarded to a tenant's "
                + "webhook) given up after the last attempt in the period and not retried since")
        long automationDeadLetters,
        @Schema(required = true, description = "Now: events in this service's transactional outbox not yet "
                + "published to Kafka (set-aside ones excluded)") long outboxBacklog,
        @Schema(required = true, description = "As of asOf: outbound messages still PENDING, i.e. handed to "
                + "session-service without a send result yet (its own send queue is not visible here)")
        long sendQueueBacklog) {
}
