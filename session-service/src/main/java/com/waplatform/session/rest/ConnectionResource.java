package com.waplatform.session.rest;

import com.waplatform.session.config.ProvidersConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.provider.EvolutionApiClient.QrCode;
import com.waplatform.session.service.CloudApiCredentials;
import com.waplatform.session.service.CloudApiOnboarding;
import com.waplatform.session.service.ConnectionLifecycle;
import com.waplatform.session.service.ConnectionSecrets;
import com.waplatform.session.service.ConnectionService;
import com.waplatform.session.service.EvolutionOnboarding;
import com.waplatform.web.Caller;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** The caller's tenant's WhatsApp numbers. Admins connect and manage them; agents can look. */
@Path("/api/connections")
public class ConnectionResource {

    private final ConnectionService connections;
    private final CloudApiOnboarding cloudApi;
    private final EvolutionOnboarding evolution;
    private final ConnectionLifecycle lifecycle;
    private final ConnectionSecrets secrets;
    private final Caller caller;
    private final ProvidersConfig providers;

    public ConnectionResource(ConnectionService connections, CloudApiOnboarding cloudApi,
            EvolutionOnboarding evolution, ConnectionLifecycle lifecycle, ConnectionSecrets secrets, Caller caller,
            ProvidersConfig providers) {
        this.connections = connections;
        this.cloudApi = cloudApi;
        this.evolution = evolution;
        this.lifecycle = lifecycle;
        this.secrets = secrets;
        this.caller = caller;
        this.providers = providers;
    }

    @POST
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<Response> create(@Valid @NotNull(message = "a JSON body is required") CreateConnectionRequest request,
            @Context UriInfo uri) {
        String name = request.name().strip();
        Uni<ConnectionView> created;
        if (request.evolution()) {
            created = evolution.create(caller.actor(), caller.tenantId(), name)
                    .map(pairing -> view(pairing.connection(), pairing.qr()));
        } else {
            List<String> missing = request.missingCloudApiFields();
            if (!missing.isEmpty()) {
                throw new ProblemException(400, "Bad Request", String.join("; ", missing));
            }
            created = cloudApi.connect(caller.actor(), caller.tenantId(), name, new CloudApiCredentials(
                    request.phoneNumberId(), request.businessAccountId(), request.accessToken(),
                    request.appSecret()), request.underPlatformApp()).map(c -> view(c, null));
        }
        return created.map(v -> Response.created(uri.getAbsolutePathBuilder().path(v.id().toString()).build())
                .entity(v).build());
    }

    @GET
    @RolesAllowed({Caller.TENANT_ADMIN, Caller.AGENT})
    public Uni<List<ConnectionView>> list() {
        return connections.list(caller.tenantId()).map(list -> list.stream().map(c -> view(c, null)).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Caller.TENANT_ADMIN, Caller.AGENT})
    public Uni<ConnectionView> get(@PathParam("id") UUID id) {
        return connections.get(caller.tenantId(), id).map(c -> view(c, null));
    }

    /** The QR code to scan now (Evolution numbers that are not connected). */
    @GET
    @Path("{id}/qr")
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<ConnectionView> qr(@PathParam("id") UUID id) {
        return evolution.qr(caller.tenantId(), id).map(pairing -> view(pairing.connection(), pairing.qr()));
    }

    @POST
    @Path("{id}/reconnect")
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<ConnectionView> reconnect(@PathParam("id") UUID id) {
        return lifecycle.reconnect(caller.actor(), caller.tenantId(), id)
                .map(pairing -> view(pairing.connection(), pairing.qr()));
    }

    @POST
    @Path("{id}/logout")
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<ConnectionView> logout(@PathParam("id") UUID id) {
        return lifecycle.logout(caller.actor(), caller.tenantId(), id).map(c -> view(c, null));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<ConnectionView> update(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") UpdateConnectionRequest request) {
        return lifecycle.update(caller.actor(), caller.tenantId(), id, new ConnectionLifecycle.Changes(
                request.name(), request.enabled(), request.sendRatePerSecond(), request.botSwitch()))
                .map(c -> view(c, null));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Caller.TENANT_ADMIN)
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return lifecycle.delete(caller.actor(), caller.tenantId(), id).map(done -> Response.noContent().build());
    }

    private ConnectionView view(Connection c, QrCode qr) {
        boolean admin = caller.hasRole(Caller.TENANT_ADMIN);
        String verifyToken = admin && c.type == ConnectionType.CLOUD_API && !c.platformApp
                ? secrets.verifyToken(c) : null;
        return ConnectionView.of(c, webhookUrl(c), verifyToken, qr);
    }

    /** Where the provider posts: the connection's own URL, or the platform app's single endpoint. */
    private String webhookUrl(Connection c) {
        if (c.platformApp) {
            return providers.publicBaseUrl() + "/webhooks/meta";
        }
        return providers.publicBaseUrl() + "/webhooks/" + (c.type == ConnectionType.CLOUD_API ? "meta/" : "evolution/")
                + c.id;
    }
}
