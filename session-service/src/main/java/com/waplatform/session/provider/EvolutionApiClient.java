package com.waplatform.session.provider;

import com.waplatform.contracts.WebhookHeaders;
import com.waplatform.session.config.ProvidersConfig;
import com.waplatform.session.domain.OutboundMessage;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The subset of the Evolution API v2 the platform calls; {@code apikey} is the global key or the instance token. */
@ApplicationScoped
public class EvolutionApiClient {

    /** Webhook events the platform subscribes every instance to. */
    static final JsonArray EVENTS = new JsonArray().add("QRCODE_UPDATED").add("CONNECTION_UPDATE")
            .add("MESSAGES_UPSERT").add("MESSAGES_UPDATE").add("SEND_MESSAGE");

    /** A QR code to scan (PNG data URL), or none because the instance is already connected. */
    public record QrCode(String base64, String pairingCode, int count, String state) {
    }

    /** A media message's file as Evolution gives it. */
    public record MediaFile(String mimeType, String fileName, byte[] bytes) {
    }

    private final WebClient client;
    private final ProvidersConfig.Evolution config;

    public EvolutionApiClient(Vertx vertx, ProvidersConfig config) {
        this.config = config.evolution();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) this.config.timeout().toMillis())
                .setMaxPoolSize(this.config.maxConnections())
                .setUserAgent("wa-platform-session-service"));
    }

    /** Creates the instance with its webhook (and secret header) and starts pairing. */
    public Uni<QrCode> createInstance(String instanceName, String token, String webhookUrl, String webhookSecret) {
        JsonObject body = new JsonObject()
                .put("instanceName", instanceName)
                .put("token", token)
                .put("qrcode", true)
                .put("integration", "WHATSAPP-BAILEYS")
                .put("groupsIgnore", true)
                .put("webhook", new JsonObject()
                        .put("enabled", true)
                        .put("url", webhookUrl)
                        .put("byEvents", false)
                        .put("base64", false)
                        .put("headers", new JsonObject().put(WebhookHeaders.EVOLUTION_SECRET, webhookSecret))
                        .put("events", EVENTS));
        return call(HttpMethod.POST, "/instance/create", config.apiKey().orElse(""), body)
                .map(answer -> qr(answer.getJsonObject("qrcode"), answer.getJsonObject("instance")
                        .getString("status")));
    }

    /** The QR code to scan now; for a paired instance that lost its connection this reconnects instead. */
    public Uni<QrCode> connect(String instanceName, String token) {
        return call(HttpMethod.GET, "/instance/connect/" + encode(instanceName), token, null)
                .map(answer -> answer.containsKey("instance")
                        ? new QrCode(null, null, 0, answer.getJsonObject("instance").getString("state"))
                        : qr(answer, "connecting"));
    }

    public Uni<String> connectionState(String instanceName, String token) {
        return call(HttpMethod.GET, "/instance/connectionState/" + encode(instanceName), token, null)
                .map(answer -> answer.getJsonObject("instance").getString("state"));
    }

    public Uni<Void> restart(String instanceName, String token) {
        return call(HttpMethod.POST, "/instance/restart/" + encode(instanceName), token, null).replaceWithVoid();
    }

    public Uni<Void> logout(String instanceName, String token) {
        return call(HttpMethod.DELETE, "/instance/logout/" + encode(instanceName), token, null).replaceWithVoid();
    }

    public Uni<Void> delete(String instanceName) {
        return call(HttpMethod.DELETE, "/instance/delete/" + encode(instanceName), config.apiKey().orElse(""), null)
                .replaceWithVoid();
    }

    /** Sends text or media; returns the WhatsApp message id ({@code key.id}). */
    public Uni<String> send(String instanceName, String token, OutboundMessage message) {
        String number = message.to().replaceAll("\\D", "");
        JsonObject body = new JsonObject().put("number", number);
        String path;
        if ("text".equals(message.type())) {
            path = "/message/sendText/";
            body.put("text", message.text());
        } else {
            path = "/message/sendMedia/";
            var media = message.media();
            body.put("mediatype", message.type())
                    .put("media", media.hasNonNull("base64") ? media.get("base64").asText()
                            : media.path("link").asText(media.path("id").asText()))
                    .put("caption", media.path("caption").asText(null))
                    .put("fileName", media.path("filename").asText(null))
                    .put("mimetype", media.path("mimeType").asText(null));
        }
        return call(HttpMethod.POST, path + encode(instanceName), token, body)
                .map(answer -> answer.getJsonObject("key", new JsonObject()).getString("id"));
    }

    /** Marks a received message as read ({@code /chat/markMessageAsRead}). */
    public Uni<Void> markRead(String instanceName, String token, String waId, String messageId) {
        JsonObject key = new JsonObject().put("remoteJid", waId.replaceAll("\\D", "") + "@s.whatsapp.net")
                .put("fromMe", false).put("id", messageId);
        return call(HttpMethod.POST, "/chat/markMessageAsRead/" + encode(instanceName), token,
                new JsonObject().put("readMessages", new io.vertx.core.json.JsonArray().add(key))).replaceWithVoid();
    }

    /** The file of a received media message, decrypted by Evolution ({@code /chat/getBase64FromMediaMessage}). */
    public Uni<MediaFile> mediaFile(String instanceName, String token, String messageId) {
        JsonObject body = new JsonObject().put("message", new JsonObject().put("key",
                new JsonObject().put("id", messageId))).put("convertToMp4", false);
        return call(HttpMethod.POST, "/chat/getBase64FromMediaMessage/" + encode(instanceName), token, body)
                .map(answer -> {
                    String base64 = answer.getString("base64");
                    if (base64 == null) {
                        throw new EvolutionApiException(502, "The Evolution API gave no file for the message");
                    }
                    byte[] bytes;
                    try {
                        bytes = java.util.Base64.getMimeDecoder().decode(base64);
                    } catch (IllegalArgumentException e) {
                        throw new EvolutionApiException(502, "The Evolution API gave a file that is not base64");
                    }
                    return new MediaFile(answer.getString("mimetype"), answer.getString("fileName"), bytes);
                });
    }

    /** Whether an Evolution server is configured at all. */
    public boolean configured() {
        return config.baseUrl().isPresent() && config.apiKey().isPresent();
    }

    private Uni<JsonObject> call(HttpMethod method, String path, String apiKey, JsonObject body) {
        if (!configured()) {
            return Uni.createFrom().failure(new EvolutionApiException(0, "No Evolution API is configured"));
        }
        var request = client.requestAbs(method, config.baseUrl().get() + path)
                .putHeader("apikey", apiKey)
                .timeout(config.timeout().toMillis());
        Uni<HttpResponse<Buffer>> sent = body == null ? request.send() : request.sendJsonObject(body);
        return sent.onFailure().transform(EvolutionApiException::unreachable).map(EvolutionApiClient::successBody);
    }

    private static JsonObject successBody(HttpResponse<Buffer> response) {
        JsonObject body;
        try {
            body = response.bodyAsJsonObject();
        } catch (RuntimeException e) {
            body = null;
        }
        if (response.statusCode() / 100 == 2) {
            return body == null ? new JsonObject() : body;
        }
        Object message = body == null ? null : body.getJsonObject("response", new JsonObject()).getValue("message");
        throw new EvolutionApiException(response.statusCode(), message == null
                ? "The Evolution API answered HTTP " + response.statusCode() : String.valueOf(message));
    }

    private static QrCode qr(JsonObject qr, String state) {
        if (qr == null) {
            return new QrCode(null, null, 0, state);
        }
        return new QrCode(qr.getString("base64"), qr.getString("pairingCode"), qr.getInteger("count", 0), state);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
