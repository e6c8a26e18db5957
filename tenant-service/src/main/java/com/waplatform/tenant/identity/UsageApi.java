package com.waplatform.tenant.identity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** The internal usage endpoint that session-service and message-service both offer, with this service's token. */
@OidcClientFilter
@Path("/internal/tenants/{tenantId}/usage")
public interface UsageApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Usage(Long connections, Long messagesThisMonth, Long mediaBytes) {
    }

    @GET
    Uni<Usage> usage(@PathParam("tenantId") String tenantId);
}
