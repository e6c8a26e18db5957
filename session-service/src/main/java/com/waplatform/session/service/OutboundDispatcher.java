package com.waplatform.session.service;

import com.waplatform.session.config.ProvidersConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.Dispatch;
import com.waplatform.session.provider.GraphApiClient;
import com.waplatform.session.provider.GraphApiException;
import com.waplatform.web.ProblemException;
import com.waplatform.web.TenantDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Sends a message through the connection's provider with the connection's own (decrypted) credentials, retrying
 * temporary failures with exponential backoff, and records the outcome once.
 */
@ApplicationScoped
public class OutboundDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboundDispatcher.class);

    private final ConnectionService connections;
    private final DispatchLog log;
    private final GraphApiClient graphApi;
    private final ProvidersConfig.GraphApi config;
    private final TenantDirectory tenants;

    public OutboundDispatcher(ConnectionService connections, DispatchLog log, GraphApiClient graphApi,
            ProvidersConfig providers, TenantDirectory tenants) {
        this.tenants = tenants;
        this.connections = connections;
        this.log = log;
        this.graphApi = graphApi;
        this.config = providers.graphApi();
    }

    public Uni<Dispatch> dispatch(SendCommand command) {
        return log.find(command.tenantId(), command.messageId())
                .flatMap(done -> done != null ? Uni.createFrom().item(done) : sendAndRecord(command));
    }

    private Uni<Dispatch> sendAndRecord(SendCommand command) {
        if (tenants.blocked(command.tenantId())) {
            return log.record(failed(command, "tenant_suspended", "The organization's account is suspended"));
        }
        return connections.get(command.tenantId(), command.connectionId())
                .onFailure(ProblemException.class).recoverWithNull()
                .flatMap(connection -> {
                    if (connection == null) {
                        return Uni.createFrom().item(failed(command, "connection_not_found",
                                "The connection does not exist (deleted?)"));
                    }
                    if (!connection.enabled) {
                        return Uni.createFrom().item(failed(command, "connection_disabled",
                                "The connection is disabled"));
                    }
                    return send(connection, command);
                })
                .flatMap(log::record);
    }

    private Uni<Dispatch> send(Connection connection, SendCommand command) {
        return graphApi.sendText(connection.phoneNumberId, connections.accessToken(connection),
                        connections.appSecret(connection), command.to(), command.text())
                .onFailure(e -> e instanceof GraphApiException g && g.retryable())
                .retry().withBackOff(config.retryInitialBackoff(), Duration.ofSeconds(10)).withJitter(0.2)
                .atMost(config.sendAttempts())
                .map(providerId -> sent(command, providerId))
                .onFailure(GraphApiException.class).recoverWithItem(e -> {
                    GraphApiException error = (GraphApiException) e;
                    LOG.infof("send of message %s failed: code %d", command.messageId(), error.code());
                    return failed(command, String.valueOf(error.code()), error.getMessage());
                });
    }

    private static Dispatch sent(SendCommand command, String providerMessageId) {
        Dispatch dispatch = base(command, Dispatch.SENT);
        dispatch.providerMessageId = providerMessageId;
        return dispatch;
    }

    private static Dispatch failed(SendCommand command, String code, String reason) {
        Dispatch dispatch = base(command, Dispatch.FAILED);
        dispatch.errorCode = code;
        dispatch.errorReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        return dispatch;
    }

    private static Dispatch base(SendCommand command, String outcome) {
        Dispatch dispatch = new Dispatch();
        dispatch.messageId = command.messageId();
        dispatch.tenantId = command.tenantId();
        dispatch.connectionId = command.connectionId();
        dispatch.outcome = outcome;
        dispatch.createdAt = OffsetDateTime.now();
        return dispatch;
    }
}
