package com.waplatform.gateway.rest;

import com.waplatform.gateway.messaging.AuditNotes;
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
import org.jboss.resteasy.reactive.RestHeader;

/**
 * Platform staff: re-publish the webhooks received in a time range (at most 7 days, optionally of one connection)
 * from {@code webhook.raw}. Answers 202 with the job; {@code GET …/{id}} shows its progress.
 */
@Path("/api/admin/webhooks/replay")
@RolesAllowed("platform-admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReplayResource {

    public record ReplayRequest(String from, String to, UUID connectionId) {
    }

    private final WebhookReplay replay;
    private final AuditNotes audit;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public ReplayResource(WebhookReplay replay, AuditNotes audit, SecurityIdentity identity, JsonWebToken token) {
        this.replay = replay;
        this.audit = audit;
        this.identity = identity;
        this.token = token;
    }

    @POST
    public Uni<Response> start(ReplayRequest request, @RestHeader("X-Request-Id") String requestId) {
        if (request == null || request.from() == null || request.to() == null) {
            throw new WebhookRejected(400, "from and to (ISO-8601 instants) are required");
        }
        Instant from = instant(request.from(), "from");
        Instant to = instant(request.to(), "to");
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(Duration.ofDays(7)) > 0) {
            throw new WebhookRejected(422, "from must be before to, at most 7 days apart");
        }
        String actor = identity.getPrincipal().getName();
        ReplayJob job = new ReplayJob(from, to, request.connectionId(), actor);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("from", from.toString());
        summary.put("to", to.toString());
        summary.put("connectionId", request.connectionId() == null ? "all" : request.connectionId().toString());
        return audit.platformAction(token.getSubject(), actor, requestId, "webhooks.replay", "replay:" + job.id,
                        summary)
                .map(ack -> Response.accepted(view(replay.start(job))).build());
    }

    @GET
    @Path("{id}")
    public Map<String, Object> progress(@PathParam("id") String id) {
        return view(replay.find(id).orElseThrow(() -> new WebhookRejected(404, "No such replay")));
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new WebhookRejected(400, field + " must be an ISO-8601 instant such as 2026-11-23T08:00:00Z");
        }
    }

    private static Map<String, Object> view(ReplayJob job) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", job.id);
        view.put("state", job.state.name());
        view.put("from", job.from.toString());
        view.put("to", job.to.toString());
        view.put("connectionId", job.connectionId);
        view.put("scanned", job.scanned.get());
        view.put("replayedWebhooks", job.replayedWebhooks.get());
        view.put("publishedEvents", job.publishedEvents.get());
        view.put("failure", job.failure);
        return view;
    }
}
