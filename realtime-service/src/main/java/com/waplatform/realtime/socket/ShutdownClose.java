package com.waplatform.realtime.socket;

import com.waplatform.realtime.service.LiveSocket;
import com.waplatform.realtime.service.TenantSockets;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A stopping instance (SIGTERM) closes its sockets with 1012 "service restart" once its shutdown delay
 * ({@code quarkus.shutdown.delay}, readiness DOWN meanwhile) is over: clients reconnect, to another instance, at
 * once. Open sockets would otherwise hold the shutdown until its timeout and then be cut.
 */
@ApplicationScoped
class ShutdownClose {

    static final int SERVICE_RESTART = 1012;
    private static final Logger LOG = Logger.getLogger(ShutdownClose.class);

    private final TenantSockets sockets;
    private final Duration delay;

    ShutdownClose(TenantSockets sockets,
            @ConfigProperty(name = "quarkus.shutdown.delay", defaultValue = "0s") Duration delay) {
        this.sockets = sockets;
        this.delay = delay;
    }

    void closeAfterTheDelay(@Observes ShutdownDelayInitiatedEvent event) {
        Uni<Void> afterTheDelay = Uni.createFrom().voidItem();
        if (!delay.isZero() && !delay.isNegative()) { // (a zero delay cannot be given to delayIt)
            afterTheDelay = afterTheDelay.onItem().delayIt().by(delay);
        }
        afterTheDelay.subscribe().with(nothing -> {
            List<LiveSocket> open = new ArrayList<>();
            sockets.forEachSocket(open::add);
            LOG.infof("shutting down: closing %d socket(s) with %d", open.size(), SERVICE_RESTART);
            open.forEach(socket -> socket.close(SERVICE_RESTART, "service restart"));
        });
    }
}
