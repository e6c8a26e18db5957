package com.waplatform.realtime.socket;

import com.waplatform.realtime.config.RealtimeConfig;
import com.waplatform.realtime.service.LiveSocket;
import com.waplatform.realtime.service.TenantSockets;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Every socket is pinged every {@code realtime.sockets.ping-interval} (one timer for all of them), which keeps idle
 * sockets open through proxies; dead peers (a laptop closed, a network gone without a FIN) answer nothing: a socket
 * that has answered nothing — no pong, no frame — for {@code realtime.sockets.silence-limit} is closed with 1001, so
 * it costs nothing more (a live client that was only slow reconnects and resumes).
 */
@ApplicationScoped
class SilentPeers {

    static final int GOING_AWAY = 1001;
    private static final Logger LOG = Logger.getLogger(SilentPeers.class);

    private final TenantSockets sockets;
    private final Vertx vertx;
    private final Duration limit;
    private final Duration pingInterval;

    SilentPeers(TenantSockets sockets, Vertx vertx, RealtimeConfig config) {
        this.sockets = sockets;
        this.vertx = vertx;
        this.limit = config.sockets().silenceLimit();
        this.pingInterval = config.sockets().pingInterval();
    }

    void start(@Observes StartupEvent started) {
        vertx.setPeriodic(Math.max(1000, limit.toMillis() / 3), timer -> closeSilent());
        vertx.setPeriodic(pingInterval.toMillis(), timer -> sockets.forEachSocket(LiveSocket::ping));
    }

    private void closeSilent() {
        long before = System.currentTimeMillis() - limit.toMillis();
        sockets.forEachSocket(socket -> {
            if (socket.cursor().lastHeard() < before && socket.isOpen()) {
                LOG.debugf("closing a socket silent for over %s", limit);
                socket.close(GOING_AWAY, "No answer to pings");
            }
        });
    }
}
