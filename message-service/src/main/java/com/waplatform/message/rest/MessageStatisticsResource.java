package com.waplatform.message.rest;

import com.waplatform.message.report.PlatformDaily;
import com.waplatform.message.report.PlatformSummary;
import com.waplatform.message.service.PlatformStatistics;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Message statistics of the whole platform, for platform staff: counts only. {@code from} and {@code to} are UTC
 * dates (YYYY-MM-DD, both included, at most 366 days). Each read is in the audit log.
 */
@Path("/api/admin/messages")
@RolesAllowed(Caller.PLATFORM_ADMIN)
public class MessageStatisticsResource {

    private static final String FROM = "First day, YYYY-MM-DD, UTC";
    private static final String TO = "Last day (included), YYYY-MM-DD, UTC; at most 366 days in all";

    private final PlatformStatistics statistics;
    private final Caller caller;

    public MessageStatisticsResource(PlatformStatistics statistics, Caller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @Path("daily")
    @Operation(summary = "Every tenant's messages per UTC day", description = "received: customers' messages; sent: "
            + "outbound messages; failed: the day's outbound messages that are FAILED now. Changes up to asOf.")
    public Uni<PlatformDaily> daily(@Parameter(description = FROM, required = true) @QueryParam("from") String from,
            @Parameter(description = TO, required = true) @QueryParam("to") String to) {
        return statistics.daily(caller.actor(), from, to);
    }

    @GET
    @Path("summary")
    @Operation(summary = "Totals of the period and what waits in message-service's queues",
            description = "received, sent, failed and failedByErrorCode over the period (changes up to asOf); "
                    + "automationDeadLetters: automation deliveries given up in the period; outboxBacklog: events of "
                    + "message-service's outbox not yet published to Kafka, now; sendQueueBacklog: outbound messages "
                    + "still PENDING (handed to session-service, no send result yet), as of asOf.")
    public Uni<PlatformSummary> summary(@Parameter(description = FROM, required = true) @QueryParam("from") String from,
            @Parameter(description = TO, required = true) @QueryParam("to") String to,
            @Parameter(description = "Only this tenant's figures (its id)") @QueryParam("tenantId")
            @Size(max = 64, message = "must be a tenant id (at most 64 characters)") String tenantId) {
        return statistics.summary(caller.actor(), from, to, tenantId);
    }
}
