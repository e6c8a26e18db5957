package com.waplatform.message.rest;

import com.waplatform.message.service.MediaFiles;
import com.waplatform.web.MediaTypes;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Internal: the file an agent uploaded for a message, for session-service to hand to the provider. Only service
 * accounts with the {@code internal-service} role; not routed by the public edge.
 */
@Path("/internal/tenants/{tenantId}/messages/{messageId}/media")
@RolesAllowed("internal-service")
public class InternalMediaResource {

    private final MediaFiles files;

    public InternalMediaResource(MediaFiles files) {
        this.files = files;
    }

    @GET
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Uni<RestResponse<java.nio.file.Path>> file(@PathParam("tenantId") String tenantId,
            @PathParam("messageId") UUID messageId) {
        return files.open(tenantId, null, messageId).map(file -> RestResponse.ResponseBuilder
                .ok(file.path(), MediaTypes.orOctetStream(file.mimeType())).build());
    }
}
