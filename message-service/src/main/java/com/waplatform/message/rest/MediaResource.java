package com.waplatform.message.rest;

import com.waplatform.message.service.MediaFiles;
import com.waplatform.web.Caller;
import com.waplatform.web.MediaTypes;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** The media file of a message, for the tenant's agents only (another tenant's message is 404). */
@Path("/api/conversations/{conversationId}/messages/{messageId}/media")
@RolesAllowed({Caller.AGENT, Caller.TENANT_ADMIN})
public class MediaResource {

    /** Shown in the browser; anything else is a download, and nothing a customer sent may run as a page. */
    private static final Set<String> INLINE = Set.of("image", "audio", "video");

    private final MediaFiles files;
    private final Caller caller;

    public MediaResource(MediaFiles files, Caller caller) {
        this.files = files;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Uni<RestResponse<java.nio.file.Path>> file(@PathParam("conversationId") UUID conversationId,
            @PathParam("messageId") UUID messageId) {
        return files.open(caller.tenantId(), conversationId, messageId).map(file -> {
            MediaType type = MediaTypes.orOctetStream(file.mimeType());
            String name = file.fileName() != null ? file.fileName() : messageId.toString();
            String disposition = (INLINE.contains(type.getType()) ? "inline" : "attachment")
                    + "; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
            return RestResponse.ResponseBuilder.ok(file.path(), type)
                    .header("Content-Disposition", disposition)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", "sandbox; default-src 'none'")
                    .header("Cache-Control", "private, max-age=3600")
                    .build();
        });
    }
}
