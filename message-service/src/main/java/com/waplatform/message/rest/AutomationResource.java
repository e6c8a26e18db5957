package com.waplatform.message.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.message.service.AutomationActions;
import com.waplatform.message.service.ConversationService;
import com.waplatform.web.validation.JsonLimits;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The automation API (n8n or any HTTP workflow), authenticated with the tenant's API key in {@code X-API-Key}:
 * read a conversation, answer as the bot, escalate to a person, keep attributes.
 */
@Path("/api/automation/conversations/{id}")
@ApiKeyAuthenticated
public class AutomationResource {

    public record EscalateRequest(@Size(max = 300, message = "must be at most 300 characters") String reason) {
    }

    private final ConversationService conversations;
    private final AutomationActions actions;
    private final AutomationCaller caller;

    public AutomationResource(ConversationService conversations, AutomationActions actions,
            AutomationCaller caller) {
        this.conversations = conversations;
        this.actions = actions;
        this.caller = caller;
    }

    @GET
    public Uni<ConversationView> get(@PathParam("id") UUID id) {
        return conversations.get(caller.tenantId(), id).map(ConversationView::of);
    }

    /** The bot's reply, any type agents can send; 409 once a person owns the conversation. */
    @POST
    @Path("messages")
    @APIResponse(responseCode = "202", description = "The message, pending until the provider takes it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MessageView.class)))
    public Uni<Response> reply(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") SendMessageRequest request) {
        return actions.reply(caller.tenantId(), id, caller.actorId(), request.message())
                .map(message -> Response.status(Response.Status.ACCEPTED).entity(MessageView.of(message)).build());
    }

    /** Hands the conversation to the tenant's agents; the bot gets nothing more until an agent hands it back. */
    @POST
    @Path("escalate")
    public Uni<ConversationView> escalate(@PathParam("id") UUID id, @Valid EscalateRequest request) {
        return actions.escalate(caller.tenantId(), id, caller.actorId(), request == null ? null : request.reason())
                .flatMap(c -> conversations.get(caller.tenantId(), c.id)).map(ConversationView::of);
    }

    /** Merges attributes (a JSON object; null removes one). */
    @PATCH
    @Path("attributes")
    public Uni<ConversationView> attributes(@PathParam("id") UUID id,
            @NotNull(message = "a JSON object is required") @JsonLimits(maxText = 1000, maxTotal = 60_000)
            JsonNode changes) {
        return actions.setAttributes(caller.tenantId(), id, caller.actorId(), changes)
                .flatMap(c -> conversations.get(caller.tenantId(), c.id)).map(ConversationView::of);
    }
}
