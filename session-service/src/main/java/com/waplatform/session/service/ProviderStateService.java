package com.waplatform.session.service;

import com.waplatform.session.config.ReconnectConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * Follows what the provider says about a connection (Evolution {@code connection.update} and
 * {@code qrcode.updated}, relayed by the gateway): a retryable close schedules a reconnect with backoff, a
 * logout asks for a new QR code, a ban fails the connection.
 */
@ApplicationScoped
public class ProviderStateService {

    /** Baileys' DisconnectReason codes after which reconnecting cannot help. */
    private static final int LOGGED_OUT = 401;
    private static final Set<Integer> REFUSED = Set.of(402, 403, 406);

    private final ConnectionService connections;
    private final ReconnectConfig config;

    public ProviderStateService(ConnectionService connections, ReconnectConfig config) {
        this.connections = connections;
        this.config = config;
    }

    public Uni<Connection> stateReported(String tenantId, UUID id, String state, int statusReason, String wuid) {
        return connections.change(null, tenantId, id, null, c -> {
            if (!c.enabled) {
                return false;
            }
            switch (state) {
                case "open" -> {
                    c.reconnectAt = null;
                    c.reconnectAttempts = 0;
                    if (wuid != null) {
                        c.displayPhoneNumber = "+" + wuid.replaceAll("[@:].*$", "").replaceAll("\\D", "");
                    }
                    return move(c, ConnectionState.OPEN, null);
                }
                case "connecting" -> {
                    return c.state != ConnectionState.QR_PENDING
                            && move(c, ConnectionState.CONNECTING, "Connecting to WhatsApp");
                }
                case "refused" -> {
                    c.reconnectAt = null;
                    return move(c, ConnectionState.CLOSED, "The QR code was not scanned in time; ask for a new one");
                }
                case "close" -> {
                    return closed(c, statusReason);
                }
                default -> {
                    return false;
                }
            }
        });
    }

    public Uni<Connection> qrShown(String tenantId, UUID id) {
        return connections.change(null, tenantId, id, null,
                c -> c.enabled && move(c, ConnectionState.QR_PENDING, EvolutionOnboarding.SCAN_QR));
    }

    private boolean closed(Connection c, int statusReason) {
        if (statusReason == LOGGED_OUT) {
            c.reconnectAt = null;
            return move(c, ConnectionState.QR_PENDING,
                    "Logged out from the phone; scan a new QR code to connect again");
        }
        if (REFUSED.contains(statusReason)) {
            c.reconnectAt = null;
            return move(c, ConnectionState.FAILED, "WhatsApp refused this number (code " + statusReason + ")");
        }
        if (c.reconnectAttempts >= config.maxAttempts()) {
            c.reconnectAt = null;
            return move(c, ConnectionState.FAILED, "The connection was lost and " + c.reconnectAttempts
                    + " reconnects failed; reconnect it by hand");
        }
        Duration wait = backoff(c.reconnectAttempts);
        c.reconnectAt = OffsetDateTime.now().plus(wait);
        c.changeState(ConnectionState.CLOSED, "Connection lost (code " + statusReason + "); reconnecting in "
                + Math.max(1, wait.toSeconds()) + " s");
        return true;
    }

    /** Exponential: initial × 2^attempts, capped. */
    Duration backoff(int attempts) {
        long millis = config.initialBackoff().toMillis() << Math.min(attempts, 16);
        return Duration.ofMillis(Math.min(millis, config.maxBackoff().toMillis()));
    }

    private static boolean move(Connection c, ConnectionState next, String reason) {
        if (c.state == next && java.util.Objects.equals(c.stateReason, reason)) {
            return false;
        }
        c.changeState(next, reason);
        return true;
    }
}
