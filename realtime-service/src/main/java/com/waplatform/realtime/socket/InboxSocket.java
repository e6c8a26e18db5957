package com.waplatform.realtime.socket;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.waplatform.realtime.config.RealtimeConfig;
import com.waplatform.realtime.messaging.LiveAssignment;
import com.waplatform.realtime.presence.Presence;
import com.waplatform.realtime.resume.EventLog;
import com.waplatform.realtime.resume.Position;
import com.waplatform.realtime.service.SocketCursor;
import com.waplatform.realtime.service.SocketMetrics;
import com.waplatform.realtime.service.TenantSockets;
import com.waplatform.web.AccessRevocations;
import com.waplatform.web.TenantDirectory;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.net.URLDecoder;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.CancellationException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * {@code /ws}: live updates of the caller's tenant. The upgrade needs a valid access token (Authorization header,
 * or for browsers the {@code quarkus-http-upgrade} subprotocol); the tenant comes from its {@code tenant_id}.
 * A token revoked since it was issued (user disabled, role changed) is refused, and so is a socket over the
 * user's or the tenant's limit; every refusal closes with 1008 and says why. {@code ?resume=<position>} (the
 * position of the last event the client got) has the events since then replayed before the live ones.
 */
@WebSocket(path = "/ws")
@Authenticated
public class InboxSocket {

    private static final Logger LOG = Logger.getLogger(InboxSocket.class);

    static final UserData.TypedKey<String> TENANT_KEY = UserData.TypedKey.forString("tenant");
    static final UserData.TypedKey<String> USER_KEY = UserData.TypedKey.forString("user");
    static final UserData.TypedKey<String> NAME_KEY = UserData.TypedKey.forString("name");
    /** When the socket's token was issued (epoch seconds), to compare with later revocations. */
    public static final UserData.TypedKey<Long> ISSUED_AT = UserData.TypedKey.forLong("issued-at");
    private static final UserData.TypedKey<Long> EXPIRY_TIMER = UserData.TypedKey.forLong("expiry-timer");

    /** Close code when the socket's token expires: not a refusal, the client reconnects at once with a fresh one. */
    static final int TOKEN_EXPIRED = 4401;
    /** Close code of a socket that came before the instance reads its live events: try again (later). */
    static final int STARTING = 1013;
    static final String EXPIRED = "Your sign-in token expired; reconnect with a fresh one";
    /** Before the token's expiry, so that this close comes first (the server's own would be a 1008 refusal). */
    private static final long EXPIRY_MARGIN_MS = 500;

    private final TenantSockets sockets;
    private final JsonWebToken token;
    private final TenantDirectory directory;
    private final SecurityIdentity identity;
    private final AccessRevocations revocations;
    private final EventLog log;
    private final ClientFrames clientFrames;
    private final SocketCursor.Limits limits;
    private final Vertx vertx;
    private final Presence presence;
    private final LiveAssignment liveAssignment;
    private final SocketMetrics metrics;

