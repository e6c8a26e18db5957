package com.waplatform.message.identity;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** tenant-service's internal API-key check, called with message-service's service-account token. */
@RegisterRestClient(configKey = "tenant-service")
@OidcClientFilter
@Path("/internal/api-keys/verify")
public interface TenantServiceClient {

    record Presented(String key) {
    }

    record Verified(UUID keyId, String tenantId, String name) {
    }

    /** The key's tenant; 404 (a WebApplicationException) for an unknown, wrong or revoked key. */
    @POST
    Uni<Verified> verify(Presented presented);
}
