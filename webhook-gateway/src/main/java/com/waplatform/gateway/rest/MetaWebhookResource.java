package com.waplatform.gateway.rest;

import com.waplatform.gateway.service.WebhookIngestion;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

/** Webhooks of the Meta WhatsApp Cloud API for one connection. */
@Path("/webhooks/meta/{connectionId}")
public class MetaWebhookResource {

    private final WebhookIngestion ingestion;

    public MetaWebhookResource(WebhookIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Operation(summary = "Meta's verification handshake for this number's webhook (hub.verify_token checked)")
    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public Uni<String> verify(@PathParam("connectionId") UUID connectionId, @RestQuery("hub.mode") String mode,
            @RestQuery("hub.verify_token") String verifyToken, @RestQuery("hub.challenge") String challenge,
            @Context HttpServerRequest request) {
        return ingestion.verifyMeta(connectionId, mode, verifyToken, challenge, source(request));
    }

    @Operation(summary = "Meta's events for this number (X-Hub-Signature-256 checked with its app secret)")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> receive(@PathParam("connectionId") UUID connectionId, byte[] body,
            @RestHeader("X-Hub-Signature-256") String signature, HttpHeaders headers,
            @Context HttpServerRequest request) {
        return ingestion.receiveMeta(connectionId, body == null ? new byte[0] : body, signature,
                        keptHeaders(headers), source(request))
                .map(count -> Response.ok().build());
    }

    /** The headers kept with the raw webhook (for audit and replay). */
    static Map<String, String> keptHeaders(HttpHeaders headers) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : new String[] {"X-Hub-Signature-256", "Content-Type", "User-Agent"}) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return kept;
    }

    /** The provider's address (the edge passes it in X-Forwarded-For; only trusted proxies are believed). */
    static String source(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
    }
}
