package com.waplatform.realtime.service;

import com.waplatform.realtime.config.RealtimeConfig;
import com.waplatform.realtime.resume.LoggedEvent;
import com.waplatform.web.TenantDirectory;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

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

    private final Map<String, Set<LiveSocket>> byTenant = new ConcurrentHashMap<>();
    private final Map<String, Set<LiveSocket>> byUser = new ConcurrentHashMap<>();
    private final RealtimeConfig.Sockets limits;
    private final TenantDirectory tenants;

    public TenantSockets(RealtimeConfig config, TenantDirectory tenants) {
        this.limits = config.sockets();
        this.tenants = tenants;
    }

    /** Adds the socket unless its user or tenant already holds as many as allowed; else why it is refused. */
    public synchronized Optional<String> admit(LiveSocket socket) {
        if (size(byUser.get(socket.userId())) >= limits.perUser()) {
            return Optional.of("Too many open connections for your user (at most " + limits.perUser()
                    + "); close another tab or window");
        }
        int tenantLimit = TenantSocketLimit.of(tenants.find(socket.tenantId()), limits.perUser(), limits.perTenant());
        if (size(byTenant.get(socket.tenantId())) >= tenantLimit) {
            return Optional.of("Too many open connections for your organization (at most " + tenantLimit
                    + "); try again later");
        }
        byTenant.computeIfAbsent(socket.tenantId(), t -> ConcurrentHashMap.newKeySet()).add(socket);
        byUser.computeIfAbsent(socket.userId(), u -> ConcurrentHashMap.newKeySet()).add(socket);
        return Optional.empty();
    }

    /** Forgets a closed socket; whether it was here (a refused one never was). */
    public synchronized boolean remove(LiveSocket socket) {
        boolean held = forget(byTenant, socket.tenantId(), socket);
        forget(byUser, socket.userId(), socket);
        return held;
    }

    /** How many sockets are open here. */
    public double count() {
        return byTenant.values().stream().mapToInt(Set::size).sum();
    }

    /** Whether the user still has a socket here. */
    public boolean holds(String userId) {
        return size(byUser.get(userId)) > 0;
    }

    /**
     * Gives a live event to every open socket of its tenant (each cursor decides whether and when): one task per
     * event loop, which gives it to that loop's sockets and writes their frames there, rather than one hand-over per
     * socket from the consumer's thread. A loop runs its tasks in order, so each socket still gets the events in
     * their partition's order.
     */
    public void broadcast(String tenantId, LoggedEvent event) {
        Set<LiveSocket> sockets = byTenant.get(tenantId);
        if (sockets == null) {
            return;
        }
        Map<Context, List<LiveSocket>> byLoop = new IdentityHashMap<>(4);
        for (LiveSocket socket : sockets) {
            byLoop.computeIfAbsent(socket.eventLoop(), loop -> new ArrayList<>()).add(socket);
        }
        byLoop.forEach((loop, onLoop) -> loop.runOnContext(ignored -> {
            for (LiveSocket socket : onLoop) {
                if (socket.isOpen()) {
                    socket.cursor().live(event);
                }
            }
        }));
    }

    /** Sends an ephemeral frame (an agent's activity) to every started socket of the tenant; no position. */
    public void broadcastEphemeral(String tenantId, String frame) {
        forEachOpen(tenantId, cursor -> cursor.ephemeral(frame));
    }

    /** Gives the tenant's online list to its sockets (those that have it already skip it). */
    public void broadcastPresence(String tenantId, String frame) {
        forEachOpen(tenantId, cursor -> cursor.presence(frame));
    }

    private void forEachOpen(String tenantId, Consumer<SocketCursor> action) {
        Set<LiveSocket> sockets = byTenant.get(tenantId);
        if (sockets == null) {
            return;
        }
        for (LiveSocket socket : sockets) {
            if (socket.isOpen()) {
                action.accept(socket.cursor());
            }
        }
    }

    /** Closes every socket of the user (disabled, or given another role): they sign in again, or cannot. */
    public void closeUser(String userId) {
        Set<LiveSocket> open = byUser.get(userId);
        if (open != null) {
            close(open, POLICY, REVOKED);
        }
    }

    /** Calls {@code action} with every socket held here. */
    public void forEachSocket(Consumer<LiveSocket> action) {
        byTenant.values().forEach(open -> open.forEach(action));
    }

    /** Closes one socket whose token was revoked. */
    public void closeRevoked(LiveSocket socket) {
        socket.close(POLICY, REVOKED);
    }

    /** Closes every socket of the tenant with 1012 (service restart): the clients reconnect and resume. */
    public void closeTenant(String tenantId, String reason) {
        Set<LiveSocket> open = byTenant.get(tenantId);
        if (open != null) {
            close(open, RESTART, reason);
        }
    }

    /** A tenant that stops being active loses its live connections at once. */
    void closeWhenBlocked(@Observes TenantDirectory.StatusChanged change) {
        if (change.tenant().active()) {
            return;
        }
        Set<LiveSocket> open = byTenant.get(change.tenant().tenantId());
        if (open != null) {
            close(open, POLICY, "Your organization's account is suspended");
        }
    }

    private static void close(Collection<LiveSocket> sockets, int code, String reason) {
        // a copy: each close removes the socket from the sets
        List.copyOf(sockets).forEach(socket -> socket.close(code, reason));
    }

    private static int size(Set<LiveSocket> sockets) {
        return sockets == null ? 0 : sockets.size();
    }

    private static boolean forget(Map<String, Set<LiveSocket>> index, String key, LiveSocket socket) {
        boolean[] removed = new boolean[1];
        index.computeIfPresent(key, (k, set) -> {
            removed[0] = set.remove(socket);
            return set.isEmpty() ? null : set;
        });
        return removed[0];
    }
}
