package com.waplatform.session.rest;

import com.waplatform.session.domain.MessageTemplate;
import com.waplatform.session.service.ConnectionTemplates;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;

/** The message templates of one of the caller's tenant's Cloud API numbers (to write outside the 24-hour window). */
@Path("/api/connections/{id}/templates")
public class TemplateResource {

    private final ConnectionTemplates templates;
    private final Caller caller;

    public TemplateResource(ConnectionTemplates templates, Caller caller) {
        this.templates = templates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.TENANT_ADMIN, Caller.AGENT})
    public Uni<List<MessageTemplate>> list(@PathParam("id") UUID id) {
        return templates.of(caller.tenantId(), id);
    }
}
