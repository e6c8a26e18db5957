package com.waplatform.realtime.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventTypes;
import java.util.Set;

/**
 * What a socket narrowed to summaries (the conversation list, plus its one open conversation in full) gets of an
 * event of another conversation: a new message without its text (the list needs that it came and when), the
 * conversation's changes as they are; nothing of what only an open conversation shows (delivery statuses,
 * reactions, media, notes). Worked out once per event, not per socket.
 */
final class Summary {

    private static final Set<String> OPEN_CONVERSATION_ONLY = Set.of(EventTypes.CONVERSATION_MESSAGE_STATUS_CHANGED,
            EventTypes.CONVERSATION_MESSAGE_REACTED, EventTypes.CONVERSATION_MESSAGE_MEDIA);

    private Summary() {
    }

    /** The summary of the event (its JSON as published when that is already one), or null for none. */
    static String of(JsonNode envelope, String json) {
        String type = envelope.path("type").asText();
        JsonNode payload = envelope.path("payload");
        if (OPEN_CONVERSATION_ONLY.contains(type)
                || (EventTypes.CONVERSATION_UPDATED.equals(type) && "note".equals(payload.path("action").asText()))) {
            return null;
        }
        if (EventTypes.CONVERSATION_MESSAGE_CREATED.equals(type) && payload.path("message").isObject()) {
            ObjectNode shorter = envelope.deepCopy();
            ((ObjectNode) shorter.path("payload").path("message")).remove("text");
            return shorter.toString();
        }
        return json;
    }

    /** The conversation an event concerns, or null. */
    static String conversationOf(JsonNode envelope) {
        JsonNode id = envelope.path("payload").path("conversationId");
        return id.isTextual() ? id.asText() : null;
    }
}
