package com.waplatform.realtime.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.realtime.config.RealtimeConfig;
import com.waplatform.realtime.presence.Activity;
import com.waplatform.realtime.presence.ActivityRelay;
import com.waplatform.realtime.resume.EventLog;
import com.waplatform.realtime.resume.Position;
import com.waplatform.realtime.service.SocketCursor;
import com.waplatform.realtime.service.TenantSockets;
import com.waplatform.web.AccessRevocations;
import com.waplatform.web.TenantDirectory;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.net.URLDecoder;
import java.util.Optional;
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

    private final TenantSockets sockets;
    private final JsonWebToken token;
    private final TenantDirectory directory;
    private final SecurityIdentity identity;
    private final AccessRevocations revocations;
    private final EventLog log;
    private final ActivityRelay activities;
    private final ObjectMapper objectMapper;
    private final int bufferLimit;
    private final int maxUnsent;

    public InboxSocket(TenantSockets sockets, JsonWebToken token, TenantDirectory directory,
            SecurityIdentity identity, AccessRevocations revocations, EventLog log, RealtimeConfig config,
            ActivityRelay activities, ObjectMapper objectMapper) {
        this.activities = activities;
        this.objectMapper = objectMapper;
        this.log = log;
        this.bufferLimit = config.resume().bufferLimit();
        this.maxUnsent = config.sockets().maxUnsent();
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
        if (directory.blocked(tenant)) {
            return refuse(connection, "Your organization's account is suspended");
        }
        boolean admin = identity.hasRole("tenant-admin");
        long issuedAt = token.getIssuedAtTime();
        Optional<Position> resumeFrom = Position.parse(resumeFrom(connection));
        return revocations.revoked(user, issuedAt).flatMap(revoked -> {
            if (revoked) {
                return refuse(connection, TenantSockets.REVOKED);
            }
            connection.userData().put(ISSUED_AT, issuedAt);
            connection.userData().put(TENANT_KEY, tenant);
            connection.userData().put(USER_KEY, user);
            connection.userData().put(NAME_KEY, displayName());
            SocketCursor cursor = new SocketCursor(connection, tenant, admin, bufferLimit, maxUnsent);
            return sockets.admit(tenant, user, connection, cursor).map(reason -> refuse(connection, reason))
                    .orElseGet(() -> {
                        // registered first, so that no live event falls between the history read and the socket
                        log.start(tenant, resumeFrom, cursor::open).subscribe().with(cursor::started, failure -> {
                            if (!(failure instanceof CancellationException)) {
                                LOG.warnf("the history of tenant %s cannot be read: %s", tenant, failure.toString());
                                cursor.startedWithoutHistory();
                            }
                        });
                        return Uni.createFrom().voidItem();
                    });
        });
    }

    /**
     * What the client says: {@code {"type":"viewing|typing|left","conversationId":…}} goes to the other sockets of
     * its tenant (at most one of a kind a second per socket); anything else is ignored.
     */
    @OnTextMessage
    public Uni<Void> said(WebSocketConnection connection, String message) {
        String tenant = connection.userData().get(TENANT_KEY);
        String user = connection.userData().get(USER_KEY);
        if (tenant == null || message.length() > Activity.MAX_FRAME) {
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
        return Activity.fromClient(frame, tenant, user, connection.userData().get(NAME_KEY))
                .filter(activity -> notTooOften(connection, activity.kind()))
                .map(activities::publish).orElseGet(() -> Uni.createFrom().voidItem());
    }

    private static boolean notTooOften(WebSocketConnection connection, String kind) {
        UserData.TypedKey<Long> key = UserData.TypedKey.forLong("activity-" + kind);
        long now = System.currentTimeMillis();
        Long last = connection.userData().get(key);
        if (last != null && now - last < 1000) {
            return false;
        }
        connection.userData().put(key, now);
        return true;
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        String tenant = connection.userData().get(TENANT_KEY);
        String user = connection.userData().get(USER_KEY);
        if (tenant != null && user != null) {
            sockets.remove(tenant, user, connection);
        }
    }

    /** The position the client came back with ({@code /ws?resume=<position>}); anything unreadable is none. */
    static String resumeFrom(WebSocketConnection connection) {
        String query = connection.handshakeRequest().query();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("resume=")) {
                try {
                    return URLDecoder.decode(pair.substring("resume=".length()), StandardCharsets.UTF_8);
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
