package com.waplatform.simulator.webhook;

import com.waplatform.simulator.config.SimulatorConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Delivers webhooks like the providers do: POST, and on anything but 200 try again later with growing delays
 * (bounded here). The first attempt's status is returned to the caller; retries go on in the background.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final Vertx vertx;
    private final WebClient client;
    private final SimulatorConfig.Webhooks config;

    public WebhookSender(Vertx vertx, SimulatorConfig config) {
        this.vertx = vertx;
        this.client = WebClient.create(vertx);
        this.config = config.webhooks();
    }

    /** Posts the JSON body; {@code headers} are added as they are. Returns the first attempt's HTTP status. */
    public Uni<Integer> post(String url, JsonObject body, Map<String, String> headers, boolean retry) {
        Buffer bytes = Buffer.buffer(body.encode());
        return attempt(url, bytes, headers).invoke(status -> {
            if (status != 200 && retry) {
                retryLater(url, bytes, headers, 2, config.initialBackoff().toMillis());
            }
        });
    }

    private Uni<Integer> attempt(String url, Buffer bytes, Map<String, String> headers) {
        var request = client.postAbs(url).timeout(config.timeout().toMillis())
                .putHeader("Content-Type", "application/json");
        headers.forEach(request::putHeader);
        return request.sendBuffer(bytes).map(response -> response.statusCode())
                .onFailure().recoverWithItem(0);
    }

    private void retryLater(String url, Buffer bytes, Map<String, String> headers, int attempt, long delay) {
        if (attempt > config.attempts()) {
            LOG.warnf("giving up on webhook to %s after %d attempts", url, config.attempts());
            return;
        }
        vertx.setTimer(delay, id -> attempt(url, bytes, headers).subscribe().with(status -> {
            if (status != 200) {
                retryLater(url, bytes, headers, attempt + 1, delay * 2);
            }
        }));
    }
}
