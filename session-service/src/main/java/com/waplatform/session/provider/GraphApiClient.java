package com.waplatform.session.provider;

import com.waplatform.session.config.ProvidersConfig;
import com.waplatform.session.domain.OutboundMessage;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.multipart.MultipartForm;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The subset of the Meta Graph API (WhatsApp Cloud API) the platform calls. */
@ApplicationScoped
public class GraphApiClient {

    /** What Meta says about a phone number id. */
    public record PhoneNumber(String id, String displayPhoneNumber, String verifiedName) {
    }

    /** What Meta says about a media object. */
    public record MediaInfo(String url, String mimeType, long fileSize, String sha256) {
    }

    private final WebClient client;
    private final ProvidersConfig.GraphApi config;

    public GraphApiClient(Vertx vertx, ProvidersConfig config) {
        this.config = config.graphApi();
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) this.config.timeout().toMillis())
                .setMaxPoolSize(this.config.maxConnections())
                .setUserAgent("wa-platform-session-service"));
    }

    /** Looks the number up with the tenant's token; the appsecret_proof also proves the app secret. */
    public Uni<PhoneNumber> phoneNumber(String phoneNumberId, String accessToken, String appSecret) {
        return getObject(url(phoneNumberId) + "?fields=display_phone_number,verified_name", accessToken, appSecret)
                .map(response -> {
                    JsonObject body = successBody(response);
                    return new PhoneNumber(body.getString("id"), body.getString("display_phone_number"),
                            body.getString("verified_name"));
                });
    }

    /** Sends a message of any supported type; returns the provider's message id ({@code wamid…}). */
    public Uni<String> send(String phoneNumberId, String accessToken, String appSecret, OutboundMessage message) {
        JsonObject body = new JsonObject()
                .put("messaging_product", "whatsapp")
                .put("recipient_type", "individual")
                .put("to", message.to())
                .put("type", message.type());
        switch (message.type()) {
            case "text" -> body.put("text", new JsonObject().put("preview_url", false).put("body", message.text()));
            case "interactive" -> body.put("interactive", new JsonObject(message.interactive().toString()));
            case "template" -> body.put("template", new JsonObject(message.template().toString()));
            default -> body.put(message.type(), media(message));
        }
        return postMessages(phoneNumberId, accessToken, appSecret, body)
                .map(response -> {
                    JsonArray messages = successBody(response).getJsonArray("messages");
                    if (messages == null || messages.isEmpty()) {
                        throw new GraphApiException(response.statusCode(), 0, "The Cloud API returned no message id");
                    }
                    return messages.getJsonObject(0).getString("id");
                });
    }

    /** Marks a customer's message (and those before it) as read: the blue ticks on the customer's phone. */
    public Uni<Void> markRead(String phoneNumberId, String accessToken, String appSecret, String messageId) {
        JsonObject body = new JsonObject().put("messaging_product", "whatsapp").put("status", "read")
                .put("message_id", messageId);
        return postMessages(phoneNumberId, accessToken, appSecret, body).invoke(GraphApiClient::successBody)
                .replaceWithVoid();
    }

    /** A media object's metadata: a download URL valid for five minutes, its type and size. */
    public Uni<MediaInfo> mediaInfo(String mediaId, String accessToken, String appSecret) {
        return getObject(url(mediaId), accessToken, appSecret)
                .map(response -> {
                    JsonObject body = successBody(response);
                    if (body.getString("url") == null) {
                        throw new GraphApiException(502, 0, "The Cloud API gave no download URL for the media");
                    }
                    return new MediaInfo(body.getString("url"), body.getString("mime_type"),
                            body.getLong("file_size", -1L), body.getString("sha256"));
                });
    }

    /**
     * Uploads a file to the number's media ({@code POST /{phone-number-id}/media}, multipart); returns the media id
     * a message can then name. Meta keeps uploaded media for 30 days.
     */
    public Uni<String> uploadMedia(String phoneNumberId, String accessToken, String appSecret, byte[] bytes,
            String mimeType, String fileName) {
        MultipartForm form = MultipartForm.create()
                .attribute("messaging_product", "whatsapp")
                .attribute("type", mimeType)
                .binaryFileUpload("file", fileName == null ? "file" : fileName,
                        Buffer.buffer(bytes), mimeType);
        return client.postAbs(url(phoneNumberId) + "/media")
                .addQueryParam("appsecret_proof", appSecretProof(accessToken, appSecret))
                .bearerTokenAuthentication(accessToken)
                .timeout(config.timeout().toMillis())
                .sendMultipartForm(form)
                .onFailure().transform(GraphApiException::unreachable)
                .map(response -> {
                    String id = successBody(response).getString("id");
                    if (id == null) {
                        throw new GraphApiException(502, 0, "The Cloud API returned no media id for the upload");
                    }
                    return id;
                });
    }

    /** The bytes behind a media download URL (only with the token of the number that received it). */
    public Uni<Buffer> download(String url, String accessToken) {
        return client.getAbs(url)
                .bearerTokenAuthentication(accessToken)
                .timeout(config.timeout().toMillis())
                .send()
                .onFailure().transform(GraphApiException::unreachable)
                .map(response -> {
                    if (response.statusCode() / 100 != 2) {
                        successBody(response);
                    }
                    return response.bodyAsBuffer() == null ? Buffer.buffer() : response.bodyAsBuffer();
                });
    }

    /**
     * One page of a WhatsApp Business Account's message templates ({@code GET /{waba-id}/message_templates}):
     * the templates and the cursor of the next page (null on the last).
     */
    public Uni<TemplatePage> messageTemplates(String businessAccountId, String accessToken, String appSecret,
            String after) {
        String query = "?fields=name,language,status,category,components&limit=100"
                + (after == null ? "" : "&after=" + java.net.URLEncoder.encode(after, StandardCharsets.UTF_8));
        return getObject(url(businessAccountId) + "/message_templates" + query, accessToken, appSecret)
                .map(response -> {
                    JsonObject body = successBody(response);
                    JsonObject paging = body.getJsonObject("paging");
                    String next = paging == null || paging.getString("next") == null ? null
                            : paging.getJsonObject("cursors", new JsonObject()).getString("after");
                    return new TemplatePage(body.getJsonArray("data", new JsonArray()), next);
                });
    }

    /** A page of templates as Meta gives them, and the {@code after} cursor of the next page if there is one. */
    public record TemplatePage(JsonArray templates, String after) {
    }

    /** GET of a Graph object with the tenant's token and the appsecret_proof. */
    private Uni<HttpResponse<Buffer>> getObject(String url, String accessToken, String appSecret) {
        return client.getAbs(url)
                .addQueryParam("appsecret_proof", appSecretProof(accessToken, appSecret))
                .bearerTokenAuthentication(accessToken)
                .timeout(config.timeout().toMillis())
                .send()
                .onFailure().transform(GraphApiException::unreachable);
    }

    /** POST /{phone-number-id}/messages with the tenant's token and the appsecret_proof. */
    private Uni<HttpResponse<Buffer>> postMessages(String phoneNumberId, String accessToken, String appSecret,
            JsonObject body) {
        return client.postAbs(url(phoneNumberId) + "/messages")
                .addQueryParam("appsecret_proof", appSecretProof(accessToken, appSecret))
                .bearerTokenAuthentication(accessToken)
                .timeout(config.timeout().toMillis())
                .sendJsonObject(body)
                .onFailure().transform(GraphApiException::unreachable);
    }

    /** Meta's media object: {@code link} or {@code id}, caption (not for audio), filename (documents). */
    private static JsonObject media(OutboundMessage message) {
        JsonObject media = new JsonObject();
        var given = message.media();
        if (given.hasNonNull("id")) {
            media.put("id", given.get("id").asText());
        } else {
            media.put("link", given.get("link").asText());
        }
        if (given.hasNonNull("caption") && !"audio".equals(message.type())) {
            media.put("caption", given.get("caption").asText());
        }
        if (given.hasNonNull("filename") && "document".equals(message.type())) {
            media.put("filename", given.get("filename").asText());
        }
        return media;
    }

    private String url(String phoneNumberId) {
        return config.baseUrl() + "/" + config.version() + "/" + phoneNumberId;
    }

    private static JsonObject successBody(HttpResponse<Buffer> response) {
        JsonObject body;
        try {
            body = response.bodyAsJsonObject();
        } catch (RuntimeException e) {
            body = null;
        }
        if (response.statusCode() / 100 == 2 && body != null) {
            return body;
        }
        JsonObject error = body == null ? null : body.getJsonObject("error");
        if (error == null) {
            throw new GraphApiException(response.statusCode(), 0,
                    "The Cloud API answered HTTP " + response.statusCode());
        }
        throw new GraphApiException(response.statusCode(), error.getInteger("code", 0),
                error.getString("message", "unknown error"));
    }

    static String appSecretProof(String accessToken, String appSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
