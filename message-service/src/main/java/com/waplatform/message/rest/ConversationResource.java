package com.waplatform.message.rest;

import com.waplatform.message.domain.Conversation;
import com.waplatform.message.repository.MessageCursor;
import com.waplatform.message.repository.PageCursor;
import com.waplatform.message.repository.InboxFilter;
import com.waplatform.message.service.Assignees;
import com.waplatform.message.service.ConversationActions;
import com.waplatform.message.service.ConversationNotes;
import com.waplatform.message.service.ConversationService;
import com.waplatform.message.domain.Message;
import com.waplatform.web.ProblemException;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.PUT;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The inbox: the caller's tenant's conversations and their messages. */
@Path("/api/conversations")
@RolesAllowed({Caller.AGENT, Caller.TENANT_ADMIN})
public class ConversationResource {

    /** Body of assign and take-over: who gets it ("me" for the caller), or why a person takes over. */
    public record ActionRequest(@Size(max = 300, message = "must be at most 300 characters") String assigneeId,
            @Size(max = 300, message = "must be at most 300 characters") String reason) {
    }

    public record NoteRequest(@NotBlank(message = "is required")
            @Size(max = 4000, message = "must be at most 4000 characters") String text) {
    }

    public record LabelsRequest(@NotNull(message = "is required (an empty list removes every label)")
            @Size(max = ConversationNotes.MAX_LABELS, message = "must have at most " + ConversationNotes.MAX_LABELS
                    + " labels") List<String> labels) {
    }

    private final ConversationService conversations;
    private final ConversationActions actions;
    private final ConversationNotes notes;
    private final Assignees assignees;
    private final Caller caller;

    public ConversationResource(ConversationService conversations, ConversationActions actions,
            ConversationNotes notes, Assignees assignees, Caller caller) {
        this.notes = notes;
        this.assignees = assignees;
        this.conversations = conversations;
        this.actions = actions;
        this.caller = caller;
    }

