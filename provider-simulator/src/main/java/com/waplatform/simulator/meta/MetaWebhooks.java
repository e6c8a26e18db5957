package com.waplatform.simulator.meta;

import com.waplatform.simulator.config.SimulatorConfig;
import com.waplatform.simulator.webhook.WebhookSender;
import com.waplatform.simulator.webhook.WebhookSigner;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Posts signed webhooks to a number's subscribed URL, as Meta does. */
@ApplicationScoped
public class MetaWebhooks {

    private final WebhookSender sender;
    private final Vertx vertx;
    private final SimulatorConfig.Meta config;

    public MetaWebhooks(WebhookSender sender, Vertx vertx, SimulatorConfig config) {
        this.sender = sender;
        this.vertx = vertx;
        this.config = config.meta();
    }

    /** Delivers a webhook now; returns the first attempt's HTTP status (retries continue in the background). */
    public Uni<Integer> deliver(MetaNumber number, JsonObject body) {
        if (number.webhookUrl == null) {
            return Uni.createFrom().failure(new jakarta.ws.rs.ClientErrorException(
                    "number " + number.phoneNumberId + " has no webhook subscription", 409));
        }
        byte[] bytes = body.encode().getBytes(StandardCharsets.UTF_8);
        return sender.post(number.webhookUrl, body,
                Map.of("X-Hub-Signature-256", WebhookSigner.sign(bytes, number.appSecret)),
                WebhookSender.RetryPolicy.META);
    }

    /**
     * After a send: "sent", "delivered" and "read" status webhooks after their configured delays, or as the
     * number's status mode says (duplicated, in reverse order, or without "delivered").
     */
    public void scheduleStatuses(MetaNumber number, String messageId, String recipient) {
        long sent = config.sentDelay().toMillis();
        long delivered = config.deliveredDelay().toMillis();
        long read = config.readDelay().toMillis();
        switch (number.statusMode) {
            case REORDER -> {
                schedule(number, messageId, recipient, "read", sent);
                schedule(number, messageId, recipient, "delivered", delivered);
                schedule(number, messageId, recipient, "sent", read);
            }
            case SKIP_DELIVERED -> {
                schedule(number, messageId, recipient, "sent", sent);
                schedule(number, messageId, recipient, "read", read);
            }
            default -> {
                int copies = number.statusMode == MetaNumber.StatusMode.DUPLICATE ? 2 : 1;
                for (int i = 0; i < copies; i++) {
                    schedule(number, messageId, recipient, "sent", sent + i * 20L);
                    schedule(number, messageId, recipient, "delivered", delivered + i * 20L);
                    schedule(number, messageId, recipient, "read", read + i * 20L);
                }
            }
        }
    }

    private void schedule(MetaNumber number, String messageId, String recipient, String status, long delayMillis) {
        vertx.setTimer(Math.max(1, delayMillis), id -> {
            long now = System.currentTimeMillis() / 1000;
            deliver(number, MetaWebhookPayloads.status(number, messageId, status, recipient, now))
                    .subscribe().with(code -> { }, failure -> { });
        });
    }
}
