package com.waplatform.message.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * session-service's internal media endpoint: the file of a customer's media message, fetched from the provider
 * with the connection's credentials (called with message-service's service-account token). Errors come as a
 * WebApplicationException: 404 unknown connection, 413 too large, 502 refused by the provider, 503 try later.
 */
@RegisterRestClient(configKey = "session-service")
@OidcClientFilter
@Path("/internal/tenants/{tenantId}/connections/{connectionId}/media/{ref}")
public interface SessionMediaClient {

    /** The provider's file name, URL-encoded (absent when the provider gives none). */
    String FILE_NAME_HEADER = "X-Media-File-Name";

    @GET
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    Uni<RestResponse<byte[]>> fetch(@PathParam("tenantId") String tenantId,
            @PathParam("connectionId") UUID connectionId, @PathParam("ref") String ref);
}
