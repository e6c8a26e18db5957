package com.waplatform.message.service;

import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.config.AutomationConfig;
import com.waplatform.message.domain.AutomationDelivery;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.web.TenantDirectory;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * POSTs queued customer messages to each tenant's automation webhook, signed with the tenant's secret. One lane
 * per conversation (its messages in order), lanes side by side, every request bounded by a timeout, at most a few
 * deliveries per tenant per round: a tenant whose automation is slow or down never holds up another's. A failed
 * attempt is retried with exponential backoff and jitter; after the last one the delivery is a dead letter.
 */
@ApplicationScoped
public class AutomationForwarder {

    private static final Logger LOG = Logger.getLogger(AutomationForwarder.class);

    private final AutomationQueue queue;
    private final TenantDirectory tenants;
    private final BackgroundWork background;
    private final AutomationConfig config;
    private final WebClient client;
    private final AtomicBoolean taking = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();

    public AutomationForwarder(AutomationQueue queue, TenantDirectory tenants, BackgroundWork background,
            AutomationConfig config, Vertx vertx) {
        this.queue = queue;
        this.tenants = tenants;
        this.background = background;
        this.config = config;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setConnectTimeout((int) config.timeout().toMillis())
                .setFollowRedirects(false)
                .setUserAgent("wa-platform-automation"));
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            background.every(config.pollInterval().toMillis(), this::tick);
        }
    }

    private void tick() {
        if (inFlight.get() >= 2 * config.batchSize() || !taking.compareAndSet(false, true)) {
            return;
        }
        background.run(queue::take, due -> {
            taking.set(false);
            lanes(due);
        }, failure -> {
            taking.set(false);
            LOG.warnf("automation queue: cannot take deliveries: %s", failure.getMessage());
        });
    }

    private void lanes(List<AutomationQueue.Due> due) {
        Map<UUID, List<AutomationQueue.Due>> byConversation = new LinkedHashMap<>();
        due.forEach(d -> byConversation.computeIfAbsent(d.delivery().conversationId, k -> new java.util.ArrayList<>())
                .add(d));
        for (List<AutomationQueue.Due> lane : byConversation.values()) {
            inFlight.addAndGet(lane.size());
            background.run(() -> Multi.createFrom().iterable(lane)
                    .onItem().transformToUniAndConcatenate(this::attempt).collect().last(),
                    done -> inFlight.addAndGet(-lane.size()),
                    failure -> {
                        inFlight.addAndGet(-lane.size());
                        LOG.warnf("automation delivery lane failed: %s", failure.getMessage());
                    });
        }
    }

    /** One attempt; its outcome is stored whatever happens (a failed store leaves the lease to expire). */
    private Uni<AutomationDelivery> attempt(AutomationQueue.Due due) {
        AutomationDelivery delivery = due.delivery();
        return post(delivery, due.secret()).map(error -> outcome(delivery, error)).flatMap(queue::finish);
    }

    /** The error of the attempt, or null when the automation answered 2xx. */
    private Uni<String> post(AutomationDelivery delivery, String secret) {
        String url = tenants.find(delivery.tenantId).map(TenantSnapshot::automationWebhookUrl)
                .filter(u -> !u.isBlank()).orElse(null);
        if (url == null) {
            return Uni.createFrom().item("No automation webhook URL is set for the tenant");
        }
        byte[] body = delivery.payload.getBytes(StandardCharsets.UTF_8);
        return Uni.createFrom().deferred(() -> client.requestAbs(HttpMethod.POST, url)
                        .putHeader("Content-Type", "application/json")
                        .putHeader(AutomationSigner.SIGNATURE_HEADER, AutomationSigner.signature(secret, body))
                        .putHeader("X-Wa-Event", "message.received")
                        .putHeader("X-Wa-Delivery", delivery.id.toString())
                        .putHeader("X-Wa-Attempt", String.valueOf(delivery.attempts + 1))
                        .timeout(config.timeout().toMillis())
                        .sendBuffer(Buffer.buffer(body)))
                .map(response -> response.statusCode() / 100 == 2 ? null
                        : "The automation answered HTTP " + response.statusCode())
                .onFailure().recoverWithItem(failure -> "The automation cannot be reached: "
                        + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
    }

    private AutomationDelivery outcome(AutomationDelivery delivery, String error) {
        delivery.attempted(error);
        if (error == null) {
            delivery.status = AutomationDelivery.Status.DELIVERED;
        } else if (!delivery.scheduleRetry(config.maxAttempts(), config.firstRetry(), config.maxRetry())) {
            delivery.status = AutomationDelivery.Status.DEAD;
            LOG.infof("automation delivery %s of tenant %s is a dead letter after %d attempts: %s", delivery.id,
                    delivery.tenantId, delivery.attempts, error);
        }
        return delivery;
    }
}
