package com.waplatform.session.rest;

import com.waplatform.session.service.ConnectionHealth;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** How the caller's tenant's numbers fared over a period (at most 366 days): time in each state, disconnections. */
@Path("/api/connections/health")
@RolesAllowed(Caller.TENANT_ADMIN)
public class ConnectionHealthResource {

    private final ConnectionHealth health;
    private final Caller caller;

    public ConnectionHealthResource(ConnectionHealth health, Caller caller) {
        this.health = health;
        this.caller = caller;
    }

    @GET
    public Uni<List<ConnectionHealthView>> health(
            @Parameter(required = true, description = "Start of the period (inclusive), ISO-8601 with its offset",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("from") String from,
            @Parameter(required = true, description = "End of the period (exclusive), ISO-8601 with its offset",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.of(from, to);
        return health.of(caller.tenantId(), period.from(), period.to())
                .map(list -> list.stream().map(ConnectionHealthView::of).toList());
    }
}
