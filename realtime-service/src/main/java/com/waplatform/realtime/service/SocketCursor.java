package com.waplatform.realtime.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.realtime.resume.EventLog;
import com.waplatform.realtime.resume.LoggedEvent;
import com.waplatform.realtime.resume.Position;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * What one socket has been given. Until its start is known (its history being read) live events are held; then
 * come the hello frame, the replayed history, a {@code caught-up} frame, the held events and the live ones — each
 * event once, in its partition's order: an event at or before the socket's position is never sent again. Every
 * event frame carries the position after it, which the client sends back when it reconnects.
 */
public final class SocketCursor {

    private static final Logger LOG = Logger.getLogger(SocketCursor.class);

    /** Close code when the socket fell too far behind (starting, or a slow client): it reconnects and resumes. */
    static final int TRY_AGAIN_LATER = 1013;
    static final String TOO_SLOW = "Too many events waiting for this connection; reconnect to resume";

    private final WebSocketConnection socket;
    private final String tenantId;
    private final boolean admin;
    private final int bufferLimit;
    private final int maxUnsent;
    /** Frames handed to the socket and not yet written to it. */
    private final AtomicInteger unsent = new AtomicInteger();
    private volatile boolean tooSlow;
    /** Null until started; an epoch of null when the history could not be read (no position is then given). */
    private Position position;
    private List<LoggedEvent> held = new ArrayList<>();

    public SocketCursor(WebSocketConnection socket, String tenantId, boolean admin, int bufferLimit, int maxUnsent) {
        this.maxUnsent = maxUnsent;
        this.socket = socket;
        this.tenantId = tenantId;
        this.admin = admin;
        this.bufferLimit = bufferLimit;
    }

    public boolean admin() {
        return admin;
    }

    /** A live event of the socket's tenant. */
    public synchronized void live(LoggedEvent event) {
        if (!event.audience().includes(admin)) {
            return;
        }
        if (position != null) {
            deliver(event);
        } else if (held != null && held.size() < bufferLimit) {
            held.add(event);
        } else if (held != null) {
            held = null;
            socket.close(new CloseReason(TRY_AGAIN_LATER, "Too many events while connecting; reconnect to resume"))
                    .subscribe().with(ok -> { }, failure -> { });
        }
    }

    /** The socket's start is known: hello, the history, then what was held meanwhile. */
    public synchronized void started(EventLog.Start start) {
        if (held == null) {
            return; // closed for falling behind meanwhile
        }
        ObjectNode hello = JsonNodeFactory.instance.objectNode().put("type", "hello").put("tenantId", tenantId)
                .put("resumed", start.kind() == EventLog.Kind.RESUMED);
        if (start.kind() == EventLog.Kind.RESYNC) {
            hello.put("resync", true); // the position given cannot be replayed: reload through REST
        }
        if (start.kind() == EventLog.Kind.RESUMED) {
            send(hello.toString());
            position = start.from();
            start.replay().stream().filter(e -> e.audience().includes(admin)).forEach(this::deliver);
            position = new Position(position.epoch(), Math.max(position.conversation(), start.now().conversation()),
                    Math.max(position.session(), start.now().session()));
            send("{\"type\":\"caught-up\",\"position\":\"" + position + "\"}");
        } else {
            position = start.now();
            send(hello.put("position", position.toString()).toString());
        }
        List<LoggedEvent> waiting = held;
        held = null;
        waiting.forEach(this::deliver);
    }

    /** The history could not be read (Kafka away): live events from now on, without positions. */
    public synchronized void startedWithoutHistory() {
        if (held == null) {
            return;
        }
        position = new Position(null, -1, -1);
        send("{\"type\":\"hello\",\"tenantId\":\"" + tenantId + "\",\"resumed\":false,\"resync\":true}");
        List<LoggedEvent> waiting = held;
        held = null;
        waiting.forEach(this::deliver);
    }

    private void deliver(LoggedEvent event) {
        if (event.offset() <= position.of(event.stream())) {
            return; // given already (replayed, or before the start)
        }
        position = position.at(event.stream(), event.offset());
        send(position.epoch() == null ? event.json() : withPosition(event.json(), position));
    }

    /** The event with {@code "position"} first: the JSON object's opening brace, the field, the rest as published. */
    static String withPosition(String json, Position position) {
        int brace = json.indexOf('{');
        String rest = json.substring(brace + 1).stripLeading();
        return "{\"position\":\"" + position + "\"" + (rest.startsWith("}") ? "" : ",") + rest;
    }

    private void send(String frame) {
        if (tooSlow || !socket.isOpen()) {
            return;
        }
        if (unsent.incrementAndGet() > maxUnsent) {
            tooSlow = true; // nothing more for it: the client resumes from the last frame it did get
            LOG.debugf("closing a socket of tenant %s: %d frames waiting", tenantId, maxUnsent);
            socket.close(new CloseReason(TRY_AGAIN_LATER, TOO_SLOW)).subscribe().with(ok -> { }, failure -> { });
            return;
        }
        socket.sendText(frame).subscribe().with(ok -> unsent.decrementAndGet(), failure -> {
            unsent.decrementAndGet();
            LOG.debugf("dropping a frame to a closing socket: %s", failure.getMessage());
        });
    }
}
