package com.waplatform.simulator.control;

import com.waplatform.simulator.meta.MessageIds;
import com.waplatform.simulator.meta.MetaMedia;
import com.waplatform.simulator.meta.MetaAccounts;
import com.waplatform.simulator.meta.MetaNumber;
import com.waplatform.simulator.meta.MetaWebhookPayloads;
import com.waplatform.simulator.meta.MetaWebhooks;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The simulator's control API (tests, demos, benchmarks): stands for what a person does in Meta's dashboards and
 * on their phone — register a number, subscribe a webhook URL, have a customer write, look at what was sent.
 */
@Path("/control/meta/numbers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MetaControlResource {

    public record RegisterNumber(String phoneNumberId, String businessAccountId, String displayPhoneNumber,
            String verifiedName, String accessToken, String appSecret) {
    }

    public record Subscribe(String url, String verifyToken) {
    }

    /**
     * A customer's message: {@code type} (default text) with {@code text}, or {@code content} in Meta's own shape
     * for that type (media without an id get a stored file; {@code mimeType} picks its type), and optionally
     * {@code replyTo} (the id of the message it answers) and {@code timestamp} (when the customer sent it, epoch
     * seconds; default now: Meta retries an undelivered webhook for up to 7 days with the original timestamp).
     */
    public record Inbound(String from, String name, String type, String text, Map<String, Object> content,
            String mimeType, String replyTo, Long timestamp) {
    }

    private final MetaAccounts accounts;
    private final MetaWebhooks webhooks;
    private final MessageIds ids;
    private final MetaMedia media;
    private final WebClient client;

    public MetaControlResource(MetaAccounts accounts, MetaWebhooks webhooks, MessageIds ids, MetaMedia media,
            Vertx vertx) {
        this.accounts = accounts;
        this.webhooks = webhooks;
        this.ids = ids;
        this.media = media;
        this.client = WebClient.create(vertx);
    }

    @POST
    public Map<String, Object> register(RegisterNumber request) {
        if (request == null || blank(request.phoneNumberId()) || blank(request.accessToken())
                || blank(request.appSecret())) {
            throw new BadRequestException("phoneNumberId, accessToken and appSecret are required");
        }
        MetaNumber number = accounts.register(new MetaNumber(request.phoneNumberId(),
                blank(request.businessAccountId()) ? "1" + request.phoneNumberId() : request.businessAccountId(),
                blank(request.displayPhoneNumber()) ? "15550000000" : request.displayPhoneNumber(),
                blank(request.verifiedName()) ? "Test Business" : request.verifiedName(),
                request.accessToken(), request.appSecret()));
        return Map.of("phoneNumberId", number.phoneNumberId, "businessAccountId", number.businessAccountId);
    }

    /** Like saving the callback URL in the Meta app dashboard: Meta first checks the URL with the GET handshake. */
    @PUT
    @Path("{id}/webhook")
    public Uni<Map<String, Object>> subscribe(@PathParam("id") String id, Subscribe request) {
        MetaNumber number = number(id);
        if (request == null || blank(request.url()) || blank(request.verifyToken())) {
            throw new BadRequestException("url and verifyToken are required");
        }
        String challenge = UUID.randomUUID().toString();
        return client.getAbs(request.url())
                .addQueryParam("hub.mode", "subscribe")
                .addQueryParam("hub.verify_token", request.verifyToken())
                .addQueryParam("hub.challenge", challenge)
                .send()
                .map(response -> {
                    boolean verified = response.statusCode() == 200 && challenge.equals(response.bodyAsString());
                    if (verified) {
                        number.webhookUrl = request.url();
                    }
                    return Map.<String, Object>of("verified", verified, "status", response.statusCode());
                });
    }

    public record StatusModeChange(String mode) {
    }

    /** How the number's status webhooks behave from now on: normal, duplicate, reorder or skip-delivered. */
    @PUT
    @Path("{id}/status-mode")
    public Map<String, Object> statusMode(@PathParam("id") String id, StatusModeChange request) {
        MetaNumber number = number(id);
        String mode = request == null || request.mode() == null ? "" : request.mode();
        try {
            number.statusMode = MetaNumber.StatusMode.valueOf(mode.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("mode must be normal, duplicate, reorder or skip-delivered");
        }
        return Map.of("statusMode", number.statusMode.name());
    }

    /** A customer writes to the number: Meta posts the signed webhook. Answers the first delivery's status. */
    @POST
    @Path("{id}/inbound")
    public Uni<Map<String, Object>> inbound(@PathParam("id") String id, Inbound request) {
        MetaNumber number = number(id);
        String type = request == null || blank(request.type()) ? "text" : request.type();
        if (request == null || blank(request.from())) {
            throw new BadRequestException("from is required");
        }
        JsonObject part = part(number, type, request);
        String from = request.from().replaceAll("\\D", "");
        String messageId = ids.next(from);
        var body = MetaWebhookPayloads.inbound(number, from, blank(request.name()) ? from : request.name(),
                messageId, sentAt(request), type, part, request.replyTo());
        return webhooks.deliver(number, body)
                .map(status -> Map.<String, Object>of("messageId", messageId, "webhookStatus", status));
    }

    private static long sentAt(Inbound request) {
        long now = System.currentTimeMillis() / 1000;
        if (request.timestamp() == null) {
            return now;
        }
        if (request.timestamp() > now || request.timestamp() < now - 7 * 24 * 3600) {
            throw new BadRequestException("timestamp must be within the last 7 days (epoch seconds)");
        }
        return request.timestamp();
    }

    private JsonObject part(MetaNumber number, String type, Inbound request) {
        if ("text".equals(type)) {
            if (blank(request.text())) {
                throw new BadRequestException("text is required for a text message");
            }
            return new JsonObject().put("body", request.text());
        }
        JsonObject part = request.content() == null ? new JsonObject() : new JsonObject(request.content());
        if (MEDIA.contains(type) && !part.containsKey("id")) {
            String mime = blank(request.mimeType()) ? defaultMime(type) : request.mimeType();
            MetaMedia.Media file = media.store(number.phoneNumberId, mime, MetaMedia.PNG);
            part.put("id", file.id()).put("mime_type", mime).put("sha256", file.sha256());
        }
        if (!MEDIA.contains(type) && part.isEmpty()) {
            throw new BadRequestException("content is required for a " + type + " message");
        }
        return part;
    }

    private static String defaultMime(String type) {
        return switch (type) {
            case "audio" -> "audio/ogg; codecs=opus";
            case "video" -> "video/mp4";
            case "document" -> "application/pdf";
            case "sticker" -> "image/webp";
            default -> "image/png";
        };
    }

    /** A file the number holds (as a customer's media would be): {@code base64}, or {@code sizeBytes} of filler. */
    public record MediaFile(String mimeType, String base64, Integer sizeBytes) {
    }

    @POST
    @Path("{id}/media")
    public Map<String, Object> addMedia(@PathParam("id") String id, MediaFile request) {
        MetaNumber number = number(id);
        if (request == null || blank(request.mimeType())) {
            throw new BadRequestException("mimeType is required");
        }
        byte[] bytes;
        if (request.base64() != null) {
            try {
                bytes = java.util.Base64.getDecoder().decode(request.base64());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("base64 is not valid base64");
            }
        } else if (request.sizeBytes() != null && request.sizeBytes() > 0 && request.sizeBytes() <= 120_000_000) {
            bytes = new byte[request.sizeBytes()];
            java.util.Arrays.fill(bytes, (byte) 'x');
        } else {
            throw new BadRequestException("base64 or sizeBytes (1 to 120000000) is required");
        }
        MetaMedia.Media file = media.store(number.phoneNumberId, request.mimeType(), bytes);
        return Map.of("id", file.id(), "sha256", file.sha256(), "fileSize", bytes.length);
    }

    /** Media bytes held by the simulated Meta (to check what a download should return). */
    @GET
    @Path("media/{mediaId}")
    @Produces(MediaType.WILDCARD)
    public jakarta.ws.rs.core.Response media(@PathParam("mediaId") String mediaId) {
        MetaMedia.Media file = media.find(mediaId).orElseThrow(() -> new NotFoundException("unknown media"));
        return jakarta.ws.rs.core.Response.ok(file.bytes()).type(file.mimeType()).build();
    }

    @GET
    @Path("{id}/sent")
    public List<MetaNumber.SentMessage> sent(@PathParam("id") String id) {
        return number(id).sent;
    }

    /** The customer messages the business marked as read. */
    @GET
    @Path("{id}/read")
    public List<String> read(@PathParam("id") String id) {
        return number(id).readReceipts;
    }

    private static final java.util.Set<String> MEDIA = java.util.Set.of("image", "audio", "video", "document",
            "sticker");

    private MetaNumber number(String id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException("unknown phone number id " + id));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
