package com.waplatform.simulator.evolution;

import com.waplatform.simulator.config.SimulatorConfig;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

/**
 * Evolution API v2 send controller: {@code sendText} and {@code sendMedia}. A send answers 201 with the message
 * ({@code status: PENDING}), then the instance posts {@code send.message} and {@code messages.update}
 * (DELIVERY_ACK, READ) webhooks.
 */
@Path("/message")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvolutionMessageResource {

    private static final Set<String> MEDIA_TYPES = Set.of("image", "video", "audio", "document");

    private final EvolutionAuth auth;
    private final EvolutionWebhooks webhooks;
    private final Vertx vertx;
    private final SimulatorConfig.Evolution config;
    private final SecureRandom random = new SecureRandom();

    public EvolutionMessageResource(EvolutionAuth auth, EvolutionWebhooks webhooks, Vertx vertx,
            SimulatorConfig config) {
        this.auth = auth;
        this.webhooks = webhooks;
        this.vertx = vertx;
        this.config = config.evolution();
    }

    @POST
    @Path("sendText/{instance}")
    public Response sendText(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name, String body) {
        EvolutionInstance instance = auth.instance(apiKey, name);
        JsonObject request = EvolutionJson.parse(body);
        String text = request.getString("text");
        if (text == null || text.isEmpty()) {
            throw EvolutionError.badRequest("text is required");
        }
        return send(instance, request, "conversation", new JsonObject().put("conversation", text));
    }

    @POST
    @Path("sendMedia/{instance}")
    public Response sendMedia(@HeaderParam("apikey") String apiKey, @PathParam("instance") String name,
            String body) {
        EvolutionInstance instance = auth.instance(apiKey, name);
        JsonObject request = EvolutionJson.parse(body);
        String mediaType = request.getString("mediatype");
        if (mediaType == null || !MEDIA_TYPES.contains(mediaType)) {
            throw EvolutionError.badRequest("mediatype must be one of image, video, audio, document");
        }
        String media = request.getString("media");
        if (media == null || media.isBlank()) {
            throw EvolutionError.badRequest("media is required (a URL or base64)");
        }
        JsonObject content = new JsonObject().put("url", media.startsWith("http") ? media : null)
                .put("mimetype", request.getString("mimetype")).put("caption", request.getString("caption"))
                .put("fileName", request.getString("fileName"));
        if (!media.startsWith("http")) {
            // base64: what WhatsApp records of the file (its length and SHA-256, base64)
            byte[] file;
            try {
                file = java.util.Base64.getDecoder().decode(media);
            } catch (IllegalArgumentException e) {
                throw EvolutionError.badRequest("media is neither a URL nor valid base64");
            }
            content.put("fileLength", String.valueOf(file.length)).put("fileSha256", sha256(file));
        }
        return send(instance, request, mediaType + "Message", new JsonObject().put(mediaType + "Message", content));
    }

    private Response send(EvolutionInstance instance, JsonObject request, String messageType, JsonObject message) {
        if (instance.state != EvolutionInstance.State.open) {
            throw EvolutionError.badRequest("Connection Closed");
        }
        String number = request.getString("number", "").replaceAll("@s\\.whatsapp\\.net$", "");
        if (!number.matches("\\d{8,15}")) {
            throw EvolutionError.badRequest(Map.of("jid", number + "@s.whatsapp.net", "exists", false,
                    "number", number));
        }
        String id = "3EB0" + HexFormat.of().withUpperCase().formatHex(randomBytes(9));
        String remoteJid = number + "@s.whatsapp.net";
        long now = System.currentTimeMillis();
        JsonObject key = new JsonObject().put("remoteJid", remoteJid).put("fromMe", true).put("id", id);
        JsonObject sent = new JsonObject().put("key", key).put("pushName", "Você").put("status", "PENDING")
                .put("message", message).put("messageType", messageType).put("messageTimestamp", now / 1000)
                .put("instanceId", instance.instanceId).put("source", "unknown");
        instance.sent.add(new EvolutionInstance.SentMessage(id, number, messageType, message.getMap(), now));
        webhooks.emitLater(instance, "send.message", sent.copy().put("status", "SERVER_ACK"));
        later(config.deliveredDelay().toMillis(), instance, key, "DELIVERY_ACK");
        later(config.readDelay().toMillis(), instance, key, "READ");
        return Response.status(201).entity(sent.getMap()).build();
    }

    private void later(long delayMillis, EvolutionInstance instance, JsonObject key, String status) {
        vertx.setTimer(Math.max(1, delayMillis), id -> webhooks.emitLater(instance, "messages.update",
                new JsonObject().put("keyId", key.getString("id")).put("remoteJid", key.getString("remoteJid"))
                        .put("fromMe", true).putNull("participant").put("status", status)
                        .put("instanceId", instance.instanceId)));
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.Base64.getEncoder().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
