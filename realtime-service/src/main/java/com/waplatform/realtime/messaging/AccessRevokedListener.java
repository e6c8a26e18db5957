package com.waplatform.realtime.messaging;

import com.waplatform.realtime.config.RealtimeConfig;
import com.waplatform.realtime.service.TenantSockets;
import com.waplatform.realtime.socket.InboxSocket;
import com.waplatform.web.AccessRevocations;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;

/**
 * Closes the sockets of a user whose access tenant-service revoked (disabled, or given another role): at once
 * when the revocation is announced on Redis, and by a periodic check of every socket in case an announcement was
 * missed.
 */
@ApplicationScoped
public class AccessRevokedListener {

    private final AccessRevocations revocations;
    private final TenantSockets sockets;
    private final Vertx vertx;
    private final Duration sweep;

    public AccessRevokedListener(AccessRevocations revocations, TenantSockets sockets, Vertx vertx,
            RealtimeConfig config) {
        this.revocations = revocations;
        this.sockets = sockets;
        this.vertx = vertx;
        this.sweep = config.revocationSweep();
    }

    void listen(@Observes StartupEvent started) {
        revocations.listen(sockets::closeUser);
        vertx.setPeriodic(sweep.toMillis(), timer -> sweepOpenSockets());
    }

    /** Checks each open socket's token against its user's last revocation; closes the revoked ones. */
    void sweepOpenSockets() {
        sockets.forEachSocket((user, socket) -> {
            Long issuedAt = socket.userData().get(InboxSocket.ISSUED_AT);
            if (issuedAt != null) {
                revocations.revoked(user, issuedAt).subscribe().with(revoked -> {
                    if (revoked) {
                        sockets.closeRevoked(socket);
                    }
                }, failure -> { });
            }
        });
    }
}
