package com.waplatform.realtime.service;

import com.waplatform.realtime.config.RealtimeConfig;
import com.waplatform.realtime.resume.LoggedEvent;
import com.waplatform.web.TenantDirectory;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sockets of this instance, by tenant and by user. An event is only ever sent to its own tenant's
 * sockets; a user and a tenant (within its plan, {@link TenantSocketLimit}) may hold a bounded number of them (the
 * one over the limit is refused).
 */
@ApplicationScoped
public class TenantSockets {


    /** Why the sockets of a disabled (or re-roled) user are closed. */
    public static final String REVOKED = "Your access has changed; sign in again";

    /** Close code of every refusal or forced close (policy violation). */
    public static final int POLICY = 1008;
    /** Close code when the client should simply reconnect (service restart). */
    static final int RESTART = 1012;

    private final Map<String, Set<WebSocketConnection>> byTenant = new ConcurrentHashMap<>();
    private final Map<String, Set<WebSocketConnection>> byUser = new ConcurrentHashMap<>();
    /** Connection id → what the socket has been given. */
    private final Map<String, SocketCursor> cursors = new ConcurrentHashMap<>();
    private final RealtimeConfig.Sockets limits;
    private final TenantDirectory tenants;

    public TenantSockets(RealtimeConfig config, TenantDirectory tenants) {
        this.limits = config.sockets();
        this.tenants = tenants;
    }

    /** Adds the socket unless its user or tenant already holds as many as allowed; else why it is refused. */
    public synchronized Optional<String> admit(String tenantId, String userId, WebSocketConnection connection,
            SocketCursor cursor) {
        if (size(byUser.get(userId)) >= limits.perUser()) {
            return Optional.of("Too many open connections for your user (at most " + limits.perUser()
                    + "); close another tab or window");
        }
        int tenantLimit = TenantSocketLimit.of(tenants.find(tenantId), limits.perUser(), limits.perTenant());
        if (size(byTenant.get(tenantId)) >= tenantLimit) {
            return Optional.of("Too many open connections for your organization (at most " + tenantLimit
                    + "); try again later");
        }
        cursors.put(connection.id(), cursor);
        byTenant.computeIfAbsent(tenantId, t -> ConcurrentHashMap.newKeySet()).add(connection);
        byUser.computeIfAbsent(userId, u -> ConcurrentHashMap.newKeySet()).add(connection);
        return Optional.empty();
    }

    public synchronized void remove(String tenantId, String userId, WebSocketConnection connection) {
        forget(byTenant, tenantId, connection);
        forget(byUser, userId, connection);
        cursors.remove(connection.id());
    }

    /** What the socket has been given (null once it is gone). */
    public SocketCursor cursorOf(WebSocketConnection connection) {
        return cursors.get(connection.id());
    }

    /** How many sockets are open here. */
    public double count() {
        return cursors.size();
    }

    /** Whether the user still has a socket here. */
    public boolean holds(String userId) {
        return size(byUser.get(userId)) > 0;
    }

    /** Gives a live event to every open socket of its tenant (each cursor decides whether and when). */
    public void broadcast(String tenantId, LoggedEvent event) {
        forEachOpen(tenantId, cursor -> cursor.live(event));
    }

    /** Sends an ephemeral frame (an agent's activity) to every started socket of the tenant; no position. */
    public void broadcastEphemeral(String tenantId, String frame) {
        forEachOpen(tenantId, cursor -> cursor.ephemeral(frame));
    }

    /** Gives the tenant's online list to its sockets (those that have it already skip it). */
    public void broadcastPresence(String tenantId, String frame) {
        forEachOpen(tenantId, cursor -> cursor.presence(frame));
    }

    private void forEachOpen(String tenantId, java.util.function.Consumer<SocketCursor> action) {
        Set<WebSocketConnection> sockets = byTenant.get(tenantId);
        if (sockets == null) {
            return;
        }
        for (WebSocketConnection socket : sockets) {
            SocketCursor cursor = cursors.get(socket.id());
            if (cursor != null && socket.isOpen()) {
                action.accept(cursor);
            }
        }
    }

    /** Closes every socket of the user (disabled, or given another role): they sign in again, or cannot. */
    public void closeUser(String userId) {
        Set<WebSocketConnection> open = byUser.get(userId);
        if (open != null) {
            close(open, REVOKED);
        }
    }

    /** Calls {@code action} with every open socket and its user. */
    public void forEachSocket(java.util.function.BiConsumer<String, WebSocketConnection> action) {
        byUser.forEach((user, open) -> open.forEach(socket -> action.accept(user, socket)));
    }

    /** Calls {@code action} with every socket and what it has been given. */
    public void forEachCursor(java.util.function.BiConsumer<WebSocketConnection, SocketCursor> action) {
        byTenant.values().forEach(open -> open.forEach(socket -> {
            SocketCursor cursor = cursors.get(socket.id());
            if (cursor != null) {
                action.accept(socket, cursor);
            }
        }));
    }

    /** Closes one socket whose token was revoked. */
    public void closeRevoked(WebSocketConnection socket) {
        close(List.of(socket), REVOKED);
    }

    /** Closes every socket of the tenant with 1012 (service restart): the clients reconnect and resume. */
    public void closeTenant(String tenantId, String reason) {
        Set<WebSocketConnection> open = byTenant.get(tenantId);
        if (open != null) {
            List.copyOf(open).forEach(socket -> socket.close(new CloseReason(RESTART, reason))
                    .subscribe().with(ok -> { }, failure -> { }));
        }
    }

    /** A tenant that stops being active loses its live connections at once. */
    void closeWhenBlocked(@Observes TenantDirectory.StatusChanged change) {
        if (change.tenant().active()) {
            return;
        }
        Set<WebSocketConnection> open = byTenant.get(change.tenant().tenantId());
        if (open != null) {
            close(open, "Your organization's account is suspended");
        }
    }

    private static void close(Collection<WebSocketConnection> sockets, String reason) {
        // a copy: each close removes the socket from the sets (OnClose)
        List.copyOf(sockets).forEach(socket -> socket.close(new CloseReason(POLICY, reason))
                .subscribe().with(ok -> { }, failure -> { }));
    }

    private static int size(Set<WebSocketConnection> sockets) {
        return sockets == null ? 0 : sockets.size();
    }

    private static void forget(Map<String, Set<WebSocketConnection>> index, String key,
            WebSocketConnection connection) {
        index.computeIfPresent(key, (k, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }
}
