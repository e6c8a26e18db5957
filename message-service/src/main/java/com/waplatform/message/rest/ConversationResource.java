package com.waplatform.message.rest;

import com.waplatform.message.service.ConversationService;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** The inbox: the caller's tenant's conversations and their messages. */
@Path("/api/conversations")
@RolesAllowed({Caller.AGENT, Caller.TENANT_ADMIN})
public class ConversationResource {

    private final ConversationService conversations;
    private final Caller caller;

    public ConversationResource(ConversationService conversations, Caller caller) {
        this.conversations = conversations;
        this.caller = caller;
    }

    @GET
    public Uni<List<ConversationView>> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return conversations.list(caller.tenantId(), limit)
                .map(list -> list.stream().map(ConversationView::of).toList());
    }

    @GET
    @Path("{id}")
    public Uni<ConversationView> get(@PathParam("id") UUID id) {
        return conversations.get(caller.tenantId(), id).map(ConversationView::of);
    }

    @GET
    @Path("{id}/messages")
    public Uni<List<MessageView>> messages(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return conversations.messages(caller.tenantId(), id, limit)
                .map(list -> list.stream().map(MessageView::of).toList());
    }

    @POST
    @Path("{id}/messages")
    public Uni<Response> send(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") SendMessageRequest request) {
        return conversations.sendText(caller.tenantId(), id, caller.userId(), request.text())
                .map(message -> Response.status(Response.Status.ACCEPTED).entity(MessageView.of(message)).build());
    }
}
