package com.waplatform.message.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads a message's stored content (a JSON text) into a {@link MessageContent}: the parts of a message sent through
 * the platform ({@code media}, {@code interactive}, {@code template}) by {@link SentContent}, anything else as the
 * provider gave it by {@link ProviderContent}. Storage stays as it is; this runs each time a message is shown.
 */
final class MessageContents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SENT_PARTS = Set.of("media", "interactive", "template");

    private MessageContents() {
    }

    /** Null for a text message, no content, or content that is not JSON or not of a known shape: never throws. */
    static MessageContent read(String type, String stored) {
        if (type == null || "text".equals(type) || stored == null || stored.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(stored);
            if (node == null || !(node.isObject() || node.isArray())) {
                return null;
            }
            MessageContent content = isSent(node) ? SentContent.read(node) : ProviderContent.read(type, node);
            return content == null || content.holdsNothing() ? null : content;
        } catch (Exception e) {
            return null;
        }
    }

    /** Content the platform stored for a send: an object of only {@code media}, {@code interactive}, {@code template}. */
    private static boolean isSent(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!SENT_PARTS.contains(names.next())) {
                return false;
            }
        }
        return true;
    }

    /** The first of these fields holding a non-blank text. */
    static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.path(name);
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    /** The first of these fields holding a number, or a text that is one. */
    static Double number(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.path(name);
            if (value.isNumber()) {
                return value.asDouble();
            }
            if (value.isTextual()) {
                try {
                    return Double.valueOf(value.asText().trim());
                } catch (NumberFormatException e) {
                    // not a number: try the next name
                }
            }
        }
        return null;
    }

    /** A positive whole number: a JSON number, a text of digits, or protobuf's {@code {low, high}} long. */
    static Long count(JsonNode value) {
        long n;
        if (value.isIntegralNumber()) {
            n = value.asLong();
        } else if (value.isTextual() && value.asText().matches("\\d{1,18}")) {
            n = Long.parseLong(value.asText());
        } else if (value.isObject() && value.path("low").isIntegralNumber()) {
            n = (value.path("high").asLong(0) << 32) | (value.path("low").asLong() & 0xffffffffL);
        } else {
            return null;
        }
        return n > 0 ? n : null;
    }

    /** The first field of an object whose name is a key of {@code kinds}, as that entry; null if none. */
    static Map.Entry<String, JsonNode> firstOf(JsonNode node, Set<String> kinds) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (kinds.contains(field.getKey()) && field.getValue().isObject()) {
                return field;
            }
        }
        return null;
    }
}
