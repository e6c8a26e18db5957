package com.waplatform.tenant.rest;

import com.waplatform.tenant.domain.PlanLimits;
import com.waplatform.tenant.domain.TenantStatus;
import com.waplatform.tenant.service.Agent;
import com.waplatform.tenant.service.AgentService;
import com.waplatform.tenant.service.NewAgent;
import com.waplatform.tenant.service.TenantAdminService;
import com.waplatform.tenant.service.TenantPurge;
import com.waplatform.tenant.service.TenantChanges;
import com.waplatform.tenant.service.TenantOverviewService;
import com.waplatform.web.Caller;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Platform staff manage every tenant. */
@Path("/api/admin/tenants")
@RolesAllowed(Caller.PLATFORM_ADMIN)
public class TenantAdminResource {

    private final TenantAdminService tenants;
    private final TenantOverviewService overviews;
    private final Caller caller;
    private final AgentService agents;
    private final TenantPurge purge;

    public TenantAdminResource(TenantAdminService tenants, TenantOverviewService overviews, Caller caller,
            AgentService agents, TenantPurge purge) {
        this.agents = agents;
        this.purge = purge;
        this.tenants = tenants;
        this.overviews = overviews;
        this.caller = caller;
    }

    /** How many tenants are in each status (a literal path: never read as a tenant id). */
    @GET
    @Path("summary")
    public Uni<TenantSummaryView> summary() {
        return tenants.countByStatus(caller.actor()).map(TenantSummaryView::of);
    }

    @GET
    @Path("{id}/overview")
    public Uni<TenantOverviewService.Overview> overview(@PathParam("id") UUID id) {
        return overviews.overview(caller.actor(), id);
    }

    @POST
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") CreateTenantRequest request,
            @Context UriInfo uri) {
        var given = request.limits();
        var limits = given == null ? null : new PlanLimits(given.maxConnections(), given.maxAgents(),
                given.messagesPerMonth(), given.mediaQuotaBytes(), given.mediaRetentionDays());
        return tenants.create(caller.actor(), request.slug(), request.name(), request.domains(), limits)
                .map(tenant -> Response.created(uri.getAbsolutePathBuilder().path(tenant.id.toString()).build())
                        .entity(TenantView.of(tenant)).build());
    }

    @GET
    public Uni<List<TenantView>> list(@QueryParam("q") @Size(max = 200, message = "is too long") String search,
            @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 to 200")
            @Max(value = 200, message = "must be 1 to 200") int size) {
        return tenants.list(caller.actor(), search, status(status), page, size)
                .map(list -> list.stream().map(TenantView::of).toList());
    }

    @GET
    @Path("{id}")
    public Uni<TenantView> get(@PathParam("id") UUID id) {
        return tenants.get(caller.actor(), id).map(TenantView::of);
    }

    /** A tenant's people (admins and agents) with role, status and last sign-in; 404 for no such tenant. */
    @GET
    @Path("{id}/agents")
    public Uni<List<Agent>> people(@PathParam("id") UUID id) {
        return tenants.get(caller.actor(), id).chain(tenant -> agents.list(id.toString()));
    }

    @PATCH
    @Path("{id}")
    public Uni<TenantView> update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") TenantRequests.Update request) {
        return tenants.update(caller.actor(), id, new TenantChanges(request.name(), request.domains(),
                request.maxConnections(), request.maxAgents(), request.messagesPerMonth(),
                request.apiRequestsPerMinute(), request.mediaQuotaBytes(), request.mediaRetentionDays()))
                .map(TenantView::of);
    }

    @POST
    @Path("{id}/suspend")
    public Uni<TenantView> suspend(@PathParam("id") UUID id, @Valid TenantRequests.Suspend request) {
        return tenants.suspend(caller.actor(), id, request == null ? null : request.reason()).map(TenantView::of);
    }

    @POST
    @Path("{id}/reactivate")
    public Uni<TenantView> reactivate(@PathParam("id") UUID id) {
        return tenants.reactivate(caller.actor(), id).map(TenantView::of);
    }

    @DELETE
    @Path("{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return tenants.delete(caller.actor(), id).map(done -> Response.noContent().build());
    }

    /**
     * A tenant's first admin (or another one), in the agents' shape with role {@code tenant-admin}: invited by
     * e-mail unless a password is given. Agents are added by the tenant's own admins.
     */
    @POST
    @Path("{id}/admins")
    public Uni<Response> createAdmin(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") AgentRequests.Create request) {
        if (!Caller.TENANT_ADMIN.equals(request.role())) {
            throw ProblemException.unprocessable("Platform staff add tenant admins (role tenant-admin); agents are "
                    + "added by the tenant's own admins");
        }
        var admin = new NewAgent(request.username(), request.email(), request.firstName(), request.lastName(),
                Caller.TENANT_ADMIN, request.password(), !Boolean.FALSE.equals(request.temporaryPassword()));
        return agents.create(caller.actor(), id.toString(), admin)
                .map(created -> Response.status(Response.Status.CREATED).entity(created).build());
    }

    /** Purges a deleted tenant now, before its retention period ends (its slug, typed again, confirms it). */
    @POST
    @Path("{id}/purge")
    public Uni<TenantView> purge(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") AgentRequests.Purge request) {
        return purge.purgeNow(caller.actor(), id, request.confirmSlug()).map(TenantView::of);
    }

    private static TenantStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TenantStatus.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "status must be ACTIVE, SUSPENDED, DELETED or PURGED");
        }
    }
}
