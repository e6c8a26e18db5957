package com.waplatform.message.identity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** tenant-service's internal view of a tenant's user, called with message-service's service-account token. */
@RegisterRestClient(configKey = "tenant-service")
@OidcClientFilter
@Path("/internal/tenants/{tenantId}/users/{userId}")
public interface TenantUsersClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Member(String id, String role, boolean enabled) {
    }

    /** The user; 404 (a WebApplicationException) for a user of another tenant or none. */
    @GET
    Uni<Member> member(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId);
}
