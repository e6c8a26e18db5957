package com.waplatform.session.service;

import com.waplatform.session.config.ReconnectConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.provider.EvolutionApiClient;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import com.waplatform.persistence.background.BackgroundWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Reconnects Evolution connections whose reconnect time has come: asks the instance to connect again (a paired
 * instance opens by itself; the webhook then reports {@code open}). A failed attempt is reported like a close,
 * which schedules the next one with a longer wait.
 */
@ApplicationScoped
public class ReconnectScheduler {

    private static final Logger LOG = Logger.getLogger(ReconnectScheduler.class);

    private final ConnectionService connections;
    private final EvolutionApiClient evolution;
    private final ConnectionSecrets secrets;
    private final ProviderStateService states;
    private final BackgroundWork background;
    private final ReconnectConfig config;
    private final AtomicBoolean running = new AtomicBoolean();

    public ReconnectScheduler(ConnectionService connections, EvolutionApiClient evolution, ConnectionSecrets secrets,
            ProviderStateService states, BackgroundWork background, ReconnectConfig config) {
        this.connections = connections;
        this.evolution = evolution;
        this.secrets = secrets;
        this.states = states;
        this.background = background;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        background.every(config.pollInterval().toMillis(), this::tick);
    }

    private void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        background.run(() -> connections.takeDueReconnects(20)
                .flatMap(due -> due.isEmpty() ? Uni.createFrom().voidItem()
                        : Uni.join().all(due.stream().map(c -> background.isolated(() -> reconnect(c))).toList())
                                .andCollectFailures().replaceWithVoid()),
                done -> running.set(false), failure -> {
                    LOG.warnf("automatic reconnects failed: %s", failure.getMessage());
                    running.set(false);
                });
    }

    private Uni<Void> reconnect(Connection c) {
        LOG.infof("reconnecting connection %s (attempt %d)", c.id, c.reconnectAttempts);
        return evolution.connect(c.instanceName, secrets.instanceToken(c))
                .flatMap(qr -> qr.base64() != null ? states.qrShown(c.tenantId, c.id)
                        : Uni.createFrom().item(c))
                .onFailure().recoverWithUni(e -> states.stateReported(c.tenantId, c.id, "close", 503, null))
                .replaceWithVoid();
    }
}
