package com.waplatform.simulator.evolution;

import com.waplatform.simulator.config.SimulatorConfig;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The WhatsApp Web side of an instance: QR codes that change every few seconds while nobody scans, the phone
 * scanning one, disconnections (a retryable close keeps the pairing; a logout forgets it), and the
 * {@code qrcode.updated} / {@code connection.update} webhooks each change produces.
 */
@ApplicationScoped
public class EvolutionSessions {

    /** Baileys' DisconnectReason.loggedOut: the phone removed the device; a new QR is needed. */
    public static final int LOGGED_OUT = 401;

    private final Vertx vertx;
    private final EvolutionWebhooks webhooks;
    private final SimulatorConfig.Evolution config;

    public EvolutionSessions(Vertx vertx, EvolutionWebhooks webhooks, SimulatorConfig config) {
        this.vertx = vertx;
        this.webhooks = webhooks;
        this.config = config.evolution();
    }

    /** Starts connecting: a paired instance opens again by itself; an unpaired one shows QR codes. */
    public synchronized void connect(EvolutionInstance instance) {
        if (instance.state != EvolutionInstance.State.close) {
            return;
        }
        instance.state = EvolutionInstance.State.connecting;
        connectionUpdate(instance, 200);
        if (instance.paired) {
            vertx.setTimer(Math.max(1, config.reconnectDelay().toMillis()), id -> open(instance));
            return;
        }
        instance.qrCount = 0;
        nextQr(instance);
        instance.qrTimer = vertx.setPeriodic(config.qrInterval().toMillis(), id -> nextQr(instance));
    }

    /** The phone scanned the current QR code. False if no QR code is showing. */
    public synchronized boolean scan(EvolutionInstance instance, String phone, String profileName) {
        if (instance.state != EvolutionInstance.State.connecting || instance.qrCode == null) {
            return false;
        }
        instance.paired = true;
        instance.wuid = phone.replaceAll("\\D", "") + "@s.whatsapp.net";
        instance.profileName = profileName;
        open(instance);
        return true;
    }

    /** The connection dropped with Baileys' status code; 401 means logged out (pairing lost). */
    public synchronized void close(EvolutionInstance instance, int statusReason) {
        stopQr(instance);
        if (statusReason == LOGGED_OUT) {
            instance.paired = false;
        }
        instance.state = EvolutionInstance.State.close;
        connectionUpdate(instance, statusReason);
    }

    public synchronized void delete(EvolutionInstance instance) {
        stopQr(instance);
        instance.state = EvolutionInstance.State.close;
    }

    public JsonObject qrCode(EvolutionInstance instance) {
        return new JsonObject().putNull("pairingCode").put("code", instance.qrCode).put("base64", instance.qrBase64)
                .put("count", instance.qrCount);
    }

    private synchronized void open(EvolutionInstance instance) {
        stopQr(instance);
        if (instance.state == EvolutionInstance.State.close && !instance.paired) {
            return;
        }
        instance.state = EvolutionInstance.State.open;
        connectionUpdate(instance, 200);
    }

    private synchronized void nextQr(EvolutionInstance instance) {
        if (instance.state != EvolutionInstance.State.connecting) {
            stopQr(instance);
            return;
        }
        if (instance.qrCount >= config.qrLimit()) {
            webhooks.emitLater(instance, "qrcode.updated", new JsonObject()
                    .put("message", "QR code limit reached, please login again").put("statusCode", 500));
            stopQr(instance);
            instance.state = EvolutionInstance.State.close;
            webhooks.emitLater(instance, "connection.update", state(instance, "refused", 428));
            return;
        }
        instance.qrCount++;
        instance.qrCode = QrCodes.newCode();
        instance.qrBase64 = QrCodes.pngDataUrl(instance.qrCode);
        webhooks.emitLater(instance, "qrcode.updated", new JsonObject().put("qrcode", new JsonObject()
                .put("instance", instance.name).putNull("pairingCode").put("code", instance.qrCode)
                .put("base64", instance.qrBase64)));
    }

    private void stopQr(EvolutionInstance instance) {
        if (instance.qrTimer >= 0) {
            vertx.cancelTimer(instance.qrTimer);
            instance.qrTimer = -1;
        }
        instance.qrCode = null;
        instance.qrBase64 = null;
    }

    private void connectionUpdate(EvolutionInstance instance, int statusReason) {
        webhooks.emitLater(instance, "connection.update", state(instance, instance.state.name(), statusReason));
    }

    private static JsonObject state(EvolutionInstance instance, String state, int statusReason) {
        JsonObject data = new JsonObject().put("instance", instance.name).put("state", state)
                .put("statusReason", statusReason);
        if (instance.state == EvolutionInstance.State.open) {
            data.put("wuid", instance.wuid).put("profileName", instance.profileName).putNull("profilePictureUrl");
        }
        return data;
    }
}
