package com.waplatform.tenant.rest;

import com.waplatform.tenant.service.SettingsChanges;
import com.waplatform.tenant.service.TenantSettingsService;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;

/** The caller's own tenant: everyone of the tenant reads it, its admins change the settings. */
@Path("/api/tenant")
public class TenantResource {

    private final TenantSettingsService settings;
    private final Caller caller;

    public TenantResource(TenantSettingsService settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Caller.TENANT_ADMIN, Caller.AGENT})
    public Uni<TenantView> get() {
        return settings.get(caller.tenantId()).map(TenantView::of);
    }

    @PATCH
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<TenantView> update(@Valid @NotNull(message = "a JSON body is required") TenantRequests.Settings request) {
        return settings.update(caller.actor(), caller.tenantId(), new SettingsChanges(request.name(), request.automationWebhookUrl(),
                request.botEnabled(), request.timezone(), request.defaultLanguage())).map(TenantView::of);
    }
}
