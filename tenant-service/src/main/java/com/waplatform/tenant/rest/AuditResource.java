package com.waplatform.tenant.rest;

import com.waplatform.tenant.service.AuditQuery;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;

/** The audit log: platform admins read every tenant's (optionally one), tenant admins their own. */
@Path("/api/audit")
@RolesAllowed({Caller.PLATFORM_ADMIN, Caller.TENANT_ADMIN})
public class AuditResource {

    public record AuditView(long id, String tenantId, String actorId, String actorName, String action, String target,
            String requestId, String summary, OffsetDateTime at) {
    }

    private final AuditQuery audit;
    private final Caller caller;

    public AuditResource(AuditQuery audit, Caller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    public Uni<List<AuditView>> list(@QueryParam("tenantId") @Size(max = 64, message = "is too long") String tenantId,
            @QueryParam("action") @Size(max = 64, message = "is too long") String action,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 to 200")
            @Max(value = 200, message = "must be 1 to 200") int size) {
        Uni<List<com.waplatform.tenant.domain.AuditEntry>> entries = caller.hasRole(Caller.PLATFORM_ADMIN)
                ? audit.all(caller.actor(), tenantId, action, page, size)
                : audit.own(caller.tenantId(), action, page, size);
        return entries.map(list -> list.stream().map(e -> new AuditView(e.id, e.tenantId, e.actorId, e.actorName,
                e.action, e.target, e.requestId, e.summary, e.at)).toList());
    }
}
