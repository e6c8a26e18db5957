package com.waplatform.gateway.rest;

import com.waplatform.gateway.messaging.AuditNotes;
import com.waplatform.gateway.replay.ReplayCounter;
import com.waplatform.gateway.replay.ReplayJob;
import com.waplatform.gateway.replay.WebhookReplay;
import com.waplatform.gateway.service.WebhookRejected;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;

/**
 * Platform staff: re-publish the webhooks received in a time range (at most 7 days, optionally of one connection)
 * from {@code webhook.raw}. Answers 202 with the job; {@code GET …/{id}} shows its progress; {@code POST …/count}
 * with the same body tells beforehand how many webhooks the range holds.
 */
@Path("/api/admin/webhooks/replay")
@RolesAllowed("platform-admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReplayResource {

    public record ReplayRequest(@Schema(required = true, description = "ISO-8601 instant") String from,
            @Schema(required = true, description = "ISO-8601 instant") String to,
            @Schema(description = "Only this number's webhooks") UUID connectionId) {
    }

    /** The raw webhooks a replay of the range would re-read (only the connection's, when one was given). */
    public record ReplayCount(@Schema(required = true) long count, @Schema(required = true) Instant from,
            @Schema(required = true) Instant to) {
    }

    /** A replay as it goes: RUNNING, then DONE or FAILED (with why), and its counts so far. */
    public record ReplayView(@Schema(required = true) String id,
            @Schema(required = true, enumeration = {"RUNNING", "DONE", "FAILED"}) String state,
            @Schema(required = true) Instant from, @Schema(required = true) Instant to,
            @Schema(description = "The one number replayed; absent: all") UUID connectionId,
            @Schema(required = true) long scanned, @Schema(required = true) long replayedWebhooks,
            @Schema(required = true) long publishedEvents,
            @Schema(description = "Why the replay stopped (FAILED)") String failure) {

        static ReplayView of(ReplayJob job) {
            return new ReplayView(job.id, job.state.name(), job.from, job.to, job.connectionId, job.scanned.get(),
                    job.replayedWebhooks.get(), job.publishedEvents.get(), job.failure);
        }
    }

    private record Range(Instant from, Instant to) {
    }

    private final WebhookReplay replay;
    private final ReplayCounter counter;
    private final AuditNotes audit;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ReplayResource(WebhookReplay replay, ReplayCounter counter, AuditNotes audit, SecurityIdentity identity,
            JsonWebToken token) {
        this.replay = replay;
        this.counter = counter;
        this.audit = audit;
        this.identity = identity;
        this.token = token;
    }

    @Operation(summary = "Replays the raw webhooks of a time range (7 days at most): 202 with the job")
    @APIResponse(responseCode = "202", description = "The replay started",
            content = @Content(schema = @Schema(implementation = ReplayView.class)))
    @POST
    public Uni<Response> start(ReplayRequest request, @RestHeader("X-Request-Id") String requestId) {
        Range range = range(request);
        Instant from = range.from();
        Instant to = range.to();
        String actor = identity.getPrincipal().getName();
        ReplayJob job = new ReplayJob(from, to, request.connectionId(), actor);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("from", from.toString());
        summary.put("to", to.toString());
        summary.put("connectionId", request.connectionId() == null ? "all" : request.connectionId().toString());
        return audit.platformAction(token.getSubject(), actor, requestId, "webhooks.replay", "replay:" + job.id,
                        summary)
                .map(ack -> Response.accepted(ReplayView.of(replay.start(job))).build());
    }

    /** Reads Kafka (blocking), so it runs on a worker thread. */
    @Operation(summary = "How many raw webhooks a replay of that range would publish (nothing is replayed)")
    @POST
    @Path("count")
    public ReplayCount count(ReplayRequest request) {
        Range range = range(request);
        return new ReplayCount(counter.count(range.from(), range.to(), request.connectionId()), range.from(),
                range.to());
    }

    @Operation(summary = "A replay's progress: RUNNING, then DONE or FAILED, with its counts")
    @GET
    @Path("{id}")
    public ReplayView progress(@PathParam("id") String id) {
        return ReplayView.of(replay.find(id).orElseThrow(() -> new WebhookRejected(404, "No such replay")));
    }

    private static Range range(ReplayRequest request) {
        if (request == null || request.from() == null || request.to() == null) {
            throw new WebhookRejected(400, "from and to (ISO-8601 instants) are required");
        }
        Instant from = instant(request.from(), "from");
        Instant to = instant(request.to(), "to");
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(Duration.ofDays(7)) > 0) {
            throw new WebhookRejected(422, "from must be before to, at most 7 days apart");
        }
        return new Range(from, to);
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new WebhookRejected(400, field + " must be an ISO-8601 instant such as 2026-11-23T08:00:00Z");
        }
    }
}
