package com.waplatform.tenant.rest;

import com.waplatform.tenant.service.AgentService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Internal: a user of a tenant, as the other services need to know them (e.g. message-service before assigning
 * a conversation); 404 for a user of another tenant or none. Services only; not routed by the edge.
 */
@Path("/internal/tenants/{tenantId}/users/{userId}")
@RolesAllowed("internal-service")
public class InternalUserResource {

    public record Member(String id, String role, boolean enabled) {
    }

    private final AgentService agents;

    public InternalUserResource(AgentService agents) {
        this.agents = agents;
    }

    @GET
    public Uni<Member> get(@PathParam("tenantId") String tenantId, @PathParam("userId") String userId) {
        return agents.get(tenantId, userId).map(agent -> new Member(agent.id(), agent.role(), agent.enabled()));
    }
}
