package com.waplatform.message.rest;

import com.waplatform.message.service.OutgoingMessage;
import com.waplatform.message.service.QuickReplies;
import com.waplatform.message.service.QuickReplyContent;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The caller's tenant's quick replies (canned answers an agent inserts with {@code /shortcut}). Admins write them. */
@Path("/api/quick-replies")
@RolesAllowed({Caller.AGENT, Caller.TENANT_ADMIN})
public class QuickReplyResource {

    private static final int MAX_LISTED = 500;

    /** A whole quick reply, to create one or to replace one (media left out: none). */
    public record QuickReplyRequest(
            @NotNull(message = "is required") @Pattern(regexp = "[a-z0-9_-]{1,32}",
                    message = "must be 1 to 32 lower-case letters, digits, '-' or '_' (without the '/')")
            String shortcut,
            @NotBlank(message = "is required") @Size(max = 4096, message = "must be at most 4096 characters "
                    + "(WhatsApp's limit)") String text,
            @Size(max = OutgoingMessage.MAX_LINK, message = "must be at most " + OutgoingMessage.MAX_LINK
                    + " characters") @Pattern(regexp = "https://\\S+", message = "must be an https URL")
            String mediaUrl,
            @Schema(description = "Required with mediaUrl, not allowed without it",
                    enumeration = {"image", "video", "audio", "document"})
            @Pattern(regexp = "image|video|audio|document", message = "must be image, video, audio or document")
            String mediaType) {

        QuickReplyContent content() {
            return new QuickReplyContent(shortcut, text, mediaUrl, mediaType);
        }
    }

    private final QuickReplies replies;
    private final Caller caller;

    public QuickReplyResource(QuickReplies replies, Caller caller) {
        this.replies = replies;
        this.caller = caller;
    }

    /** By shortcut; {@code q}: the start of the shortcut, in any case. */
    @GET
    public Uni<List<QuickReplyView>> list(
            @QueryParam("q") @Pattern(regexp = "[A-Za-z0-9_-]{0,32}", message = "must be the start of a shortcut: "
                    + "at most 32 letters, digits, '-' or '_'") String q,
            @QueryParam("limit") @DefaultValue("" + MAX_LISTED) @Min(1) @Max(MAX_LISTED) int limit) {
        return replies.list(caller.tenantId(), q, limit).map(list -> list.stream().map(QuickReplyView::of)
                .toList());
    }

    @GET
    @Path("{id}")
    public Uni<QuickReplyView> get(@PathParam("id") UUID id) {
        return replies.get(caller.tenantId(), id).map(QuickReplyView::of);
    }

    @POST
    @RolesAllowed(Caller.TENANT_ADMIN)
    @APIResponse(responseCode = "201", description = "The quick reply, at the Location header's address",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = QuickReplyView.class)))
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") QuickReplyRequest request,
            @Context UriInfo uri) {
        return replies.create(caller.actor(), caller.tenantId(), request.content()).map(QuickReplyView::of)
                .map(view -> Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                        .entity(view).build());
    }

    /** Replaces the quick reply with the body (the whole reply: media left out removes it). */
    @PUT
    @Path("{id}")
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<QuickReplyView> replace(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") QuickReplyRequest request) {
        return replies.update(caller.actor(), caller.tenantId(), id, request.content()).map(QuickReplyView::of);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Caller.TENANT_ADMIN)
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return replies.delete(caller.actor(), caller.tenantId(), id).map(done -> Response.noContent().build());
    }
}
