package com.waplatform.tenant.rest;

import com.waplatform.tenant.service.Agent;
import com.waplatform.tenant.service.AgentService;
import com.waplatform.tenant.service.NewAgent;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The people of the caller's tenant (Keycloak users). Admins manage them; everyone reads their own profile. */
@Path("/api/tenant/agents")
public class AgentResource {

    private final AgentService agents;
    private final Caller caller;

    public AgentResource(AgentService agents, Caller caller) {
        this.agents = agents;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") AgentRequests.Create request,
            @Context UriInfo uri) {
        var agent = new NewAgent(request.username(), request.email(), request.firstName(), request.lastName(),
                request.role(), request.password(), !Boolean.FALSE.equals(request.temporaryPassword()));
        return agents.create(caller.actor(), caller.tenantId(), agent)
                .map(created -> Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                        .entity(created).build());
    }

    @GET
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<List<Agent>> list() {
        return agents.list(caller.tenantId());
    }

    @GET
    @Path("me")
    @RolesAllowed({Caller.TENANT_ADMIN, Caller.AGENT})
    public Uni<Agent> me() {
        return agents.get(caller.tenantId(), caller.userId());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<Agent> get(@PathParam("id") String id) {
        return agents.get(caller.tenantId(), id);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<Agent> update(@PathParam("id") String id,
            @Valid @NotNull(message = "a JSON body is required") AgentRequests.Update request) {
        return agents.update(caller.actor(), caller.tenantId(), id, request.enabled(), request.role());
    }

    /** E-mails the person a link to choose a new password (202: the mail is on its way). */
    @POST
    @Path("{id}/password-reset")
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<Response> sendPasswordReset(@PathParam("id") String id) {
        return agents.sendPasswordReset(caller.actor(), caller.tenantId(), id)
                .map(done -> Response.accepted().build());
    }

    @POST
    @Path("{id}/password")
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<Response> setTemporaryPassword(@PathParam("id") String id,
            @Valid @NotNull(message = "a JSON body is required") AgentRequests.Password request) {
        return agents.setTemporaryPassword(caller.actor(), caller.tenantId(), id, request.temporaryPassword())
                .map(done -> Response.noContent().build());
    }
}
