package com.waplatform.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.gateway.config.GatewayConfig;
import com.waplatform.gateway.guard.LookupBudget;
import com.waplatform.gateway.guard.WebhookGuard;
import com.waplatform.gateway.messaging.InboundPublisher;
import com.waplatform.gateway.routing.Routing;
import com.waplatform.gateway.routing.RoutingCache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Verifies a provider webhook, attributes it to the connection's tenant, normalizes it and hands it to Kafka. */
@ApplicationScoped
public class WebhookIngestion {

    private static final Logger LOG = Logger.getLogger(WebhookIngestion.class);

    private final RoutingCache routing;
    private final InboundPublisher publisher;
    private final ObjectMapper objectMapper;
    private final MetaNormalizer metaNormalizer;
    private final EvolutionNormalizer evolutionNormalizer;

    private final WebhookGuard guard;
    private final LookupBudget lookups;
    private final GatewayConfig config;
    private final WebhookMetrics metrics;

    public WebhookIngestion(RoutingCache routing, InboundPublisher publisher, ObjectMapper objectMapper,
            WebhookGuard guard, LookupBudget lookups, GatewayConfig config, WebhookMetrics metrics) {
        this.metrics = metrics;
        this.config = config;
        this.lookups = lookups;
        this.guard = guard;
        this.routing = routing;
        this.publisher = publisher;
        this.objectMapper = objectMapper;
        this.metaNormalizer = new MetaNormalizer(objectMapper);
        this.evolutionNormalizer = new EvolutionNormalizer(objectMapper);
    }

    /** Meta's subscription handshake: the challenge back only for the connection's own verify token. */
    public Uni<String> verifyMeta(UUID connectionId, String mode, String verifyToken, String challenge,
            String address) {
        return connection(connectionId, "CLOUD_API", address).map(route -> {
            boolean matches = verifyToken != null && MessageDigest.isEqual(
                    verifyToken.getBytes(StandardCharsets.UTF_8), route.verifyToken().getBytes(StandardCharsets.UTF_8));
            if (!"subscribe".equals(mode) || !matches || challenge == null) {
                throw new WebhookRejected(403, "Verification failed");
            }
            return challenge;
        });
    }

    /** A Meta POST: 200 once its events are in Kafka; 401 for a bad signature (nothing published). */
    public Uni<Integer> receiveMeta(UUID connectionId, byte[] body, String signature, Map<String, String> headers,
            String address) {
        return counted(WebhookMetrics.META, () -> connection(connectionId, "CLOUD_API", address).flatMap(route -> {
            if (!MetaSignature.valid(body, signature, route.appSecret())) {
                throw new WebhookRejected(401, "Invalid or missing X-Hub-Signature-256");
            }
            JsonNode root = parse(body);
            if (!"whatsapp_business_account".equals(root.path("object").asText())) {
                throw new WebhookRejected(400, "Not a WhatsApp Business Account webhook");
            }
            List<EventEnvelope> events = envelopes(route, metaNormalizer.normalize(root, route.phoneNumberId()));
            return handOver(route, "META", body, headers, address, events, List.of());
        }));
    }

    /** The webhook's outcome counted: {@code webhooks.received} or {@code webhooks.rejected} with its reason. */
    private Uni<Integer> counted(String provider, Supplier<Uni<? extends Integer>> receive) {
        return Uni.createFrom().deferred(receive)
                .onItem().invoke(() -> metrics.received(provider))
                .onFailure().invoke(failure -> metrics.rejected(provider, failure));
    }

    /** The platform app's subscription handshake: the challenge back only for the platform's verify token. */
    public String verifyMetaPlatform(String mode, String verifyToken, String challenge) {
        String expected = config.platformVerifyToken().filter(t -> !t.isBlank())
                .orElseThrow(() -> new WebhookRejected(404, "No platform app is configured"));
        boolean matches = verifyToken != null && MessageDigest.isEqual(verifyToken.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !matches || challenge == null) {
            throw new WebhookRejected(403, "Verification failed");
        }
        return challenge;
    }

    /**
     * A POST to the platform app's single endpoint: signed with the platform app's secret; its changes are routed
     * by {@code metadata.phone_number_id} to the numbers onboarded under that app, each tenant's part published
     * (raw and normalized) under its own connection. Changes of numbers the platform does not know are left out
     * (200: retrying would not help). 503 if a lookup or Kafka fails, so Meta retries the whole batch.
     */
    public Uni<Integer> receiveMetaPlatform(byte[] body, String signature, Map<String, String> headers,
            String address) {
        return counted(WebhookMetrics.META, () -> platform(body, signature, headers, address));
    }

