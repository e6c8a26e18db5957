package com.waplatform.simulator.evolution;

import com.waplatform.simulator.config.SimulatorConfig;
import com.waplatform.simulator.webhook.WebhookSender;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Posts an instance's events to its webhook as Evolution v2 does: {@code {event, instance, data, destination,
 * date_time, sender, server_url, apikey}} with the headers configured on the instance, for the events it chose.
 */
@ApplicationScoped
public class EvolutionWebhooks {

    private final WebhookSender sender;
    private final String serverUrl;

    public EvolutionWebhooks(WebhookSender sender, SimulatorConfig config) {
        this.sender = sender;
        this.serverUrl = config.publicUrl();
    }

    /** Sends the event if the instance subscribed to it; answers the first attempt's status, or 0 if not sent. */
    public Uni<Integer> emit(EvolutionInstance instance, String event, JsonObject data) {
        EvolutionInstance.Webhook webhook = instance.webhook;
        if (!webhook.wants(event)) {
            return Uni.createFrom().item(0);
        }
        JsonObject body = new JsonObject()
                .put("event", event)
                .put("instance", instance.name)
                .put("data", data)
                .put("destination", webhook.url())
                .put("date_time", Instant.now().toString())
                .put("sender", instance.wuid)
                .put("server_url", serverUrl)
                .put("apikey", instance.token);
        return sender.post(webhook.url(), body, webhook.headers(), WebhookSender.RetryPolicy.EVOLUTION);
    }

    /** Fire and forget (the sender keeps retrying in the background). */
    public void emitLater(EvolutionInstance instance, String event, JsonObject data) {
        emit(instance, event, data).subscribe().with(status -> { }, failure -> { });
    }
}
