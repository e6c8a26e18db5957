package com.waplatform.web.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The NUL character (U+0000): valid in JSON and URLs, but PostgreSQL cannot store it in text. Input from
 * people and their tools is refused with 400 naming the field; text from customers is kept without it.
 */
public final class Nul {

    public static final String REFUSED = "must not contain the NUL character (\\u0000)";

    private Nul() {
    }

    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }

    /** A copy of the JSON without NUL characters in its texts and field names (the same node when it has none). */
    public static JsonNode removedFrom(JsonNode node) {
        if (node == null || !node.toString().contains("\\u0000")) {
            return node;
        }
        return strip(node);
    }

    private static JsonNode strip(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(removed(node.textValue()));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> copy.set(removed(field.getKey()), strip(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(strip(item)));
            return copy;
        }
        return node;
    }

    /** The text without its NUL characters (the same instance when it has none). */
    public static String removed(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }
}
