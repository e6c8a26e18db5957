package com.waplatform.session.rest;

import com.waplatform.session.domain.Connection;
import com.waplatform.session.service.ConnectionSecrets;
import com.waplatform.session.service.ConnectionService;
import com.waplatform.web.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;

/**
 * Internal: how the webhook gateway maps a connection id to its tenant and verification secrets.
 * Only service accounts with the {@code internal-service} role; not routed by the public edge. Each lookup is
 * counted ({@code routing_lookups_total}, by outcome) so that ops see what webhooks cost here.
 */
@Path("/internal")
@RolesAllowed("internal-service")
public class RoutingResource {

    /** What the gateway needs to verify and attribute a webhook (secrets of the connection's type only). */
    public record Routing(UUID connectionId, String tenantId, String type, boolean enabled, String phoneNumberId,
            String appSecret, String verifyToken, String instanceName, String webhookSecret) {
    }

    private final ConnectionService connections;
    private final ConnectionSecrets secrets;
    private final Counter found;
    private final Counter unknown;

    public RoutingResource(ConnectionService connections, ConnectionSecrets secrets, MeterRegistry metrics) {
        this.connections = connections;
        this.secrets = secrets;
        this.found = metrics.counter("routing_lookups", "outcome", "found");
        this.unknown = metrics.counter("routing_lookups", "outcome", "unknown");
    }

    @GET
    @Path("connections/{id}/routing")
    public Uni<Routing> routing(@PathParam("id") UUID id) {
        return connections.find(id).invoke(this::count)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Connection"))
                .map(c -> of(c, secrets));
    }

    /** The number under the platform's own Meta app with this phone number id (for {@code /webhooks/meta}). */
    @GET
    @Path("phone-numbers/{phoneNumberId}/routing")
    public Uni<Routing> byPhoneNumber(@PathParam("phoneNumberId") String phoneNumberId) {
        return connections.findPlatformNumber(phoneNumberId).invoke(this::count)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Connection"))
                .map(c -> of(c, secrets));
    }

    private void count(Connection connection) {
        (connection == null ? unknown : found).increment();
    }

    private static Routing of(Connection c, ConnectionSecrets secrets) {
        return new Routing(c.id, c.tenantId, c.type.name(), c.enabled, c.phoneNumberId, secrets.appSecret(c),
                secrets.verifyToken(c), c.instanceName, secrets.webhookSecret(c));
    }
}
