package com.waplatform.realtime.socket;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
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

    private final OpenConnections connections;
    private final Duration delay;

    ShutdownClose(OpenConnections connections,
            @ConfigProperty(name = "quarkus.shutdown.delay", defaultValue = "0s") Duration delay) {
        this.connections = connections;
        this.delay = delay;
    }

    void closeAfterTheDelay(@Observes ShutdownDelayInitiatedEvent event) {
        Uni<Void> afterTheDelay = Uni.createFrom().voidItem();
        if (!delay.isZero() && !delay.isNegative()) { // (a zero delay cannot be given to delayIt)
            afterTheDelay = afterTheDelay.onItem().delayIt().by(delay);
        }
        afterTheDelay.subscribe().with(nothing -> {
            List<WebSocketConnection> open = List.copyOf(connections.listAll());
            LOG.infof("shutting down: closing %d socket(s) with %d", open.size(), SERVICE_RESTART);
            open.forEach(socket -> socket.close(new CloseReason(SERVICE_RESTART, "service restart")).subscribe()
                    .with(done -> { }, failure -> LOG.debugf("socket already gone: %s", failure.getMessage())));
        });
    }
}