    public InboxSocket(TenantSockets sockets, JsonWebToken token, TenantDirectory directory,
            SecurityIdentity identity, AccessRevocations revocations, EventLog log, RealtimeConfig config,
            ClientFrames clientFrames, Vertx vertx, Presence presence, LiveAssignment liveAssignment,
            SocketMetrics metrics) {
        this.metrics = metrics;
        this.liveAssignment = liveAssignment;
        this.clientFrames = clientFrames;
        this.vertx = vertx;
        this.presence = presence;
        this.log = log;
        this.limits = new SocketCursor.Limits(config.resume().bufferLimit(), config.sockets().maxUnsent(),
                config.resume().stallLimit());
        this.sockets = sockets;
        this.token = token;
        this.directory = directory;
        this.identity = identity;
        this.revocations = revocations;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        Object claim = token.getClaim("tenant_id");
        String user = token.getSubject();
        if (claim == null || claim.toString().isBlank() || user == null) {
            return refuse(connection, "Your account is not part of a tenant");
        }
        String tenant = claim.toString();
        if (!liveAssignment.live()) { // just started: the live events are not read yet
            return connection.close(new CloseReason(STARTING, "Starting; reconnect in a moment"));
        }
        if (directory.blocked(tenant)) {
            return refuse(connection, "Your organization's account is suspended");
        }
        boolean admin = identity.hasRole("tenant-admin");
        long issuedAt = token.getIssuedAtTime();
        Optional<Position> resumeFrom = Position.parse(queryParam(connection, "resume"));
        Executor onSocketThread = onThisContext();
        return revocations.revoked(user, issuedAt).flatMap(revoked -> {
            if (revoked) {
                return refuse(connection, TenantSockets.REVOKED);
            }
            connection.userData().put(ISSUED_AT, issuedAt);
            connection.userData().put(TENANT_KEY, tenant);
            connection.userData().put(USER_KEY, user);
            connection.userData().put(NAME_KEY, displayName());
            SocketCursor cursor = new SocketCursor(connection, tenant, admin, limits, metrics);
            String scope = queryParam(connection, "scope");
            if (scope != null) { // narrowed from the start, replay included
                ClientFrames.subscribe(cursor, JsonNodeFactory.instance.objectNode().put("scope", scope)
                        .put("conversationId", queryParam(connection, "conversationId")));
            }
            return sockets.admit(tenant, user, connection, cursor).map(reason -> refuse(connection, reason))
                    .orElseGet(() -> {
                        closeAtExpiry(connection);
                        presence.opened(tenant, user, connection.userData().get(NAME_KEY), admin, cursor);
                        // registered first, so that no live event falls between the history read and the socket
                        // sent from the socket's own event loop: the history readers go on to the next tenant
                        log.start(tenant, resumeFrom, cursor::open).emitOn(onSocketThread)
                                .subscribe().with(start -> {
                                    metrics.started(start);
                                    cursor.started(start);
                                }, failure -> {
                                    if (!(failure instanceof CancellationException)) {
                                        LOG.warnf("the history of tenant %s cannot be read: %s", tenant,
                                                failure.toString());
                                        metrics.startedWithoutHistory();
                                        cursor.startedWithoutHistory();
                                    }
                                });
                        return Uni.createFrom().voidItem();
                    });
        });
    }

    /** Runs tasks on the socket's Vert.x context (its event loop), or in place when there is none. */
    private static Executor onThisContext() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }

    /** What the client says (an activity, a narrowing): see {@link ClientFrames}. */
    @OnTextMessage
    public Uni<Void> said(WebSocketConnection connection, String message) {
        String tenant = connection.userData().get(TENANT_KEY);
        SocketCursor cursor = sockets.cursorOf(connection);
        if (tenant == null || cursor == null) {
            return Uni.createFrom().voidItem();
        }
        cursor.heard();
        return clientFrames.said(connection, cursor, tenant, connection.userData().get(USER_KEY),
                connection.userData().get(NAME_KEY), message);
    }

    /** The client answered a ping: it is there ({@link SilentPeers}). */
    @OnPongMessage
    public void pong(WebSocketConnection connection, Buffer data) {
        SocketCursor cursor = sockets.cursorOf(connection);
        if (cursor != null) {
            cursor.heard();
        }
    }

    /** The socket lives as long as its token: then it is closed with 4401 and the client resumes with a new one. */
    private void closeAtExpiry(WebSocketConnection connection) {
        long in = token.getExpirationTime() * 1000 - EXPIRY_MARGIN_MS - System.currentTimeMillis();
        long timer = vertx.setTimer(Math.max(1, in), id -> connection
                .close(new CloseReason(TOKEN_EXPIRED, EXPIRED)).subscribe().with(ok -> { }, failure -> { }));
        connection.userData().put(EXPIRY_TIMER, timer);
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        Long timer = connection.userData().get(EXPIRY_TIMER);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
        String tenant = connection.userData().get(TENANT_KEY);
        String user = connection.userData().get(USER_KEY);
        if (tenant != null && user != null) {
            sockets.remove(tenant, user, connection);
            presence.closed(tenant, user);
        }
    }

    /**
     * A parameter of the address, e.g. the position the client came back with ({@code /ws?resume=<position>});
     * absent or unreadable: null.
     */
    static String queryParam(WebSocketConnection connection, String name) {
        String query = connection.handshakeRequest().query();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                try {
                    return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The name other agents see: the token's {@code name}, else the username. */
    private String displayName() {
        Object name = token.getClaim("name");
        if (name != null && !name.toString().isBlank()) {
            return name.toString();
        }
        Object username = token.getClaim("preferred_username");
        return username != null ? username.toString() : "?";
    }

    private static Uni<Void> refuse(WebSocketConnection connection, String reason) {
        return connection.close(new CloseReason(TenantSockets.POLICY, reason));
    }
}
