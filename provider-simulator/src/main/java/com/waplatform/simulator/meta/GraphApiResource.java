package com.waplatform.simulator.meta;

import com.waplatform.simulator.config.SimulatorConfig;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import java.util.Map;

/** The Graph API subset of the WhatsApp Cloud API: phone numbers, media metadata and sending messages. */
@Path("/{version}/{phoneNumberId}")
@Produces(MediaType.APPLICATION_JSON)
public class GraphApiResource {

    private final MetaAccounts accounts;
    private final MetaWebhooks webhooks;
    private final MessageIds ids;
    private final MetaMedia media;
    private final SimulatorConfig config;

    public GraphApiResource(MetaAccounts accounts, MetaWebhooks webhooks, MessageIds ids, MetaMedia media,
            SimulatorConfig config) {
        this.accounts = accounts;
        this.webhooks = webhooks;
        this.ids = ids;
        this.media = media;
        this.config = config;
    }

    /** A Graph object by id: a phone number, or a media object (metadata with a 5-minute download URL). */
    @GET
    public Map<String, Object> object(@PathParam("version") String version,
            @PathParam("phoneNumberId") String objectId,
            @HeaderParam("Authorization") String authorization, @QueryParam("appsecret_proof") String proof) {
        MetaMedia.Media file = media.find(objectId).orElse(null);
        if (file != null) {
            authorize(version, file.phoneNumberId(), authorization, proof);
            return Map.of("messaging_product", "whatsapp", "id", file.id(), "mime_type", file.mimeType(),
                    "sha256", file.sha256(), "file_size", file.bytes().length,
                    "url", config.publicUrl() + "/whatsapp_business/attachments/"
                            + media.newDownloadRef(file));
        }
        MetaNumber number = authorize(version, objectId, authorization, proof);
        return Map.of("verified_name", number.verifiedName, "display_phone_number", number.displayPhoneNumber,
                "id", number.phoneNumberId, "quality_rating", "GREEN");
    }

    /**
     * A business uploads a file ({@code multipart/form-data}: {@code messaging_product=whatsapp}, {@code type},
     * {@code file}); Meta answers {@code {"id"}}. Types and sizes as Meta documents them.
     */
    @POST
    @Path("media")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Map<String, Object> upload(@PathParam("version") String version,
            @PathParam("phoneNumberId") String phoneNumberId,
            @HeaderParam("Authorization") String authorization, @QueryParam("appsecret_proof") String proof,
            @RestForm("messaging_product") String product, @RestForm("type") String type,
            @RestForm("file") FileUpload file) {
        MetaNumber number = authorize(version, phoneNumberId, authorization, proof);
        if (!"whatsapp".equals(product)) {
            throw GraphError.invalidParameter("The parameter messaging_product is required.");
        }
        if (file == null) {
            throw GraphError.invalidParameter("The parameter file is required.");
        }
        String mime = type != null ? type : file.contentType();
        Long limit = MediaLimits.maxBytes(mime);
        if (limit == null) {
            throw GraphError.invalidParameter("Param file must be a file with one of the following types: "
                    + MediaLimits.TYPES);
        }
        if (file.size() > limit) {
            throw GraphError.invalidParameter("Param file must be at most " + limit + " bytes for " + mime);
        }
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file.uploadedFile());
        } catch (java.io.IOException e) {
            throw GraphError.invalidParameter("The file could not be read");
        }
        return Map.of("id", media.store(number.phoneNumberId, mime, bytes).id());
    }

    @POST
    @Path("messages")
    public Map<String, Object> send(@PathParam("version") String version,
            @PathParam("phoneNumberId") String phoneNumberId,
            @HeaderParam("Authorization") String authorization, @QueryParam("appsecret_proof") String proof,
            String body) {
        MetaNumber number = authorize(version, phoneNumberId, authorization, proof);
        JsonObject request;
        try {
            request = new JsonObject(body == null ? "" : body);
        } catch (RuntimeException e) {
            throw GraphError.invalidParameter("The request body is not valid JSON");
        }
        if (!"whatsapp".equals(request.getString("messaging_product"))) {
            throw GraphError.invalidParameter("The parameter messaging_product is required.");
        }
        if ("read".equals(request.getString("status"))) {
            // the read receipt of a customer's message: {"messaging_product","status":"read","message_id"}
            String messageId = request.getString("message_id");
            if (messageId == null || messageId.isBlank()) {
                throw GraphError.invalidParameter("The parameter message_id is required.");
            }
            number.readReceipts.add(messageId);
            return Map.of("success", true);
        }
        String to = request.getString("to");
        if (to == null || to.isBlank()) {
            throw GraphError.invalidParameter("The parameter to is required.");
        }
        String type = request.getString("type", "text");
        Object content = request.getValue(type);
        if ("text".equals(type) && (request.getJsonObject("text") == null
                || request.getJsonObject("text").getString("body", "").isEmpty())) {
            throw GraphError.invalidParameter("The parameter text['body'] is required.");
        }
        String waId = to.replaceAll("\\D", "");
        String messageId = ids.next(waId);
        number.sent.add(new MetaNumber.SentMessage(messageId, waId, type,
                content instanceof JsonObject json ? json.getMap() : content, System.currentTimeMillis()));
        webhooks.scheduleStatuses(number, messageId, waId);
        return Map.of("messaging_product", "whatsapp",
                "contacts", new JsonArray().add(Map.of("input", to, "wa_id", waId)).getList(),
                "messages", new JsonArray().add(Map.of("id", messageId)).getList());
    }

    private MetaNumber authorize(String version, String phoneNumberId, String authorization, String proof) {
        GraphAuth.requireVersion(version);
        String token = GraphAuth.bearer(authorization);
        MetaNumber number = accounts.find(phoneNumberId).orElseThrow(() -> GraphError.unknownObject(phoneNumberId));
        if (!GraphAuth.tokenMatches(number, token)) {
            throw GraphError.invalidToken();
        }
        GraphAuth.requireProof(number, token, proof);
        return number;
    }
}
