package com.waplatform.realtime.service;

import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * One open socket and whose it is: what was read from its token at the upgrade (the token itself is not kept), what
 * it has been given ({@link SocketCursor}), and the Vert.x socket it is written to. Nothing else of the upgrade
 * request stays with it.
 */
public final class LiveSocket {

    private final ServerWebSocket socket;
    private final SocketOwner owner;
    private final SocketCursor cursor;
    /** The event loop the socket is served on (its root context): live events are given to it there. */
    private final Context eventLoop;
    /** The timer that closes it when its token expires (-1: none). */
    private long expiryTimer = -1;
    /** When the client last said each kind of activity (epoch millis); null until it says one. */
    private Map<String, Long> lastActivity;

    /** Who opened a socket: from the claims of the token checked at the upgrade. */
    public record SocketOwner(String tenantId, String userId, String name, boolean admin, long issuedAt) {
    }

    /** A socket opened on {@code context}'s event loop. */
    public LiveSocket(ServerWebSocket socket, Context context, SocketOwner owner, SocketCursor.Limits limits,
            SocketMetrics metrics) {
        this.socket = socket;
        this.eventLoop = VertxContext.getRootContext(context);
        this.owner = owner;
        this.cursor = new SocketCursor(this, limits, metrics);
    }

    public String tenantId() {
        return owner.tenantId();
    }

    public String userId() {
        return owner.userId();
    }

    public String name() {
        return owner.name();
    }

    public boolean admin() {
        return owner.admin();
    }

    /** When its token was issued (epoch seconds), to compare with later revocations. */
    public long issuedAt() {
        return owner.issuedAt();
    }

    public Context eventLoop() {
        return eventLoop;
    }

    public SocketCursor cursor() {
        return cursor;
    }

    public boolean isOpen() {
        return !socket.isClosed();
    }

    /** Writes a text frame; {@code written} is told once it is written (or could not be). */
    void write(String frame, Handler<AsyncResult<Void>> written) {
        socket.writeTextMessage(frame, written);
    }

    /** A ping: a live client answers with a pong ({@link SocketCursor#heard}). */
    public void ping() {
        if (isOpen()) {
            socket.writePing(Buffer.buffer());
        }
    }

    /** Closes it with the code and the reason the client is told (a closed one stays closed). */
    public void close(int code, String reason) {
        if (isOpen()) {
            socket.close((short) code, reason);
        }
    }

    public synchronized void expiresWith(long timer) {
        expiryTimer = timer;
    }

    public synchronized long expiryTimer() {
        return expiryTimer;
    }

    /** Whether an activity of this kind may go out now: at most one of a kind a second per socket. */
    public synchronized boolean activityAllowed(String kind, long now) {
        if (lastActivity == null) {
            lastActivity = new HashMap<>(4);
        }
        Long last = lastActivity.get(kind);
        if (last != null && now - last < 1000) {
            return false;
        }
        lastActivity.put(kind, now);
        return true;
    }
}
