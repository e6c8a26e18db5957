package com.waplatform.simulator.webhook;

import com.waplatform.simulator.config.SimulatorConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Delivers webhooks like the providers do: POST, and when the answer is not a success try again later with
 * doubling delays (bounded here), except for the answers the provider treats as final. The first attempt's
 * status is returned to the caller; retries go on in the background.
 */
@ApplicationScoped
public class WebhookSender {

    /** How a provider retries. */
    public record RetryPolicy(boolean retry, Set<Integer> finalStatuses) {
        /** Meta retries anything but 200, for days. */
        public static final RetryPolicy META = new RetryPolicy(true, Set.of());
        /** Evolution retries up to 10 times, never after 400, 401, 403, 404 or 422. */
        public static final RetryPolicy EVOLUTION = new RetryPolicy(true, Set.of(400, 401, 403, 404, 422));

        boolean again(int status) {
            return retry && (status < 200 || status > 299) && !finalStatuses.contains(status);
        }
    }

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
    public Uni<Integer> post(String url, JsonObject body, Map<String, String> headers, RetryPolicy policy) {
        Buffer bytes = Buffer.buffer(body.encode());
        return attempt(url, bytes, headers).invoke(status -> {
            if (policy.again(status)) {
                retryLater(url, bytes, headers, policy, 2, config.initialBackoff().toMillis());
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

    private void retryLater(String url, Buffer bytes, Map<String, String> headers, RetryPolicy policy, int attempt,
            long delay) {
        if (attempt > config.attempts()) {
            LOG.warnf("giving up on webhook to %s after %d attempts", url, config.attempts());
            return;
        }
        vertx.setTimer(delay, id -> attempt(url, bytes, headers).subscribe().with(status -> {
            if (policy.again(status)) {
                retryLater(url, bytes, headers, policy, attempt + 1, delay * 2);
            }
        }));
    }
}
