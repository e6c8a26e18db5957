package com.waplatform.realtime.messaging;

import com.waplatform.realtime.config.RealtimeConfig;
import com.waplatform.realtime.service.LiveSocket;
import com.waplatform.realtime.service.TenantSockets;
import com.waplatform.web.AccessRevocations;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Closes the sockets of a user whose access tenant-service revoked (disabled, or given another role): at once
 * when the revocation is announced on Redis, and by a periodic check of every socket in case an announcement was
 * missed.
 */
@ApplicationScoped
public class AccessRevokedListener {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AccessRevokedListener.class);

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

    /**
     * Checks each open socket's token against its user's last revocation (the users' revocations read in batches of
     * {@value #BATCH}, one Redis round trip each); closes the revoked ones. While Redis is away: next time.
     */
    void sweepOpenSockets() {
        Map<String, List<LiveSocket>> byUser = new HashMap<>();
        sockets.forEachSocket(socket -> byUser.computeIfAbsent(socket.userId(), u -> new ArrayList<>()).add(socket));
        List<String> users = new ArrayList<>(byUser.keySet());
        for (int from = 0; from < users.size(); from += BATCH) {
            revocations.lastRevocations(users.subList(from, Math.min(users.size(), from + BATCH)))
                    .subscribe().with(moments -> moments.forEach((user, moment) -> byUser.get(user).forEach(socket -> {
                        if (socket.issuedAt() <= moment) {
                            sockets.closeRevoked(socket);
                        }
                    })), failure -> LOG.debugf("revocations unavailable for the sweep: %s", failure.getMessage()));
        }
    }
}
