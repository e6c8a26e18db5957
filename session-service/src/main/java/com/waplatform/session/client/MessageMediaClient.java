package com.waplatform.session.client;

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
 * message-service's internal API: the file an agent uploaded for a message (called with session-service's
 * service-account token). Errors come as a WebApplicationException (404: the file is not there).
 */
@RegisterRestClient(configKey = "message-service")
@OidcClientFilter
@Path("/internal/tenants/{tenantId}/messages/{messageId}/media")
public interface MessageMediaClient {

    @GET
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    Uni<RestResponse<byte[]>> fetch(@PathParam("tenantId") String tenantId,
            @PathParam("messageId") UUID messageId);
}
