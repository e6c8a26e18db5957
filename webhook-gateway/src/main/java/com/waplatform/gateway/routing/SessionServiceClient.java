package com.waplatform.gateway.routing;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** session-service's internal routing lookup, called with the gateway's service-account token. */
@RegisterRestClient(configKey = "session-service")
@OidcClientFilter
@Path("/internal")
public interface SessionServiceClient {

    @GET
    @Path("connections/{id}/routing")
    Uni<Routing> routing(@PathParam("id") UUID connectionId);

    /** The number under the platform's own Meta app with this phone number id (404: none). */
    @GET
    @Path("phone-numbers/{phoneNumberId}/routing")
    Uni<Routing> platformNumber(@PathParam("phoneNumberId") String phoneNumberId);
}
