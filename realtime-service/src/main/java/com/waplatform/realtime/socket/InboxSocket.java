package com.waplatform.realtime.socket;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.waplatform.realtime.config.RealtimeConfig;
import com.waplatform.realtime.messaging.LiveAssignment;
import com.waplatform.realtime.presence.Presence;
import com.waplatform.realtime.resume.EventLog;
import com.waplatform.realtime.resume.Position;
import com.waplatform.realtime.service.LiveSocket;
import com.waplatform.realtime.service.LiveSocket.SocketOwner;
import com.waplatform.realtime.service.SocketCursor;
import com.waplatform.realtime.service.SocketMetrics;
import com.waplatform.realtime.service.TenantSockets;
import com.waplatform.web.AccessRevocations;
import com.waplatform.web.TenantDirectory;
import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.jboss.logging.Logger;

/**
 * {@code /ws}: live updates of the caller's tenant, on a plain Vert.x socket. The upgrade needs a valid access token
 * ({@link SocketUpgrade}: checked once, before the upgrade; only its claims are kept); the tenant comes from its
 * {@code tenant_id}. A token revoked since it was issued (user disabled, role changed) is refused, and so is a
 * socket over the user's or the tenant's limit; every refusal closes with 1008 and says why.
 * {@code ?resume=<position>} (the position of the last event the client got) has the events since then replayed
 * before the live ones.
 */
@ApplicationScoped
public class InboxSocket {

    private static final Logger LOG = Logger.getLogger(InboxSocket.class);

    /** Close code when the socket's token expires: not a refusal, the client reconnects at once with a fresh one. */
    static final int TOKEN_EXPIRED = 4401;
    /** Close code of a socket that came before the instance reads its live events: try again (later). */
    static final int STARTING = 1013;
    static final String EXPIRED = "Your sign-in token expired; reconnect with a fresh one";
    /** Before the token's expiry, so that this close comes first. */
    private static final long EXPIRY_MARGIN_MS = 500;

    private final SocketUpgrade upgrade;
    private final TenantSockets sockets;
    private final TenantDirectory directory;
    private final AccessRevocations revocations;
    private final EventLog log;
    private final ClientFrames clientFrames;
    private final SocketCursor.Limits limits;
    private final Vertx vertx;
    private final Presence presence;
    private final LiveAssignment liveAssignment;
    private final SocketMetrics metrics;

    InboxSocket(SocketUpgrade upgrade, TenantSockets sockets, TenantDirectory directory,
            AccessRevocations revocations, EventLog log, RealtimeConfig config, ClientFrames clientFrames, Vertx vertx,
            Presence presence, LiveAssignment liveAssignment, SocketMetrics metrics) {
        this.upgrade = upgrade;
        this.metrics = metrics;
        this.liveAssignment = liveAssignment;
        this.clientFrames = clientFrames;
        this.vertx = vertx;
        this.presence = presence;
        this.log = log;
        this.limits = new SocketCursor.Limits(config.resume().bufferLimit(), config.sockets().maxUnsent(),
                config.resume().stallLimit());
        this.sockets = sockets;
        this.directory = directory;
        this.revocations = revocations;
    }

    void route(@Observes Router router) {
        router.get("/ws").handler(context -> upgrade.upgrade(context, this::opened));
    }

    /** The upgrade is done: the socket is refused (closed with why), or admitted and started. */
    private void opened(ServerWebSocket socket, SocketUpgrade.Caller caller) {
        SocketOwner owner = caller.owner();
        if (owner.tenantId() == null || owner.tenantId().isBlank() || owner.userId() == null) {
            refuse(socket, "Your account is not part of a tenant");
            return;
        }
        if (!liveAssignment.live()) { // just started: the live events are not read yet
            socket.close((short) STARTING, "Starting; reconnect in a moment");
            return;
        }
        if (directory.blocked(owner.tenantId())) {
            refuse(socket, "Your organization's account is suspended");
            return;
        }
        LiveSocket live = new LiveSocket(socket, Vertx.currentContext(), owner, limits, metrics);
        socket.closeHandler(closed -> closed(live));
        socket.exceptionHandler(failure -> LOG.debugf("socket failure: %s", failure.getMessage()));
        revocations.revoked(owner.userId(), owner.issuedAt()).subscribe().with(
                revoked -> live.eventLoop().runOnContext(ignored -> admit(socket, live, caller, revoked)),
                failure -> live.eventLoop().runOnContext(ignored -> admit(socket, live, caller, false)));
    }

    private void admit(ServerWebSocket socket, LiveSocket live, SocketUpgrade.Caller caller, boolean revoked) {
        if (!live.isOpen()) {
            return;
        }
        if (revoked) {
            live.close(TenantSockets.POLICY, TenantSockets.REVOKED);
            return;
        }
        SocketCursor cursor = live.cursor();
        if (caller.scope() != null) { // narrowed from the start, replay included
            ClientFrames.subscribe(cursor, JsonNodeFactory.instance.objectNode().put("scope", caller.scope())
                    .put("conversationId", caller.conversationId()));
        }
        Optional<String> refusal = sockets.admit(live);
        if (refusal.isPresent()) {
            live.close(TenantSockets.POLICY, refusal.get());
            return;
        }
        live.expiresWith(vertx.setTimer(Math.max(1, caller.expiresAt() - EXPIRY_MARGIN_MS
                - System.currentTimeMillis()), id -> live.close(TOKEN_EXPIRED, EXPIRED)));
        socket.textMessageHandler(message -> {
            cursor.heard();
            clientFrames.said(live, message).subscribe().with(ok -> { }, failure -> { });
        });
        socket.pongHandler(pong -> cursor.heard());
        presence.opened(live.tenantId(), live.userId(), live.name(), live.admin(), cursor);
        Optional<Position> resumeFrom = Position.parse(caller.resume());
        // registered first, so that no live event falls between the history read and the socket; the start is
        // sent from the socket's own event loop: the history readers go on to the next tenant
        log.start(live.tenantId(), resumeFrom, cursor::open)
                .emitOn(task -> live.eventLoop().runOnContext(ignored -> task.run()))
                .subscribe().with(start -> {
                    metrics.started(start);
                    cursor.started(start);
                }, failure -> {
                    if (!(failure instanceof CancellationException)) {
                        LOG.warnf("the history of tenant %s cannot be read: %s", live.tenantId(), failure.toString());
                        metrics.startedWithoutHistory();
                        cursor.startedWithoutHistory();
                    }
                });
    }

    private void closed(LiveSocket live) {
        long timer = live.expiryTimer();
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (sockets.remove(live)) {
            presence.closed(live.tenantId(), live.userId());
        }
    }

    private static void refuse(ServerWebSocket socket, String reason) {
        socket.close((short) TenantSockets.POLICY, reason);
    }
}
