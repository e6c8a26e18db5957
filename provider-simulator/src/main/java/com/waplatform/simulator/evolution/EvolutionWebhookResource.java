package com.waplatform.simulator.evolution;

import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Evolution API v2 webhook controller: {@code POST /webhook/set/{instance}}, {@code GET /webhook/find/{instance}}. */
@Path("/webhook")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvolutionWebhookResource {

    private final EvolutionAuth auth;

    public EvolutionWebhookResource(EvolutionAuth auth) {
        this.auth = auth;
    }

    @POST
    @Path("set/{instance}")
    public Response set(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name, String body) {
        EvolutionInstance instance = auth.instance(apiKey, name);
        JsonObject webhook = EvolutionJson.parse(body).getJsonObject("webhook");
        if (webhook == null) {
            throw EvolutionError.badRequest("webhook is required");
        }
        instance.webhook = EvolutionJson.webhook(webhook);
        return Response.status(201).entity(view(instance)).build();
    }

    @GET
    @Path("find/{instance}")
    public Map<String, Object> find(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name) {
        return view(auth.instance(apiKey, name));
    }

    private static Map<String, Object> view(EvolutionInstance instance) {
        EvolutionInstance.Webhook webhook = instance.webhook;
        return new JsonObject().put("instanceId", instance.instanceId).put("enabled", webhook.enabled())
                .put("url", webhook.url()).put("headers", new JsonObject(Map.copyOf(webhook.headers())))
                .put("events", webhook.events()).put("webhookByEvents", false).put("webhookBase64", false)
                .getMap();
    }
}
