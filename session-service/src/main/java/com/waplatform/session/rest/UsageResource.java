package com.waplatform.session.rest;

import com.waplatform.session.service.ConnectionService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Internal: how much of its plan a tenant uses here (for the platform's tenant overview). */
@Path("/internal/tenants/{tenantId}/usage")
@RolesAllowed("internal-service")
public class UsageResource {

    public record Usage(long connections) {
    }

    private final ConnectionService connections;

    public UsageResource(ConnectionService connections) {
        this.connections = connections;
    }

    @GET
    public Uni<Usage> usage(@PathParam("tenantId") String tenantId) {
        return connections.count(tenantId).map(Usage::new);
    }
}
