package com.waplatform.realtime.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.waplatform.realtime.presence.Activity;
import com.waplatform.realtime.presence.ActivityRelay;
import com.waplatform.realtime.service.LiveSocket;
import com.waplatform.realtime.service.SocketCursor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * What a client may say on its socket; anything else (or longer than {@link Activity#MAX_FRAME}) is ignored and the
 * socket stays:
 * <ul>
 * <li>{@code {"type":"viewing|typing|left","conversationId":…}} — to the other sockets of its tenant, at most one of
 * a kind a second per socket;</li>
 * <li>{@code {"type":"subscribe","scope":"summaries","conversationId":…|null}} — from then on the full events of that
 * one conversation and summaries of the others; {@code "scope":"all"} — everything again; answered with
 * {@code {"type":"subscribed",…}} once in effect. The same may be asked when connecting,
 * {@code /ws?scope=summaries&conversationId=…}, so that a replay is narrowed too.</li>
 * </ul>
 */
@ApplicationScoped
class ClientFrames {

    private final ActivityRelay activities;
    private final ObjectMapper objectMapper;

    ClientFrames(ActivityRelay activities, ObjectMapper objectMapper) {
        this.activities = activities;
        this.objectMapper = objectMapper;
    }

    Uni<Void> said(LiveSocket socket, String message) {
        if (message.length() > Activity.MAX_FRAME) {
            return Uni.createFrom().voidItem();
        }
        JsonNode frame;
        try {
            frame = objectMapper.readTree(message);
        } catch (Exception e) {
            return Uni.createFrom().voidItem();
        }
        if (frame == null) {
            return Uni.createFrom().voidItem();
        }
        if ("subscribe".equals(frame.path("type").asText())) {
            subscribe(socket.cursor(), frame);
            return Uni.createFrom().voidItem();
        }
        return Activity.fromClient(frame, socket.tenantId(), socket.userId(), socket.name())
                .filter(activity -> socket.activityAllowed(activity.kind(), System.currentTimeMillis()))
                .map(activities::publish).orElseGet(() -> Uni.createFrom().voidItem());
    }

    /** Narrows (or widens) what the socket gets, and says so: {@code {"type":"subscribed",…}} as asked. */
    static void subscribe(SocketCursor cursor, JsonNode frame) {
        String scope = frame.path("scope").asText();
        if ("all".equals(scope)) {
            cursor.narrow(false, null);
            cursor.ephemeral("{\"type\":\"subscribed\",\"scope\":\"all\"}");
        } else if ("summaries".equals(scope)) {
            conversation(frame.path("conversationId")).ifPresent(open -> {
                cursor.narrow(true, open.orElse(null));
                cursor.ephemeral(JsonNodeFactory.instance.objectNode().put("type", "subscribed")
                        .put("scope", "summaries").put("conversationId", open.orElse(null)).toString());
            });
        }
    }

    /** The conversation named: none (null or absent), one (a UUID), or nothing valid. */
    private static Optional<Optional<String>> conversation(JsonNode id) {
        if (id.isMissingNode() || id.isNull()) {
            return Optional.of(Optional.empty());
        }
        try {
            return Optional.of(Optional.of(UUID.fromString(id.asText()).toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
