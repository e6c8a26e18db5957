package com.waplatform.session.service;

import com.waplatform.session.config.ProvidersConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.provider.EvolutionApiClient;
import com.waplatform.session.provider.EvolutionApiClient.QrCode;
import com.waplatform.session.provider.EvolutionApiException;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * Evolution API connections: the platform names the instance and makes its token and webhook secret, creates the
 * instance with the webhook pointing at the gateway, and drives QR pairing, reconnects, logouts and deletion.
 * Provider calls happen outside database transactions.
 */
@ApplicationScoped
public class EvolutionOnboarding {

    public static final String SCAN_QR = "Scan the QR code with WhatsApp on the phone";

    /** A connection with the QR code to scan now (null when there is none to show). */
    public record Pairing(Connection connection, QrCode qr) {
    }

    private final EvolutionApiClient evolution;
    private final ConnectionService connections;
    private final ConnectionSecrets secrets;
    private final ProvidersConfig providers;

    public EvolutionOnboarding(EvolutionApiClient evolution, ConnectionService connections, ConnectionSecrets secrets,
            ProvidersConfig providers) {
        this.evolution = evolution;
        this.connections = connections;
        this.secrets = secrets;
        this.providers = providers;
    }

    /** Stores the connection first (so its first webhooks find it), then creates the instance; undone on failure. */
    public Uni<Pairing> create(Actor actor, String tenantId, String name) {
        Connection draft = connections.draft(tenantId, ConnectionType.EVOLUTION, name, ConnectionState.CREATED);
        draft.instanceName = "wa-" + draft.id;
        draft.instanceTokenEnc = secrets.seal(draft, ConnectionSecrets.INSTANCE_TOKEN, secrets.newSecret());
        draft.webhookSecretEnc = secrets.seal(draft, ConnectionSecrets.WEBHOOK_SECRET, secrets.newSecret());
        return connections.create(actor, draft).flatMap(c -> createInstance(c)
                .onFailure(EvolutionApiException.class).call(e -> connections.delete(actor, tenantId, c.id))
                .onFailure(EvolutionApiException.class).transform(e -> unavailable((EvolutionApiException) e))
                .flatMap(qr -> pending(c, qr)));
    }

    /** The QR code to scan now. 409 when the number is connected already or the connection is not Evolution. */
    public Uni<Pairing> qr(String tenantId, UUID id) {
        return connections.get(tenantId, id).flatMap(c -> {
            requireUsable(c);
            return evolution.connect(c.instanceName, secrets.instanceToken(c))
                    .onFailure(e -> e instanceof EvolutionApiException x && (x.notFound() || x.credentialsRejected()))
                    .recoverWithUni(() -> createInstance(c))
                    .onFailure(EvolutionApiException.class).transform(e -> unavailable((EvolutionApiException) e))
                    .flatMap(qr -> {
                        if ("open".equals(qr.state())) {
                            throw ProblemException.conflict("This number is connected already; no QR code to scan");
                        }
                        return pending(c, qr);
                    });
        });
    }

    /** Reconnects: an open instance restarts, a closed one connects again (a logged-out one shows a new QR). */
    public Uni<Pairing> reconnect(Actor actor, Connection c) {
        requireUsable(c);
        String token = secrets.instanceToken(c);
        Uni<QrCode> call = c.state == ConnectionState.OPEN
                ? evolution.restart(c.instanceName, token).replaceWith(new QrCode(null, null, 0, "connecting"))
                : evolution.connect(c.instanceName, token);
        return call.onFailure(EvolutionApiException.class).transform(e -> unavailable((EvolutionApiException) e))
                .flatMap(qr -> connections.change(actor, c.tenantId, c.id, "connection.reconnect", conn -> {
                    conn.reconnectAt = null;
                    conn.reconnectAttempts = 0;
                    conn.changeState(qr.base64() != null ? ConnectionState.QR_PENDING : ConnectionState.CONNECTING,
                            qr.base64() != null ? SCAN_QR : "Reconnecting to WhatsApp");
                    return true;
                }).map(updated -> new Pairing(updated, qr.base64() == null ? null : qr)));
    }

    /** Logs the number out of WhatsApp; connecting it again needs a new QR scan. */
    public Uni<Connection> logout(Actor actor, Connection c) {
        if (c.type != ConnectionType.EVOLUTION) {
            throw ProblemException.conflict("Only Evolution connections can be logged out; disable or delete it");
        }
        return evolution.logout(c.instanceName, secrets.instanceToken(c))
                .onFailure(e -> e instanceof EvolutionApiException x && x.httpStatus() == 400).recoverWithNull()
                .onFailure(EvolutionApiException.class).transform(e -> unavailable((EvolutionApiException) e))
                .flatMap(done -> connections.change(actor, c.tenantId, c.id, "connection.logout", conn -> {
                    conn.reconnectAt = null;
                    conn.changeState(ConnectionState.CLOSED, "Logged out; ask for a new QR code to connect again");
                    return true;
                }));
    }

    /** Deletes the instance on the Evolution server (gone already is fine). */
    public Uni<Void> deleteInstance(Connection c) {
        return evolution.delete(c.instanceName)
                .onFailure(e -> e instanceof EvolutionApiException x && x.notFound()).recoverWithNull()
                .onFailure(EvolutionApiException.class).transform(e -> unavailable((EvolutionApiException) e));
    }

    /** The instance's state as Evolution reports it now (after enabling a connection). */
    public Uni<Connection> refresh(Actor actor, Connection c) {
        return evolution.connectionState(c.instanceName, secrets.instanceToken(c))
                .onFailure(EvolutionApiException.class).recoverWithItem("unknown")
                .flatMap(state -> connections.change(actor, c.tenantId, c.id, "connection.refresh", conn -> {
                    switch (state) {
                        case "open" -> conn.changeState(ConnectionState.OPEN, null);
                        case "connecting" -> conn.changeState(ConnectionState.QR_PENDING, SCAN_QR);
                        case "close" -> conn.changeState(ConnectionState.CLOSED, "Not connected; ask for a QR code");
                        default -> conn.changeState(ConnectionState.CONNECTING,
                                "The Evolution API cannot be reached right now; checking again later");
                    }
                    return true;
                }));
    }

    private Uni<QrCode> createInstance(Connection c) {
        String webhookUrl = providers.publicBaseUrl() + "/webhooks/evolution/" + c.id;
        return evolution.createInstance(c.instanceName, secrets.instanceToken(c), webhookUrl, secrets.webhookSecret(c));
    }

    private Uni<Pairing> pending(Connection c, QrCode qr) {
        return connections.change(null, c.tenantId, c.id, null, conn -> {
            if (conn.state == ConnectionState.QR_PENDING || conn.state == ConnectionState.OPEN) {
                return false;
            }
            conn.changeState(ConnectionState.QR_PENDING, SCAN_QR);
            return true;
        }).map(updated -> new Pairing(updated, qr));
    }

    private static void requireUsable(Connection c) {
        if (c.type != ConnectionType.EVOLUTION) {
            throw ProblemException.conflict("Cloud API numbers connect with credentials, not a QR code");
        }
        if (!c.enabled) {
            throw ProblemException.conflict("The connection is disabled; enable it first");
        }
    }

    private static ProblemException unavailable(EvolutionApiException e) {
        if (e.unreachable() || e.httpStatus() >= 500) {
            return new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                    "The Evolution API cannot be reached right now; try again in a moment");
        }
        return new ProblemException(502, "Bad Gateway", "The Evolution API refused the request: " + e.getMessage());
    }
}
