package com.waplatform.session.service;

import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.provider.EvolutionApiClient;
import com.waplatform.session.provider.GraphApiClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Read receipts of customers' messages to the provider (the blue ticks on the customer's phone), when an agent
 * reads a conversation. Best effort by nature: a receipt that cannot be given is logged, not retried, and never
 * holds up the send queue; a number that is not connected gives none.
 */
@ApplicationScoped
public class ReadReceipts {

    private static final Logger LOG = Logger.getLogger(ReadReceipts.class);

    private final ConnectionService connections;
    private final ConnectionSecrets secrets;
    private final GraphApiClient graphApi;
    private final EvolutionApiClient evolution;
    private final BackgroundWork background;

    public ReadReceipts(ConnectionService connections, ConnectionSecrets secrets, GraphApiClient graphApi,
            EvolutionApiClient evolution, BackgroundWork background) {
        this.connections = connections;
        this.secrets = secrets;
        this.graphApi = graphApi;
        this.evolution = evolution;
        this.background = background;
    }

    /** Gives the receipt in the background (on its own context). */
    public void give(String tenantId, UUID connectionId, String providerMessageId, String waId) {
        background.run(() -> connections.get(tenantId, connectionId).flatMap(c -> send(c, providerMessageId, waId)),
                ignored -> { },
                failure -> LOG.infof("no read receipt for %s on connection %s: %s", providerMessageId, connectionId,
                        failure.getMessage()));
    }

    private Uni<Void> send(Connection c, String providerMessageId, String waId) {
        if (!c.enabled || c.state != ConnectionState.OPEN) {
            return Uni.createFrom().voidItem();
        }
        return c.type == ConnectionType.CLOUD_API
                ? graphApi.markRead(c.phoneNumberId, secrets.accessToken(c), secrets.appSecret(c), providerMessageId)
                : evolution.markRead(c.instanceName, secrets.instanceToken(c), waId, providerMessageId);
    }
}
