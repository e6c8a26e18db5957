package com.waplatform.simulator.evolution;

import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;

/** Evolution API v2 instance controller: create, connect (QR), connection state, restart, logout, delete. */
@Path("/instance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvolutionInstanceResource {

    private final EvolutionInstances instances;
    private final EvolutionSessions sessions;
    private final EvolutionAuth auth;

    public EvolutionInstanceResource(EvolutionInstances instances, EvolutionSessions sessions, EvolutionAuth auth) {
        this.instances = instances;
        this.sessions = sessions;
        this.auth = auth;
    }

    @POST
    @Path("create")
    public Response create(@HeaderParam("apikey") String apiKey, String body) {
        auth.requireGlobal(apiKey);
        JsonObject request = EvolutionJson.parse(body);
        String name = request.getString("instanceName");
        if (name == null || name.isBlank()) {
            throw EvolutionError.badRequest("instanceName is required");
        }
        String integration = request.getString("integration", "WHATSAPP-BAILEYS");
        if (!"WHATSAPP-BAILEYS".equals(integration)) {
            throw EvolutionError.badRequest("Invalid integration");
        }
        String token = request.getString("token");
        EvolutionInstance instance = new EvolutionInstance(name,
                token == null || token.isBlank() ? UUID.randomUUID().toString().toUpperCase() : token);
        JsonObject webhook = request.getJsonObject("webhook");
        if (webhook != null) {
            instance.webhook = EvolutionJson.webhook(webhook.put("enabled", webhook.getBoolean("enabled", true)));
        }
        if (!instances.add(instance)) {
            throw EvolutionError.forbidden("This name \"" + name + "\" is already in use.");
        }
        if (request.getBoolean("qrcode", false)) {
            sessions.connect(instance);
        }
        JsonObject answer = new JsonObject()
                .put("instance", new JsonObject().put("instanceName", name).put("instanceId", instance.instanceId)
                        .put("integration", integration).putNull("webhookWaBusiness")
                        .put("accessTokenWaBusiness", "").put("status", instance.state.name()))
                .put("hash", instance.token)
                .put("webhook", new JsonObject().put("webhookUrl", instance.webhook.url())
                        .put("webhookHeaders", new JsonObject(Map.copyOf(instance.webhook.headers())))
                        .put("webhookByEvents", false).put("webhookBase64", false))
                .put("settings", new JsonObject().put("rejectCall", false).put("groupsIgnore", true)
                        .put("alwaysOnline", false).put("readMessages", false).put("readStatus", false)
                        .put("syncFullHistory", false));
        if (instance.qrCode != null) {
            answer.put("qrcode", sessions.qrCode(instance));
        }
        return Response.status(201).entity(answer.getMap()).build();
    }

    @GET
    @Path("connect/{instance}")
    public Map<String, Object> connect(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name) {
        EvolutionInstance instance = auth.instance(apiKey, name);
        if (instance.state == EvolutionInstance.State.open) {
            return connectionState(instance).getMap();
        }
        sessions.connect(instance);
        return sessions.qrCode(instance).getMap();
    }

    @GET
    @Path("connectionState/{instance}")
    public Map<String, Object> state(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name) {
        return connectionState(auth.instance(apiKey, name)).getMap();
    }

    @POST
    @Path("restart/{instance}")
    public Map<String, Object> restart(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name) {
        EvolutionInstance instance = auth.instance(apiKey, name);
        if (instance.state == EvolutionInstance.State.close) {
            throw EvolutionError.badRequest("The \"" + name + "\" instance is not connected");
        }
        sessions.close(instance, 503);
        return connect(apiKey, name);
    }

    @DELETE
    @Path("logout/{instance}")
    public Map<String, Object> logout(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name) {
        EvolutionInstance instance = auth.instance(apiKey, name);
        if (instance.state == EvolutionInstance.State.close) {
            throw EvolutionError.badRequest("The \"" + name + "\" instance is not connected");
        }
        sessions.close(instance, EvolutionSessions.LOGGED_OUT);
        return success("Instance logged out");
    }

    @DELETE
    @Path("delete/{instance}")
    public Map<String, Object> delete(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name) {
        EvolutionInstance instance = auth.instance(apiKey, name);
        sessions.delete(instance);
        instances.remove(name);
        return success("Instance deleted");
    }

    private static JsonObject connectionState(EvolutionInstance instance) {
        return new JsonObject().put("instance", new JsonObject().put("instanceName", instance.name)
                .put("state", instance.state.name()));
    }

    private static Map<String, Object> success(String message) {
        return Map.of("status", "SUCCESS", "error", false, "response", Map.of("message", message));
    }
}
