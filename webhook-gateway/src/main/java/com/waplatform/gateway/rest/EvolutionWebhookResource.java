package com.waplatform.gateway.rest;

import com.waplatform.contracts.WebhookHeaders;
import com.waplatform.gateway.service.WebhookIngestion;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** Webhooks of one Evolution API instance (the connection named in the URL). */
@Path("/webhooks/evolution/{connectionId}")
public class EvolutionWebhookResource {

    private final WebhookIngestion ingestion;

    public EvolutionWebhookResource(WebhookIngestion ingestion) {
        this.ingestion = ingestion;
    }

    @Operation(summary = "An Evolution API instance's event for this number (its apikey header is checked)")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> receive(@PathParam("connectionId") UUID connectionId, byte[] body,
            @RestHeader(WebhookHeaders.EVOLUTION_SECRET) String secret, HttpHeaders headers,
            @Context HttpServerRequest request) {
        // the secret header is never kept with the raw webhook
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : new String[] {"Content-Type", "User-Agent"}) {
            String value = headers.getHeaderString(name);
            if (value != null) {
                kept.put(name, value);
            }
        }
        return ingestion.receiveEvolution(connectionId, body == null ? new byte[0] : body, secret, kept,
                        MetaWebhookResource.source(request))
                .map(count -> Response.ok().build());
    }
}
