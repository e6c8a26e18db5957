package com.waplatform.message.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happened to the conversations customers opened. A conversation is opened by the customer's first message,
 * and again by a customer's message after it was resolved; each opening is counted on its own.
 */
public record ConversationReport(
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true) String zone,
        @Schema(required = true, description = "Conversations opened in the period") long opened,
        @Schema(required = true, description = "Conversations resolved in the period (a reopened one counts once, "
                + "at its last resolution)") long resolved,
        @Schema(required = true, description = "First response: from the customer's opening message to the first "
                + "message a person wrote while the conversation was open (an agent, or typed on the phone; the "
                + "bot's and the automation API's messages do not count); over the first responses in the period")
        Timing firstResponse,
        @Schema(required = true, description = "Resolution: from the opening message to the resolution (after a "
                + "reopen, the last one); over the resolutions in the period") Timing resolution,
        @Schema(required = true, description = "Per agent: first responses they wrote, resolutions credited to "
                + "them (the assignee at the time, else who resolved)") List<AgentFigures> byAgent,
        @Schema(required = true) List<NumberFigures> byNumber) {

    @Schema(name = "ConversationReportAgent")
    public record AgentFigures(
            @Schema(required = true) String agentId,
            @Schema(required = true) Timing firstResponse,
            @Schema(required = true) Timing resolution,
            @Schema(required = true) long resolved) {
    }

    @Schema(name = "ConversationReportNumber")
    public record NumberFigures(
            @Schema(required = true) UUID connectionId,
            @Schema(required = true) long opened,
            @Schema(required = true) long resolved,
            @Schema(required = true) Timing firstResponse,
            @Schema(required = true) Timing resolution) {
    }
}
