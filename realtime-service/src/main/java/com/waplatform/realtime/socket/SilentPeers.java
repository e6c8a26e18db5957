package com.waplatform.realtime.socket;

import com.waplatform.realtime.config.RealtimeConfig;
import com.waplatform.realtime.service.TenantSockets;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Dead peers (a laptop closed, a network gone without a FIN) are found by the pings every socket gets
 * ({@code quarkus.websockets-next.server.auto-ping-interval}): a socket that has answered nothing — no pong, no
 * frame — for {@code realtime.sockets.silence-limit} is closed with 1001, so it costs nothing more (a live client that
 * was only slow reconnects and resumes).
 */
@ApplicationScoped
class SilentPeers {

    static final int GOING_AWAY = 1001;
    private static final Logger LOG = Logger.getLogger(SilentPeers.class);

    private final TenantSockets sockets;
    private final Vertx vertx;
    private final Duration limit;

    SilentPeers(TenantSockets sockets, Vertx vertx, RealtimeConfig config) {
        this.sockets = sockets;
        this.vertx = vertx;
        this.limit = config.sockets().silenceLimit();
    }

    void start(@Observes StartupEvent started) {
        vertx.setPeriodic(Math.max(1000, limit.toMillis() / 3), timer -> closeSilent());
    }

    private void closeSilent() {
        long before = System.currentTimeMillis() - limit.toMillis();
        sockets.forEachCursor((socket, cursor) -> {
            if (cursor.lastHeard() < before && socket.isOpen()) {
                LOG.debugf("closing a socket silent for over %s", limit);
                socket.close(new CloseReason(GOING_AWAY, "No answer to pings")).subscribe()
                        .with(ok -> { }, failure -> { });
            }
        });
    }
}
