package com.waplatform.simulator.evolution;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.Map;

/**
 * Evolution API v2 chat controller, the part the platform uses: {@code markMessageAsRead} with
 * {@code {"readMessages":[{"remoteJid","fromMe","id"}]}}, answering 201 {@code {"message":"Read messages",
 * "read":"success"}}; {@code getBase64FromMediaMessage} with {@code {"message":{"key":{"id"}}}} answering 201 with
 * the file of a received media message as base64 (400 "Message not found" for an unknown id).
 */
@Path("/chat")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvolutionChatResource {

    private final EvolutionAuth auth;

    public EvolutionChatResource(EvolutionAuth auth) {
        this.auth = auth;
    }

    @POST
    @Path("markMessageAsRead/{instance}")
    public Response markAsRead(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name,
            String body) {
        EvolutionInstance instance = auth.instance(apiKey, name);
        JsonArray read = EvolutionJson.parse(body).getJsonArray("readMessages");
        if (read == null || read.isEmpty()) {
            throw EvolutionError.badRequest("readMessages is required");
        }
        for (Object entry : read) {
            if (!(entry instanceof JsonObject key) || key.getString("id") == null
                    || key.getString("remoteJid") == null) {
                throw EvolutionError.badRequest("each of readMessages needs remoteJid and id");
            }
        }
        read.forEach(entry -> instance.readReceipts.add(((JsonObject) entry).getString("id")));
        return Response.status(201).entity(Map.of("message", "Read messages", "read", "success")).build();
    }

    @POST
    @Path("getBase64FromMediaMessage/{instance}")
    public Response mediaBase64(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name,
            String body) {
        EvolutionInstance instance = auth.instance(apiKey, name);
        JsonObject message = EvolutionJson.parse(body).getJsonObject("message");
        String id = message == null ? null : message.getJsonObject("key", new JsonObject()).getString("id");
        if (id == null || id.isBlank()) {
            throw EvolutionError.badRequest("message.key.id is required");
        }
        EvolutionInstance.ReceivedMedia media = instance.media.get(id);
        if (media == null) {
            throw EvolutionError.badRequest("Message not found");
        }
        JsonObject answer = new JsonObject().put("mediaType", media.kind()).put("fileName", media.fileName())
                .put("caption", media.caption())
                .put("size", new JsonObject().put("fileLength", media.bytes().length))
                .put("mimetype", media.mimeType())
                .put("base64", Base64.getEncoder().encodeToString(media.bytes()))
                .putNull("buffer");
        return Response.status(201).entity(answer.getMap()).build();
    }
}
