package com.waplatform.simulator.control;

import com.waplatform.simulator.evolution.EvolutionInstance;
import com.waplatform.simulator.evolution.EvolutionInstances;
import com.waplatform.simulator.evolution.EvolutionSessions;
import com.waplatform.simulator.evolution.EvolutionWebhooks;
import com.waplatform.simulator.meta.MetaMedia;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Control API for Evolution instances: what the phone does (scan, drop, log out) and what customers write. */
@Path("/control/evolution/instances/{name}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvolutionControlResource {

    public record Scan(String phone, String profileName) {
    }

    public record Disconnect(Integer statusReason) {
    }

    /**
     * A message to the instance: {@code text}, or {@code message} in Evolution's own shape (for instance
     * {@code {"imageMessage":{…}}} or {@code {"locationMessage":{…}}}); {@code fromMe} for one typed on the phone.
     */
    public record Inbound(String from, String name, String text, Map<String, Object> message, Boolean fromMe) {
    }

    private final EvolutionInstances instances;
    private final EvolutionSessions sessions;
    private final EvolutionWebhooks webhooks;
    private final SecureRandom random = new SecureRandom();

    public EvolutionControlResource(EvolutionInstances instances, EvolutionSessions sessions,
            EvolutionWebhooks webhooks) {
        this.instances = instances;
        this.sessions = sessions;
        this.webhooks = webhooks;
    }

    /** The instance as the simulator holds it, including the QR code on screen (for tests that "look" at it). */
    @GET
    public Map<String, Object> show(@PathParam("name") String name) {
        EvolutionInstance instance = instance(name);
        return new JsonObject().put("instanceName", instance.name).put("state", instance.state.name())
                .put("paired", instance.paired).put("qrCount", instance.qrCount).put("qrCode", instance.qrCode)
                .put("qrBase64", instance.qrBase64)
                .put("webhookUrl", instance.webhook.url()).put("webhookHeaderNames", instance.webhook.headers().keySet()
                        .stream().toList()).getMap();
    }

    @POST
    @Path("scan")
    public Map<String, Object> scan(@PathParam("name") String name, Scan request) {
        String digits = request == null || request.phone() == null ? "" : request.phone().replaceAll("\\D", "");
        if (!digits.matches("\\d{8,15}")) {
            throw new BadRequestException("phone (8 to 15 digits) is required");
        }
        EvolutionInstance instance = instance(name);
        String profile = request.profileName() == null ? "Business" : request.profileName();
        if (!sessions.scan(instance, request.phone(), profile)) {
            throw new ClientErrorException("no QR code is showing (state " + instance.state + ")", 409);
        }
        return Map.of("state", instance.state.name(), "wuid", instance.wuid);
    }

    /** The connection drops with a Baileys status code: 401 is a logout from the phone, others are retryable. */
    @POST
    @Path("disconnect")
    public Map<String, Object> disconnect(@PathParam("name") String name, Disconnect request) {
        EvolutionInstance instance = instance(name);
        int reason = request == null || request.statusReason() == null ? 428 : request.statusReason();
        sessions.close(instance, reason);
        return Map.of("state", instance.state.name(), "paired", instance.paired);
    }

    /** A customer writes (or, with fromMe, the business writes from the phone): a messages.upsert webhook. */
    @POST
    @Path("inbound")
    public Uni<Map<String, Object>> inbound(@PathParam("name") String name, Inbound request) {
        EvolutionInstance instance = instance(name);
        boolean hasText = request != null && request.text() != null && !request.text().isEmpty();
        if (request == null || request.from() == null || (!hasText && (request.message() == null
                || request.message().isEmpty()))) {
            throw new BadRequestException("from and text (or message) are required");
        }
        JsonObject message = hasText ? new JsonObject().put("conversation", request.text())
                : new JsonObject(request.message());
        String from = request.from().replaceAll("\\D", "");
        boolean fromMe = Boolean.TRUE.equals(request.fromMe());
        byte[] idBytes = new byte[16];
        random.nextBytes(idBytes);
        String id = (fromMe ? "3EB0" : "") + HexFormat.of().withUpperCase().formatHex(idBytes);
        keepMedia(instance, id, message);
        JsonObject data = new JsonObject()
                .put("key", new JsonObject().put("remoteJid", from + "@s.whatsapp.net").put("fromMe", fromMe)
                        .put("id", id))
                .put("pushName", request.name() == null ? from : request.name())
                .put("status", fromMe ? "SERVER_ACK" : "DELIVERY_ACK")
                .put("message", message)
                .put("messageType", message.fieldNames().iterator().next())
                .put("messageTimestamp", System.currentTimeMillis() / 1000)
                .put("instanceId", instance.instanceId)
                .put("source", "android");
        return webhooks.emit(instance, "messages.upsert", data)
                .map(status -> Map.<String, Object>of("messageId", id, "webhookStatus", status));
    }

    /**
     * A media message's file stays with the instance (a PNG unless {@code base64} is given in the part, which is
     * then removed as Evolution does not put it there); the part gets the fields Baileys fills in.
     */
    private static void keepMedia(EvolutionInstance instance, String id, JsonObject message) {
        String kind = message.fieldNames().iterator().next();
        if (!MEDIA_KINDS.containsKey(kind) || !(message.getValue(kind) instanceof JsonObject part)) {
            return;
        }
        Object given = part.remove("base64");
        byte[] bytes = given instanceof String b64 ? Base64.getDecoder().decode(b64) : MetaMedia.PNG;
        String mime = part.getString("mimetype", MEDIA_KINDS.get(kind));
        part.put("mimetype", mime).put("fileLength", String.valueOf(bytes.length))
                .put("url", "https://mmg.whatsapp.net/v/t62.7118-24/" + id + ".enc")
                .put("mediaKey", Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8)));
        instance.media.put(id, new EvolutionInstance.ReceivedMedia(kind, mime, part.getString("fileName"),
                part.getString("caption"), bytes));
    }

    private static final Map<String, String> MEDIA_KINDS = Map.of("imageMessage", "image/png",
            "audioMessage", "audio/ogg; codecs=opus", "videoMessage", "video/mp4",
            "documentMessage", "application/pdf", "stickerMessage", "image/webp");

    @GET
    @Path("sent")
    public List<EvolutionInstance.SentMessage> sent(@PathParam("name") String name) {
        return instance(name).sent;
    }

    /** The received messages the business marked as read. */
    @GET
    @Path("read")
    public List<String> read(@PathParam("name") String name) {
        return instance(name).readReceipts;
    }

    private EvolutionInstance instance(String name) {
        return instances.find(name).orElseThrow(() -> new NotFoundException("unknown instance " + name));
    }
}
