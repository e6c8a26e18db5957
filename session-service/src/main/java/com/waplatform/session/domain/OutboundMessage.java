package com.waplatform.session.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * What to send, provider-neutral, as carried by {@code message.outbound}: {@code type} is text, image, document,
 * audio, video, interactive or template; {@code media} has link or id (plus caption, filename, mimeType);
 * {@code interactive} and {@code template} are in the Cloud API's own shape.
 */
public record OutboundMessage(String type, String to, String text, JsonNode media, JsonNode interactive,
        JsonNode template) {

    public static final Set<String> MEDIA_TYPES = Set.of("image", "document", "audio", "video");

    public static OutboundMessage of(JsonNode payload) {
        String type = payload.path("type").asText("text");
        return new OutboundMessage(type.isEmpty() ? "text" : type, payload.path("to").asText(),
                payload.path("text").isTextual() ? payload.path("text").asText() : null,
                payload.get("media"), payload.get("interactive"), payload.get("template"));
    }

    /** An agent uploaded the file: message-service keeps it under the message's id until it is sent. */
    public boolean isUpload() {
        return isMedia() && media != null && media.path("upload").asBoolean(false);
    }

    /** The same message with other media (the uploaded file replaced by the provider's id or its bytes). */
    public OutboundMessage withMedia(JsonNode replaced) {
        return new OutboundMessage(type, to, text, replaced, interactive, template);
    }

    public boolean isMedia() {
        return MEDIA_TYPES.contains(type);
    }

    /** A reason a person understands when the message cannot be sent at all, else null. */
    public String invalidReason() {
        if (to == null || !to.replaceAll("\\D", "").matches("\\d{6,20}")) {
            return "The recipient is not a phone number";
        }
        if ("text".equals(type)) {
            return text == null || text.isEmpty() ? "A text message needs a text" : null;
        }
        if (isMedia()) {
            return media == null || (!media.hasNonNull("link") && !media.hasNonNull("id") && !isUpload())
                    ? "A media message needs a link, a media id or an uploaded file" : null;
        }
        if ("interactive".equals(type)) {
            return interactive == null || !interactive.isObject() ? "An interactive message needs its content" : null;
        }
        if ("template".equals(type)) {
            return template == null || !template.hasNonNull("name") ? "A template message needs a template name"
                    : null;
        }
        return "Unknown message type " + type;
    }
}
