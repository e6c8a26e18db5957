package com.waplatform.session.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.session.config.DispatchConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.domain.Dispatch;
import com.waplatform.session.domain.OutboundMessage;
import com.waplatform.session.provider.EvolutionApiClient;
import com.waplatform.session.provider.GraphApiClient;
import com.waplatform.session.provider.ProviderException;
import com.waplatform.web.TenantDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Sends one queued message through its connection's provider with the connection's own (decrypted) credentials,
 * within the number's pace. Temporary failures go back to the queue with exponential backoff and jitter;
 * permanent ones end FAILED with the provider's code and reason; rejected credentials also fail the connection.
 */
@ApplicationScoped
public class OutboundDispatcher {

    /** What became of a message: finished or put back ({@code empty}), or to be retried after a wait (pacing). */
    public record Outcome(Optional<Duration> paceWait) {
        static final Outcome HANDLED = new Outcome(Optional.empty());
    }

    static final String UNREACHABLE_NOTE = "The provider cannot be reached; messages are kept and retried";
    private static final Logger LOG = Logger.getLogger(OutboundDispatcher.class);

    private final SendQueue queue;
    private final SendPacer pacer;
    private final ConnectionService connections;
    private final ConnectionSecrets secrets;
    private final GraphApiClient graphApi;
    private final EvolutionApiClient evolution;
    private final TenantDirectory tenants;
    private final DispatchConfig config;
    private final ObjectMapper objectMapper;
    private final UploadedMedia uploaded;
    private final ProviderSends sends;

    public OutboundDispatcher(SendQueue queue, SendPacer pacer, ConnectionService connections,
            ConnectionSecrets secrets, GraphApiClient graphApi, EvolutionApiClient evolution, TenantDirectory tenants,
            DispatchConfig config, ObjectMapper objectMapper, UploadedMedia uploaded, ProviderSends sends) {
        this.sends = sends;
        this.uploaded = uploaded;
        this.queue = queue;
        this.pacer = pacer;
        this.connections = connections;
        this.secrets = secrets;
        this.graphApi = graphApi;
        this.evolution = evolution;
        this.tenants = tenants;
        this.config = config;
        this.objectMapper = objectMapper;
    }

    /**
     * Handles a taken row whose number granted it a slot of its pace; {@code connection} is null when it no longer
     * exists. The recipient's own pace may still hold it back.
     */
    public Uni<Outcome> dispatch(Connection connection, Dispatch d) {
        OutboundMessage message = parse(d);
        String[] refusal = refusal(connection, d, message);
        if (refusal != null) {
            d.failed(refusal[0], refusal[1]);
            return queue.save(d).replaceWith(Outcome.HANDLED);
        }
        if (connection.state != ConnectionState.OPEN) {
            return retry(d, "connection_not_open", "The WhatsApp connection is not open ("
                    + connection.state + (connection.stateReason == null ? "" : ": " + connection.stateReason) + ")");
        }
        return pacer.recipient(connection, d.recipient).flatMap(wait -> wait.isPresent()
                ? Uni.createFrom().item(new Outcome(wait))
                : queue.startSending(d).flatMap(mine -> mine ? sendAndRecord(connection, d, message)
                        : Uni.createFrom().item(Outcome.HANDLED)));
    }

    private Uni<Outcome> sendAndRecord(Connection connection, Dispatch d, OutboundMessage message) {
        return send(connection, d, message).flatMap(providerId -> {
            d.attempts++;
            d.sent(providerId);
            LOG.infof("message %s sent on connection %s (provider id %s, attempt %d)", d.messageId, connection.id,
                    providerId, d.attempts);
            return reachable(connection).chain(() -> queue.save(d)).replaceWith(Outcome.HANDLED);
        }).onFailure(ProviderException.class).recoverWithUni(e -> failed(connection, d, (ProviderException) e));
    }

    private Uni<String> send(Connection c, Dispatch d, OutboundMessage message) {
        if (message.isUpload()) {
            return uploaded.resolve(c, d, message).flatMap(resolved -> send(c, d, resolved));
        }
        if (c.type == ConnectionType.CLOUD_API) {
            return sends.timed(c.type, () -> graphApi.send(c.phoneNumberId, secrets.accessToken(c),
                    secrets.appSecret(c), message));
        }
        return sends.timed(c.type, () -> evolution.send(c.instanceName, secrets.instanceToken(c), message));
    }

