package com.waplatform.realtime.presence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Someone of a tenant viewing a conversation, typing in it, or leaving it: what the other agents see so that two
 * of them do not answer the same customer at once. Ephemeral: never stored, never replayed.
 */
public record Activity(String tenantId, String userId, String name, String kind, UUID conversationId) {

    private static final Set<String> KINDS = Set.of("viewing", "typing", "left");
    /** A frame from a client longer than this is not an activity (ignored). */
    public static final int MAX_FRAME = 512;

    /** What the client sent, {@code {"type":"viewing|typing|left","conversationId":…}}, if it is an activity. */
    public static Optional<Activity> fromClient(JsonNode frame, String tenantId, String userId, String name) {
        String kind = frame.path("type").asText();
        if (!KINDS.contains(kind)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Activity(tenantId, userId, name, kind,
                    UUID.fromString(frame.path("conversationId").asText())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The frame the tenant's sockets get. */
    public String frame() {
        return JsonNodeFactory.instance.objectNode().put("type", "activity").put("activity", kind)
                .put("userId", userId).put("name", name).put("conversationId", conversationId.toString())
                .toString();
    }

    /** What travels between replicas (the frame and the tenant). */
    public String relayed() {
        return JsonNodeFactory.instance.objectNode().put("tenantId", tenantId).put("frame", frame()).toString();
    }
}
