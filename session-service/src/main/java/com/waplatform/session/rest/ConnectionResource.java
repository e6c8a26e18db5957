package com.waplatform.session.rest;

import com.waplatform.session.config.ProvidersConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.service.CloudApiCredentials;
import com.waplatform.session.service.CloudApiOnboarding;
import com.waplatform.session.service.ConnectionService;
import com.waplatform.web.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** The caller's tenant's WhatsApp numbers. Admins connect them; agents can look. */
@Path("/api/connections")
public class ConnectionResource {

    private final ConnectionService connections;
    private final CloudApiOnboarding onboarding;
    private final Caller caller;
    private final ProvidersConfig providers;

    public ConnectionResource(ConnectionService connections, CloudApiOnboarding onboarding, Caller caller,
            ProvidersConfig providers) {
        this.connections = connections;
        this.onboarding = onboarding;
        this.caller = caller;
        this.providers = providers;
    }

    @POST
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") CreateConnectionRequest request,
            @Context UriInfo uri) {
        var credentials = new CloudApiCredentials(request.phoneNumberId(), request.businessAccountId(),
                request.accessToken(), request.appSecret());
        return onboarding.connect(caller.actor(), caller.tenantId(), request.name().strip(), credentials)
                .map(c -> Response.created(uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                        .entity(ConnectionView.of(c, webhookUrl(c), connections.verifyToken(c))).build());
    }

    @GET
    @RolesAllowed({Caller.TENANT_ADMIN, Caller.AGENT})
    public Uni<List<ConnectionView>> list() {
        return connections.list(caller.tenantId()).map(list -> list.stream().map(this::view).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Caller.TENANT_ADMIN, Caller.AGENT})
    public Uni<ConnectionView> get(@PathParam("id") UUID id) {
        return connections.get(caller.tenantId(), id).map(this::view);
    }

    private ConnectionView view(Connection c) {
        boolean admin = caller.hasRole(Caller.TENANT_ADMIN);
        return ConnectionView.of(c, webhookUrl(c), admin ? connections.verifyToken(c) : null);
    }

    private String webhookUrl(Connection c) {
        return providers.publicBaseUrl() + "/webhooks/" + (c.type == ConnectionType.CLOUD_API ? "meta/" : "evolution/")
                + c.id;
    }
}
