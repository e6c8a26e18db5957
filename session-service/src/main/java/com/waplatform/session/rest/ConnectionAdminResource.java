package com.waplatform.session.rest;

import com.waplatform.session.service.ConnectionOverview;
import com.waplatform.web.Caller;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Platform staff: the numbers of every tenant, counted, and one tenant's numbers with their health. */
@Path("/api/admin/connections")
@RolesAllowed(Caller.PLATFORM_ADMIN)
public class ConnectionAdminResource {

    private final ConnectionOverview overview;
    private final Caller caller;

    public ConnectionAdminResource(ConnectionOverview overview, Caller caller) {
        this.overview = overview;
        this.caller = caller;
    }

    @GET
    @Path("summary")
    public Uni<ConnectionSummaryView> summary() {
        return overview.summary(caller.actor()).map(ConnectionSummaryView::of);
    }

    @GET
    public Uni<List<PlatformConnectionView>> ofTenant(
            @Parameter(required = true, description = "The tenant whose numbers to list") @QueryParam("tenantId")
            UUID tenantId) {
        if (tenantId == null) {
            throw ProblemException.invalid("tenantId", "is required: the id of a tenant");
        }
        return overview.ofTenant(caller.actor(), tenantId.toString())
                .map(list -> list.stream().map(PlatformConnectionView::of).toList());
    }
}