    /**
     * The inbox, newest activity first: {@code status} (OPEN, PENDING, RESOLVED), {@code assigned} (me, unassigned,
     * any), {@code connectionId}, {@code label}, {@code q} (name or number); the next page's cursor is in {@code X-Next-Cursor}.
     */
    @GET
    public Uni<Response> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("status") @Pattern(regexp = "OPEN|PENDING|RESOLVED", message = "must be OPEN, PENDING or "
                    + "RESOLVED") String status,
            @QueryParam("assigned") @DefaultValue("any") @Pattern(regexp = "me|unassigned|any",
                    message = "must be me, unassigned or any") String assigned,
            @QueryParam("connectionId") UUID connectionId,
            @QueryParam("label") @Size(max = 50, message = "must be at most 50 characters") String label,
            @QueryParam("q") @Size(max = 100, message = "must be at most 100 characters") String text,
            @QueryParam("cursor") @Size(max = 200, message = "is not a cursor of this listing") String cursor) {
        InboxFilter filter = new InboxFilter(status == null ? null : Conversation.Status.valueOf(status),
                "me".equals(assigned) ? caller.userId() : null, "unassigned".equals(assigned), connectionId,
                label == null || label.isBlank() ? null : label.strip(), text == null || text.isBlank() ? null : text.strip());
        return conversations.list(caller.tenantId(), filter, cursor == null ? null : PageCursor.decode(cursor), limit)
                .map(page -> {
                    Response.ResponseBuilder ok = Response.ok(page.threads().stream().map(ConversationView::of)
                            .toList());
                    return (page.next() == null ? ok : ok.header("X-Next-Cursor", page.next().encode())).build();
                });
    }

    @POST
    @Path("{id}/assign")
    public Uni<ConversationView> assign(@PathParam("id") UUID id, @Valid ActionRequest request) {
        String assignee = request == null || request.assigneeId() == null || "me".equals(request.assigneeId())
                ? caller.userId() : request.assigneeId();
        return assignees.check(caller.tenantId(), caller.userId(), assignee)
                .chain(() -> act(id, ConversationActions.Action.ASSIGN, assignee));
    }

    @POST
    @Path("{id}/unassign")
    public Uni<ConversationView> unassign(@PathParam("id") UUID id) {
        return act(id, ConversationActions.Action.UNASSIGN, null);
    }

    @POST
    @Path("{id}/resolve")
    public Uni<ConversationView> resolve(@PathParam("id") UUID id) {
        return act(id, ConversationActions.Action.RESOLVE, null);
    }

    @POST
    @Path("{id}/reopen")
    public Uni<ConversationView> reopen(@PathParam("id") UUID id) {
        return act(id, ConversationActions.Action.REOPEN, null);
    }

    /** A person takes the conversation from the bot: nothing is forwarded to the automation until handed back. */
    @POST
    @Path("{id}/takeover")
    public Uni<ConversationView> takeOver(@PathParam("id") UUID id, @Valid ActionRequest request) {
        return act(id, ConversationActions.Action.TAKE_OVER, request == null || request.reason() == null
                ? "taken over by an agent" : request.reason());
    }

    @POST
    @Path("{id}/handback")
    public Uni<ConversationView> handBack(@PathParam("id") UUID id) {
        return act(id, ConversationActions.Action.HAND_BACK, null);
    }

    @POST
    @Path("{id}/read")
    public Uni<ConversationView> read(@PathParam("id") UUID id) {
        return act(id, ConversationActions.Action.READ, null);
    }

    private Uni<ConversationView> act(UUID id, ConversationActions.Action action, String argument) {
        return actions.apply(caller.tenantId(), id, caller.userId(), action, argument)
                .flatMap(c -> conversations.get(caller.tenantId(), c.id)).map(ConversationView::of);
    }

    @GET
    @Path("{id}")
    public Uni<ConversationView> get(@PathParam("id") UUID id) {
        return conversations.get(caller.tenantId(), id).map(ConversationView::of);
    }

    /**
     * A page of the conversation's messages, oldest first: the newest ones, or those {@code before} / {@code after}
     * a cursor. {@code X-Before-Cursor} pages back to older messages (absent at the start of the conversation),
     * {@code X-After-Cursor} asks for newer ones later.
     */
    @GET
    @Path("{id}/messages")
    @APIResponse(responseCode = "200", description = "The messages, oldest first",
            headers = {@Header(name = "X-Before-Cursor", description = "Cursor for older messages (before=…)",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "X-After-Cursor", description = "Cursor for newer messages (after=…)",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = MessageView.class)))
    public Uni<Response> messages(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("before") @Size(max = 200, message = "is not a cursor of this listing") String before,
            @QueryParam("after") @Size(max = 200, message = "is not a cursor of this listing") String after) {
        if (before != null && after != null) {
            throw new ProblemException(400, "Bad Request", "before, after: give one cursor, not both");
        }
        MessageCursor older = before == null ? null : MessageCursor.decode(before);
        MessageCursor newer = after == null ? null : MessageCursor.decode(after);
        return conversations.messages(caller.tenantId(), id, older, newer, limit).map(list -> {
            Response.ResponseBuilder ok = Response.ok(list.stream().map(MessageView::of).toList());
            if (!list.isEmpty()) {
                if (newer == null && list.size() == limit) {
                    ok.header("X-Before-Cursor", MessageCursor.at(list.get(0)).encode());
                }
                ok.header("X-After-Cursor", MessageCursor.at(list.get(list.size() - 1)).encode());
            } else if (newer != null) {
                ok.header("X-After-Cursor", after);
            }
            return ok.build();
        });
    }

    /** An agent's message: text, media by link, interactive or template (see {@link SendMessageRequest}). */
    @POST
    @Path("{id}/messages")
    @APIResponse(responseCode = "202", description = "The message, pending until the provider takes it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MessageView.class)))
    public Uni<Response> send(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") SendMessageRequest request) {
        return conversations.send(caller.tenantId(), id, Message.Sender.AGENT, caller.userId(), request.message())
                .map(message -> Response.status(Response.Status.ACCEPTED).entity(MessageView.of(message)).build());
    }

    @GET
    @Path("{id}/notes")
    public Uni<List<NoteView>> notes(@PathParam("id") UUID id,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return notes.notes(caller.tenantId(), id, limit).map(list -> list.stream().map(NoteView::of).toList());
    }

    /** An internal note: the tenant's agents see it, the customer never does. */
    @POST
    @Path("{id}/notes")
    public Uni<Response> addNote(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") NoteRequest request) {
        return notes.addNote(caller.tenantId(), id, caller.userId(), caller.username(), request.text())
                .map(note -> Response.status(Response.Status.CREATED).entity(NoteView.of(note)).build());
    }

    /** Replaces the conversation's labels. */
    @PUT
    @Path("{id}/labels")
    public Uni<ConversationView> labels(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") LabelsRequest request) {
        return notes.setLabels(caller.tenantId(), id, caller.userId(), request.labels())
                .flatMap(c -> conversations.get(caller.tenantId(), c.id)).map(ConversationView::of);
    }
}
