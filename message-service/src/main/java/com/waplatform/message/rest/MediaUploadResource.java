package com.waplatform.message.rest;

import com.waplatform.message.service.MediaUploads;
import com.waplatform.web.Caller;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * An agent sends a file (multipart/form-data): {@code file}, optional {@code caption} and {@code type} (image,
 * video, audio or document; found from the file's type when absent). 202 with the pending message, like a send.
 */
@Path("/api/conversations/{conversationId}/messages/media")
@RolesAllowed({Caller.AGENT, Caller.TENANT_ADMIN})
public class MediaUploadResource {

    private final MediaUploads uploads;
    private final Caller caller;

    public MediaUploadResource(MediaUploads uploads, Caller caller) {
        this.uploads = uploads;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @APIResponse(responseCode = "202", description = "The message, pending until the provider takes it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MessageView.class)))
    public Uni<Response> upload(@PathParam("conversationId") UUID conversationId, @RestForm("file") FileUpload file,
            @RestForm("caption") String caption, @RestForm("type") String type) {
        if (file == null || file.uploadedFile() == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "A file is required (form field 'file')");
        }
        return uploads.send(caller.tenantId(), conversationId, caller.userId(), new MediaUploads.Upload(
                        file.uploadedFile(), file.fileName(), file.contentType(), file.size(), caption, type))
                .map(message -> Response.status(Response.Status.ACCEPTED).entity(MessageView.of(message)).build());
    }
}
