package com.waplatform.gateway.rest;

import com.waplatform.gateway.service.WebhookIngestion;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/** The single endpoint of the platform's own Meta app: numbers onboarded under it, routed by phone number id. */
@Path("/webhooks/meta")
public class MetaPlatformWebhookResource {

    private final WebhookIngestion ingestion;

    public MetaPlatformWebhookResource(WebhookIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Operation(summary = "Meta's verification handshake for the platform's own Meta app")
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String verify(@RestQuery("hub.mode") String mode, @RestQuery("hub.verify_token") String verifyToken,
            @RestQuery("hub.challenge") String challenge) {
        return ingestion.verifyMetaPlatform(mode, verifyToken, challenge);
    }

    @Operation(summary = "Meta's events for numbers under the platform's own app (X-Hub-Signature-256 checked)")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> receive(byte[] body, @RestHeader("X-Hub-Signature-256") String signature,
            HttpHeaders headers, @Context HttpServerRequest request) {
        return ingestion.receiveMetaPlatform(body == null ? new byte[0] : body, signature,
                        MetaWebhookResource.keptHeaders(headers), MetaWebhookResource.source(request))
                .map(count -> Response.ok().build());
    }
}
