package com.waplatform.message.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.web.ProblemException;
import java.net.URI;
import java.util.Set;

/**
 * A message an agent or the automation sends: text, media by link (image, document, audio, video), interactive
 * buttons or list, or a template (Cloud API), in the Cloud API's own shapes. {@link #check(String)} says, in
 * words, what is wrong with it for the conversation's channel.
 */
public record OutgoingMessage(String type, String text, JsonNode media, JsonNode interactive, JsonNode template) {

    public static final Set<String> MEDIA_TYPES = Set.of("image", "document", "audio", "video");
    /** The longest media link a message (or a quick reply) may carry. */
    public static final int MAX_LINK = 2000;
    private static final int MAX_CAPTION = 1024;
    private static final int MAX_FILE_NAME = 240;
    private static final int MAX_MIME_TYPE = 255;

    public static OutgoingMessage text(String text) {
        return new OutgoingMessage("text", text, null, null, null);
    }

    public boolean isTemplate() {
        return "template".equals(type);
    }

    /** The text stored with the message: the text, the caption, or the interactive body. */
    public String storedText() {
        if (MEDIA_TYPES.contains(type)) {
            return media.path("caption").isTextual() ? media.get("caption").asText() : null;
        }
        if ("interactive".equals(type)) {
            return interactive.path("body").path("text").asText(null);
        }
        if (isTemplate()) {
            return null;
        }
        return text;
    }

    /** The type-specific part, as stored in the message's content and sent to session-service. */
    public ObjectNode content() {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        if (media != null) {
            content.set("media", media);
        }
        if (interactive != null) {
            content.set("interactive", interactive);
        }
        if (template != null) {
            content.set("template", template);
        }
        return content;
    }

    /**
     * A media message whose file an agent uploaded (kept in the media store under the message's id):
     * {@code media.upload} tells session-service to take the file from there instead of a link.
     */
    public static OutgoingMessage uploaded(String type, String caption, String fileName, String mimeType) {
        ObjectNode media = JsonNodeFactory.instance.objectNode().put("upload", true).put("mimeType", mimeType);
        if (caption != null && !caption.isBlank()) {
            media.put("caption", caption);
        }
        if (fileName != null && !fileName.isBlank()) {
            media.put("filename", fileName);
        }
        return new OutgoingMessage(type, null, media, null, null);
    }

    /**
     * The link of a media message that the provider will fetch (Evolution from inside the platform's network), or
     * null; it must pass the platform's outbound URL policy like any URL a user gives.
     */
    public String link() {
        return MEDIA_TYPES.contains(type) && media != null && !isUpload() && media.path("link").isTextual()
                ? media.get("link").asText() : null;
    }

    /** An uploaded file's message (see {@link #uploaded}); an API caller cannot claim one. */
    public boolean isUpload() {
        return media != null && media.path("upload").asBoolean(false);
    }

    /** Fails with 422 naming the problem if this cannot be sent on the channel (META, EVOLUTION or unknown). */
    public void check(String channel) {
        String type = this.type == null ? "text" : this.type;
        switch (type) {
            case "text" -> require(text != null && !text.isBlank(), "A text message needs a non-empty 'text'");
            case "image", "document", "audio", "video" -> checkMedia(type);
            case "interactive" -> checkInteractive(channel);
            case "template" -> checkTemplate(channel);
            default -> throw ProblemException.unprocessable("Unknown message type '" + type
                    + "'; use text, image, document, audio, video, interactive or template");
        }
        if (!"text".equals(type) && text != null) {
            throw ProblemException.unprocessable("'text' is only for text messages; a " + type
                    + " message carries its text in its own part (caption, body)");
        }
    }

    private void checkMedia(String type) {
        require(media != null && media.isObject(), "A " + type + " message needs 'media' with a 'link'");
        if (isUpload()) {
            return;
        }
        String link = media.path("link").asText("");
        require(link.length() <= MAX_LINK && isWebAddress(link),
                "'media.link' must be an http or https address of the file (at most " + MAX_LINK + " characters)");
        require(!media.has("caption") || media.get("caption").isTextual()
                && media.get("caption").asText().length() <= MAX_CAPTION,
                "'media.caption' must be a text of at most " + MAX_CAPTION + " characters");
        require(!"audio".equals(type) || !media.has("caption"), "Audio messages cannot have a caption");
        require(media.path("filename").asText("").length() <= MAX_FILE_NAME,
                "'media.filename' must be at most " + MAX_FILE_NAME + " characters");
        require(media.path("mimeType").asText("").length() <= MAX_MIME_TYPE,
                "'media.mimeType' must be at most " + MAX_MIME_TYPE + " characters");
        for (var field : (Iterable<String>) media::fieldNames) {
            require(Set.of("link", "caption", "filename", "mimeType").contains(field),
                    "'media." + field + "' is not a field of a media message (link, caption, filename, mimeType)");
        }
    }

    private void checkInteractive(String channel) {
        require(!"EVOLUTION".equals(channel), "Interactive messages need a Cloud API number; this conversation "
                + "is on an Evolution number, which sends text and media only");
        require(interactive != null && interactive.isObject(), "An interactive message needs 'interactive'");
        String kind = interactive.path("type").asText("");
        require(Set.of("button", "list").contains(kind), "'interactive.type' must be 'button' or 'list'");
        String body = interactive.path("body").path("text").asText("");
        require(!body.isBlank() && body.length() <= 1024,
                "'interactive.body.text' is required (at most 1024 characters)");
        JsonNode action = interactive.path("action");
        if ("button".equals(kind)) {
            JsonNode buttons = action.path("buttons");
            require(buttons.isArray() && buttons.size() >= 1 && buttons.size() <= 3,
                    "'interactive.action.buttons' must list 1 to 3 reply buttons");
            buttons.forEach(b -> require(!b.path("reply").path("id").asText("").isBlank()
                    && b.path("reply").path("title").asText("").length() <= 20
                    && !b.path("reply").path("title").asText("").isBlank(),
                    "each button needs 'reply.id' and a 'reply.title' of at most 20 characters"));
        } else {
            require(!action.path("button").asText("").isBlank(), "'interactive.action.button' (the list's button "
                    + "label) is required");
            JsonNode sections = action.path("sections");
            require(sections.isArray() && sections.size() >= 1 && sections.size() <= 10,
                    "'interactive.action.sections' must list 1 to 10 sections");
            sections.forEach(s -> require(s.path("rows").isArray() && s.path("rows").size() >= 1,
                    "each section needs at least one row"));
        }
    }

    private void checkTemplate(String channel) {
        require(!"EVOLUTION".equals(channel), "Templates are a Cloud API feature; this conversation is on an "
                + "Evolution number, which has no 24-hour window: send a text instead");
        require(template != null && template.isObject(), "A template message needs 'template'");
        require(template.path("name").asText("").matches("[a-z0-9_]{1,512}"),
                "'template.name' must be the approved template's name (lower case, digits and _)");
        require(template.path("language").path("code").asText("").matches("[a-z]{2,3}(_[A-Z]{2})?"),
                "'template.language.code' must be a language code such as en_US");
        require(!template.has("components") || template.get("components").isArray(),
                "'template.components' must be a list");
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw ProblemException.unprocessable(problem);
        }
    }
}
