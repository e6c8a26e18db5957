package com.waplatform.session.rest;

import com.waplatform.session.service.ProviderMedia;
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
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Internal: the file of a customer's media message, fetched from the provider with the connection's credentials
 * (for message-service's media worker). The connection must be the tenant's: another tenant's id is 404.
 */
@Path("/internal/tenants/{tenantId}/connections/{connectionId}/media/{ref}")
@RolesAllowed("internal-service")
public class MediaResource {

    /** The provider's file name, URL-encoded (absent when the provider gives none). */
    public static final String FILE_NAME_HEADER = "X-Media-File-Name";

    private final ProviderMedia media;

    public MediaResource(ProviderMedia media) {
        this.media = media;
    }

    @GET
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Uni<RestResponse<byte[]>> file(@PathParam("tenantId") String tenantId,
            @PathParam("connectionId") UUID connectionId, @PathParam("ref") String ref) {
        return media.fetch(tenantId, connectionId, ref).map(file -> {
            var answer = RestResponse.ResponseBuilder.ok(file.bytes(), MediaTypes.orOctetStream(file.mimeType()));
            if (file.fileName() != null) {
                answer.header(FILE_NAME_HEADER, URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8));
            }
            return answer.build();
        });
    }
}