    private Uni<Integer> platform(byte[] body, String signature, Map<String, String> headers, String address) {
        String secret = config.platformAppSecret().filter(s -> !s.isBlank())
                .orElseThrow(WebhookMetrics.Disabled::new);
        if (!MetaSignature.valid(body, signature, secret)) {
            throw new WebhookRejected(401, "Invalid or missing X-Hub-Signature-256");
        }
        JsonNode root = parse(body);
        if (!"whatsapp_business_account".equals(root.path("object").asText())) {
            throw new WebhookRejected(400, "Not a WhatsApp Business Account webhook");
        }
        Map<String, ObjectNode> byNumber = PlatformBatch.split(root, objectMapper);
        List<Uni<Integer>> parts = byNumber.entrySet().stream().map(part -> routing
                .lookupPlatformNumber(part.getKey())
                .onFailure().transform(e -> new WebhookRejected(503, "Temporarily unavailable, retry later"))
                .flatMap(found -> {
                    if (found.isEmpty() || !"CLOUD_API".equals(found.get().type())) {
                        LOG.infof("platform webhook: number %s is not onboarded here; its changes are left out",
                                part.getKey());
                        return Uni.createFrom().item(0);
                    }
                    Routing route = found.get();
                    byte[] own = part.getValue().toString().getBytes(StandardCharsets.UTF_8);
                    return handOver(route, "META", own, headers, address, envelopes(route,
                            metaNormalizer.normalize(part.getValue(), route.phoneNumberId())), List.of());
                })).toList();
        return parts.isEmpty() ? Uni.createFrom().item(0)
                : Uni.join().all(parts).andFailFast().map(counts -> counts.stream().mapToInt(Integer::intValue).sum());
    }

    /**
     * An Evolution POST: authenticated by the connection's secret header (set on the instance by session-service)
     * and the {@code instance} field, which must be the connection's own instance.
     */
    public Uni<Integer> receiveEvolution(UUID connectionId, byte[] body, String secret, Map<String, String> headers,
            String address) {
        return counted(WebhookMetrics.EVOLUTION, () -> connection(connectionId, "EVOLUTION", address)
                .flatMap(route -> {
            if (secret == null || route.webhookSecret() == null || !MessageDigest.isEqual(
                    secret.getBytes(StandardCharsets.UTF_8), route.webhookSecret().getBytes(StandardCharsets.UTF_8))) {
                throw new WebhookRejected(401, "Invalid or missing connection secret header");
            }
            JsonNode root = parse(body);
            if (!route.instanceName().equals(root.path("instance").asText())) {
                throw new WebhookRejected(401, "The instance does not belong to this connection");
            }
            EvolutionNormalizer.Events normalized = evolutionNormalizer.normalize(root);
            byte[] archived = CredentialFields.stripped(root).toString().getBytes(StandardCharsets.UTF_8);
            return handOver(route, "EVOLUTION", archived, headers, address, envelopes(route, normalized.inbound()),
                    envelopes(route, normalized.session()));
        }));
    }

    private static List<EventEnvelope> envelopes(Routing route, List<InboundEvent> events) {
        return events.stream().map(e -> EventEnvelope.of(e.type(), route.tenantId(),
                route.connectionId().toString(), e.payload())).toList();
    }

    /**
     * Publishes the raw webhook and its events not delivered before; 503 (so the provider retries) when Kafka does
     * not take them. Answers how many events were published.
     */
    private Uni<Integer> handOver(Routing route, String provider, byte[] body, Map<String, String> headers,
            String address, List<EventEnvelope> events, List<EventEnvelope> sessionEvents) {
        EventEnvelope raw = EventEnvelope.of(EventTypes.WEBHOOK_RECEIVED, route.tenantId(),
                route.connectionId().toString(), rawPayload(provider, body, headers));
        return guard.admit(address, route.connectionId(), events).flatMap(fresh -> publisher
                .publish(raw, fresh, sessionEvents)
                .onFailure().transform(e -> {
                    LOG.warnf("could not hand webhook to Kafka: %s", e.toString());
                    return new WebhookRejected(503, "Temporarily unavailable, retry later");
                })
                .invoke(() -> {
                    guard.remember(fresh);
                    LOG.infof("%s webhook of connection %s: %d events handed over", provider, route.connectionId(),
                            fresh.size() + sessionEvents.size());
                })
                .replaceWith(fresh.size() + sessionEvents.size()));
    }

    /**
     * The connection's routing; a lookup at session-service is paid from the source address's budget (429 before
     * any lookup once it is spent; given back when the connection exists).
     */
    private Uni<Routing> connection(UUID connectionId, String type, String address) {
        LookupBudget.Lookup paid = routing.remembers(connectionId) ? null : lookups.charge(address);
        return routing.lookup(connectionId)
                .onItemOrFailure().invoke((found, failure) -> {
                    if (paid != null) {
                        paid.settle(failure == null && found.isEmpty());
                    }
                })
                .onFailure().transform(e -> {
                    LOG.warnf("routing lookup failed: %s", e.toString());
                    return new WebhookRejected(503, "Temporarily unavailable, retry later");
                })
                .map(found -> found.filter(r -> type.equals(r.type()))
                        .orElseThrow(() -> new WebhookRejected(404, "Unknown connection")));
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode root = objectMapper.readTree(body);
            if (root == null || !root.isObject()) {
                throw new WebhookRejected(400, "The body must be a JSON object");
            }
            return root;
        } catch (IOException e) {
            throw new WebhookRejected(400, "The body is not valid JSON");
        }
    }

    private ObjectNode rawPayload(String provider, byte[] body, Map<String, String> headers) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("provider", provider)
                .put("receivedAt", Instant.now().toString())
                .put("body", new String(body, StandardCharsets.UTF_8));
        payload.set("headers", objectMapper.valueToTree(headers));
        return payload;
    }
}
