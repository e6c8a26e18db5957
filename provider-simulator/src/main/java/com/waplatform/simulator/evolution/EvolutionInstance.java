package com.waplatform.simulator.evolution;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** One Evolution API instance (a WhatsApp Web session) with its webhook settings and connection state. */
public class EvolutionInstance {

    /** Baileys' connection states as Evolution reports them. */
    public enum State { close, connecting, open }

    public final String name;
    public final String instanceId = UUID.randomUUID().toString();
    public final String token;
    public volatile State state = State.close;
    /** True once a phone scanned the QR; a logout forgets it, so the next connect needs a new QR. */
    public volatile boolean paired;
    public volatile String wuid;
    public volatile String profileName;
    public volatile String qrCode;
    public volatile String qrBase64;
    public volatile int qrCount;
    public volatile long qrTimer = -1;
    public volatile Webhook webhook = Webhook.NONE;
    public final List<SentMessage> sent = new CopyOnWriteArrayList<>();
    /** Ids of received messages the business marked as read ({@code /chat/markMessageAsRead}). */
    public final List<String> readReceipts = new CopyOnWriteArrayList<>();
    /** Media of received messages by message id, as {@code /chat/getBase64FromMediaMessage} gives it back. */
    public final Map<String, ReceivedMedia> media = new ConcurrentHashMap<>();

    public EvolutionInstance(String name, String token) {
        this.name = name;
        this.token = token;
    }

    /** The instance's webhook: where to post, with which extra headers, for which events (empty: all). */
    public record Webhook(boolean enabled, String url, Map<String, String> headers, List<String> events) {
        static final Webhook NONE = new Webhook(false, null, Map.of(), List.of());

        boolean wants(String event) {
            String upper = event.replace('.', '_').toUpperCase();
            return enabled && url != null && (events.isEmpty() || events.contains(upper));
        }
    }

    /** The file of a received media message ({@code imageMessage} …). */
    public record ReceivedMedia(String kind, String mimeType, String fileName, String caption, byte[] bytes) {
    }

    /** What a business sent through this instance, as the simulator received it. */
    public record SentMessage(String id, String to, String type, Object body, long receivedAtMillis) {
    }
}
