package com.waplatform.tenant.rest;

import com.waplatform.tenant.service.TenantService;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;

/** Platform staff manage every tenant. */
@Path("/api/admin/tenants")
@RolesAllowed(Caller.PLATFORM_ADMIN)
public class TenantAdminResource {

    private final TenantService tenants;
    private final Caller caller;

    public TenantAdminResource(TenantService tenants, Caller caller) {
        this.tenants = tenants;
        this.caller = caller;
    }

    @POST
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") CreateTenantRequest request,
            @Context UriInfo uri) {
        return tenants.create(caller.username(), request.slug(), request.name())
                .map(tenant -> Response.created(uri.getAbsolutePathBuilder().path(tenant.id.toString()).build())
                        .entity(TenantView.of(tenant)).build());
    }

    @GET
    public Uni<List<TenantView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return tenants.list(caller.username(), page, size).map(list -> list.stream().map(TenantView::of).toList());
    }

    @GET
    @Path("{id}")
    public Uni<TenantView> get(@PathParam("id") UUID id) {
        return tenants.get(caller.username(), id).map(TenantView::of);
    }
}