    private Uni<Outcome> failed(Connection connection, Dispatch d, ProviderException e) {
        d.attempts++;
        LOG.infof("send of message %s failed (attempt %d): %s", d.messageId, d.attempts, e.code());
        if (e.credentialsRejected()) {
            d.failed(e.code(), e.getMessage());
            return connections.change(null, connection.tenantId, connection.id, null, c -> {
                c.changeState(ConnectionState.FAILED, connection.type == ConnectionType.CLOUD_API
                        ? "Meta rejected the access token (expired or revoked); update the credentials"
                        : "The Evolution API rejected the instance token; reconnect the number");
                return true;
            }).chain(() -> queue.save(d)).replaceWith(Outcome.HANDLED);
        }
        if (e.retryable()) {
            Uni<Void> noted = e.unreachable() ? unreachable(connection) : Uni.createFrom().voidItem();
            return noted.chain(() -> retry(d, e.code(), e.getMessage()));
        }
        d.failed(e.code(), e.getMessage());
        return queue.save(d).replaceWith(Outcome.HANDLED);
    }

    /** Back to the queue after a growing, jittered wait, unless the message has waited too long already. */
    private Uni<Outcome> retry(Dispatch d, String code, String reason) {
        OffsetDateTime now = OffsetDateTime.now();
        if (d.createdAt.plus(config.giveUpAfter()).isBefore(now)) {
            d.failed(code, reason + " (gave up after " + config.giveUpAfter().toHours() + " h)");
        } else {
            d.errorCode = code;
            d.errorReason = reason;
            d.retryAt(now.plus(backoff(d.attempts)));
        }
        return queue.save(d).replaceWith(Outcome.HANDLED);
    }

    Duration backoff(int attempts) {
        long base = config.initialBackoff().toMillis() << Math.min(Math.max(attempts - 1, 0), 20);
        long capped = Math.min(base, config.maxBackoff().toMillis());
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis((long) (capped * jitter));
    }

    /** {code, reason} when the message cannot be sent at all, else null. */
    private String[] refusal(Connection connection, Dispatch d, OutboundMessage message) {
        if (tenants.blocked(d.tenantId)) {
            return new String[] {"tenant_suspended", "The organization's account is suspended"};
        }
        if (connection == null) {
            return new String[] {"connection_not_found", "The connection does not exist (deleted?)"};
        }
        if (!connection.enabled) {
            return new String[] {"connection_disabled", "The connection is disabled"};
        }
        if (connection.state == ConnectionState.FAILED) {
            return new String[] {"connection_failed", "The connection has failed: " + connection.stateReason};
        }
        if (message == null || message.invalidReason() != null) {
            return new String[] {"invalid_message", message == null ? "The send command is unreadable"
                    : message.invalidReason()};
        }
        if (connection.type == ConnectionType.EVOLUTION && !"text".equals(message.type()) && !message.isMedia()) {
            return new String[] {"unsupported_for_connection", "Evolution numbers cannot send " + message.type()
                    + " messages; send text or media"};
        }
        return null;
    }

    private OutboundMessage parse(Dispatch d) {
        try {
            return OutboundMessage.of(objectMapper.readTree(d.command == null ? "{}" : d.command));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** Notes on the connection that its provider cannot be reached (once, not per message). */
    private Uni<Void> unreachable(Connection connection) {
        if (UNREACHABLE_NOTE.equals(connection.stateReason) || connection.state != ConnectionState.OPEN) {
            return Uni.createFrom().voidItem();
        }
        connection.stateReason = UNREACHABLE_NOTE;
        return connections.change(null, connection.tenantId, connection.id, null, c -> {
            c.stateReason = UNREACHABLE_NOTE;
            return true;
        }).replaceWithVoid();
    }

    private Uni<Void> reachable(Connection connection) {
        if (!UNREACHABLE_NOTE.equals(connection.stateReason)) {
            return Uni.createFrom().voidItem();
        }
        connection.stateReason = null;
        return connections.change(null, connection.tenantId, connection.id, null, c -> {
            boolean noted = UNREACHABLE_NOTE.equals(c.stateReason);
            c.stateReason = noted ? null : c.stateReason;
            return noted;
        }).replaceWithVoid();
    }
}
