package com.waplatform.message.service;

import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.config.AutomationConfig;
import com.waplatform.message.domain.AutomationDelivery;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.web.TenantDirectory;
import com.waplatform.web.outbound.OutboundTarget;
import com.waplatform.web.outbound.OutboundUrlRefused;
import com.waplatform.web.outbound.OutboundUrls;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    static final String UNREACHABLE = "unreachable";
    static final String NOT_PUBLIC = " (the webhook URL does not point to a public address)";
    static final String TIMED_OUT = "timed out";
    /** What a delivery keeps of its last error (the column's size). */
    static final int LAST_ERROR_LENGTH = 500;

    private final AutomationQueue queue;
    private final TenantDirectory tenants;
    private final BackgroundWork background;
    private final AutomationConfig config;
    private final OutboundUrls outboundUrls;
    private final WebClient client;
    private final AtomicBoolean taking = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final MessageMetrics metrics;

    public AutomationForwarder(AutomationQueue queue, TenantDirectory tenants, BackgroundWork background,
            AutomationConfig config, OutboundUrls outboundUrls, Vertx vertx, MessageMetrics metrics) {
        this.metrics = metrics;
        this.queue = queue;
        this.tenants = tenants;
        this.background = background;
        this.config = config;
        this.outboundUrls = outboundUrls;
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
        return post(delivery.tenantId, "message.received", delivery.id, delivery.attempts + 1, delivery.payload,
                due.secret()).map(error -> outcome(delivery, error)).flatMap(queue::finish);
    }

    /** How a test request went: whether the automation answered 2xx, else why not, and how long it took. */
    public record TestOutcome(@Schema(required = true) boolean delivered,
            @Schema(nullable = true, description = "Why it was not delivered, in words") String error,
            @Schema(required = true) long durationMs) {
    }

    /**
     * A signed {@code test} event POSTed to the tenant's automation now, outside the queue, with the same checks,
     * bounds and words for its failure as a delivery (nothing is stored).
     */
    public Uni<TestOutcome> test(String tenantId, String secret) {
        UUID id = UUID.randomUUID();
        String payload = new JsonObject().put("event", "test").put("deliveryId", id.toString())
                .put("tenantId", tenantId).put("sentAt", OffsetDateTime.now(ZoneOffset.UTC).toString()).encode();
        long start = System.nanoTime();
        return post(tenantId, "test", id, 1, payload, secret)
                .map(error -> new TestOutcome(error == null, error, (System.nanoTime() - start) / 1_000_000));
    }

    /**
     * The error of the attempt, or null when the automation answered 2xx. The URL is judged again first (DNS
     * answers change) and the request goes to the address that was judged, never to one resolved afterwards.
     */
    private Uni<String> post(String tenantId, String event, UUID deliveryId, int attempt, String payload,
            String secret) {
        String url = tenants.find(tenantId).map(TenantSnapshot::automationWebhookUrl)
                .filter(u -> !u.isBlank()).orElse(null);
        if (url == null) {
            return Uni.createFrom().item("No automation webhook URL is set for the tenant");
        }
        return outboundUrls.judge(url)
                .flatMap(target -> target.addresses().isEmpty() ? Uni.createFrom().item(UNREACHABLE)
                        : send(target, event, deliveryId, attempt, payload, secret))
                .onFailure(OutboundUrlRefused.class).recoverWithItem(UNREACHABLE + NOT_PUBLIC);
    }

    /**
     * POSTs the delivery. Its error says only what the tenant needs and no more (nothing about the platform's
     * network): "unreachable", "timed out" or "answered HTTP nnn: " with the start of the answer's body.
     */
    private Uni<String> send(OutboundTarget target, String event, UUID deliveryId, int attempt, String payload,
            String secret) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        AnswerStart answer = new AnswerStart(4 * LAST_ERROR_LENGTH);
        SocketAddress server = SocketAddress.inetSocketAddress(target.port(),
                target.addresses().get(0).getHostAddress());
        return Uni.createFrom().deferred(() -> client.requestAbs(HttpMethod.POST, server, target.uri().toString())
                        .putHeader("Content-Type", "application/json")
                        .putHeader(AutomationSigner.SIGNATURE_HEADER, AutomationSigner.signature(secret, body))
                        .putHeader("X-Wa-Event", event)
                        .putHeader("X-Wa-Delivery", deliveryId.toString())
                        .putHeader("X-Wa-Attempt", String.valueOf(attempt))
                        .timeout(config.timeout().toMillis())
                        .as(BodyCodec.newInstance(io.vertx.ext.web.codec.BodyCodec.pipe(answer, false)))
                        .sendBuffer(Buffer.buffer(body)))
                .ifNoItem().after(config.timeout().multipliedBy(2)).fail() // an answer dripping in forever
                .map(response -> response.statusCode() / 100 == 2 ? null
                        : answered(response.statusCode(), answer.text()))
                .onFailure().recoverWithItem(AutomationForwarder::failed);
    }

    /** No detail of a connection failure: it would tell which of the platform's neighbours listen where. */
    private static String failed(Throwable failure) {
        return failure instanceof TimeoutException || failure instanceof io.smallrye.mutiny.TimeoutException
                ? TIMED_OUT : UNREACHABLE;
    }

    /** "answered HTTP nnn: " and as much of the body's start as the delivery keeps (500 characters in all). */
    private static String answered(int status, String body) {
        String said = "answered HTTP " + status;
        String start = body == null ? "" : body.strip();
        int room = LAST_ERROR_LENGTH - said.length() - 2;
        return start.isEmpty() ? said : said + ": " + (start.length() > room ? start.substring(0, room) : start);
    }

    private AutomationDelivery outcome(AutomationDelivery delivery, String error) {
        delivery.attempted(error);
        if (error == null) {
            delivery.status = AutomationDelivery.Status.DELIVERED;
        } else if (!delivery.scheduleRetry(config.maxAttempts(), config.firstRetry(), config.maxRetry())) {
            delivery.status = AutomationDelivery.Status.DEAD;
            // without the start of the automation's answer, which may echo the message's text
            LOG.infof("automation delivery %s of tenant %s is a dead letter after %d attempts: %s", delivery.id,
                    delivery.tenantId, delivery.attempts, error.split(": ", 2)[0]);
        }
        metrics.automation(delivery.status);
        return delivery;
    }
}
