package com.waplatform.simulator.meta;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A WhatsApp Business phone number as Meta knows it, with its app's secret and webhook subscription. */
public class MetaNumber {

    public final String phoneNumberId;
    public final String businessAccountId;
    public final String displayPhoneNumber;
    public final String verifiedName;
    public final String accessToken;
    public final String appSecret;
    public volatile String webhookUrl;
    /** How status webhooks follow a send: normal, duplicate, reorder or skip-delivered. */
    public volatile StatusMode statusMode = StatusMode.NORMAL;
    public final List<SentMessage> sent = new CopyOnWriteArrayList<>();
    /** Customer messages the business marked as read ({@code status: read}), by message id. */
    public final List<String> readReceipts = new CopyOnWriteArrayList<>();

    public MetaNumber(String phoneNumberId, String businessAccountId, String displayPhoneNumber, String verifiedName,
            String accessToken, String appSecret) {
        this.phoneNumberId = phoneNumberId;
        this.businessAccountId = businessAccountId;
        this.displayPhoneNumber = displayPhoneNumber;
        this.verifiedName = verifiedName;
        this.accessToken = accessToken;
        this.appSecret = appSecret;
    }

    /** Real-world status delivery: in order; each twice; read before delivered before sent; no delivered. */
    public enum StatusMode { NORMAL, DUPLICATE, REORDER, SKIP_DELIVERED }

    /** A message a business sent through this number, as the simulator received it. */
    public record SentMessage(String id, String to, String type, Object body, long receivedAtMillis) {
    }
}
