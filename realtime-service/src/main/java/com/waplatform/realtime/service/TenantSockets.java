package com.waplatform.realtime.service;

import com.waplatform.web.TenantDirectory;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/** The open sockets of this instance, by tenant. An event is only ever sent to its own tenant's sockets. */
@ApplicationScoped
public class TenantSockets {

    private static final Logger LOG = Logger.getLogger(TenantSockets.class);

    /** Marks a socket whose user administers the tenant (sees QR codes). */
    public static final UserData.TypedKey<Boolean> ADMIN = UserData.TypedKey.forBoolean("tenant-admin");

    private final Map<String, Set<WebSocketConnection>> byTenant = new ConcurrentHashMap<>();

    public void add(String tenantId, WebSocketConnection connection) {
        byTenant.computeIfAbsent(tenantId, t -> ConcurrentHashMap.newKeySet()).add(connection);
    }

    public void remove(String tenantId, WebSocketConnection connection) {
        byTenant.computeIfPresent(tenantId, (t, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /** Sends the frame to every open socket of the tenant; returns how many it went to. */
    public int broadcast(String tenantId, String frame) {
        return broadcast(tenantId, frame, false);
    }

    /** The same, to the tenant's admins only when {@code adminsOnly}. */
    public int broadcast(String tenantId, String frame, boolean adminsOnly) {
        Set<WebSocketConnection> sockets = byTenant.get(tenantId);
        if (sockets == null) {
            return 0;
        }
        int sent = 0;
        for (WebSocketConnection socket : sockets) {
            if (socket.isOpen() && (!adminsOnly || Boolean.TRUE.equals(socket.userData().get(ADMIN)))) {
                socket.sendText(frame).subscribe().with(ok -> { },
                        failure -> LOG.debugf("dropping a frame to a closing socket: %s", failure.getMessage()));
                sent++;
            }
        }
        return sent;
    }

    /** A tenant that stops being active loses its live connections at once. */
    void closeWhenBlocked(@Observes TenantDirectory.StatusChanged change) {
        if (change.tenant().active()) {
            return;
        }
        Set<WebSocketConnection> open = byTenant.remove(change.tenant().tenantId());
        if (open != null) {
            open.forEach(socket -> socket.close(new CloseReason(1008, "Your organization's account is suspended"))
                    .subscribe().with(ok -> { }, failure -> { }));
        }
    }
}
