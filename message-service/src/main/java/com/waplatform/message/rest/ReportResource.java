package com.waplatform.message.rest;

import com.waplatform.message.report.ConversationReport;
import com.waplatform.message.report.MessageReport;
import com.waplatform.message.report.StatusReport;
import com.waplatform.message.service.ConversationReports;
import com.waplatform.message.service.TenantReports;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The caller's company's reports, for its admins. {@code from} and {@code to} are dates (YYYY-MM-DD, both included,
 * at most 366 days) in the company's time zone (its setting; UTC until it is known here); {@code connectionId}
 * keeps one number's figures. A missing or bad date is a 400 naming the parameter.
 */
@Path("/api/reports")
@RolesAllowed(Caller.TENANT_ADMIN)
public class ReportResource {

    private static final String FROM = "First day, YYYY-MM-DD, in the company's time zone";
    private static final String TO = "Last day (included), YYYY-MM-DD; at most 366 days in all";
    private static final String NUMBER = "Only this WhatsApp number (connection id)";

    private final TenantReports reports;
    private final ConversationReports conversations;
    private final Caller caller;

    public ReportResource(TenantReports reports, ConversationReports conversations, Caller caller) {
        this.reports = reports;
        this.conversations = conversations;
        this.caller = caller;
    }

    @GET
    @Path("messages")
    @Operation(summary = "Messages per day and number", description = "received: the customers' messages; sent: "
            + "outbound messages (agents', the bot's, the automation API's, typed on the phone). From hourly counts "
            + "kept up to date every few seconds: changes up to asOf are counted.")
    public Uni<MessageReport> messages(@Parameter(description = FROM, required = true) @QueryParam("from") String from,
            @Parameter(description = TO, required = true) @QueryParam("to") String to,
            @Parameter(description = NUMBER) @QueryParam("connectionId") UUID connectionId) {
        return reports.messages(caller.tenantId(), from, to, connectionId);
    }

    @GET
    @Path("conversations")
    @Operation(summary = "Conversations opened and resolved, first response and resolution times",
            description = "A conversation is opened by a customer's message when it is new or resolved; each opening "
                    + "counts on its own. First response: from the opening customer message to the first message a "
                    + "person writes while it is open (an agent, or typed on the phone; the bot's and the automation "
                    + "API's do not count), counted in the period of that reply. Resolution: from the opening message "
                    + "to the resolution (a reopen cancels it; the last one counts), counted in the period of the "
                    + "resolution. Medians are percentile_cont(0.5) in seconds.")
    public Uni<ConversationReport> conversations(@Parameter(description = FROM, required = true) @QueryParam("from") String from,
            @Parameter(description = TO, required = true) @QueryParam("to") String to,
            @Parameter(description = NUMBER) @QueryParam("connectionId") UUID connectionId) {
        return conversations.report(caller.tenantId(), from, to, connectionId);
    }

    @GET
    @Path("statuses")
    @Operation(summary = "Outbound messages by status", description = "Outbound messages created in the period, by "
            + "their status now; the failed ones by the error code the provider (or session-service) gave, with "
            + "its description. From hourly counts: changes up to asOf are counted.")
    public Uni<StatusReport> statuses(@Parameter(description = FROM, required = true) @QueryParam("from") String from,
            @Parameter(description = TO, required = true) @QueryParam("to") String to,
            @Parameter(description = NUMBER) @QueryParam("connectionId") UUID connectionId) {
        return reports.statuses(caller.tenantId(), from, to, connectionId);
    }
}
