package com.waplatform.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
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
import org.jboss.logging.Logger;

/** Verifies a provider webhook, attributes it to the connection's tenant, normalizes it and hands it to Kafka. */
@ApplicationScoped
public class WebhookIngestion {

    private static final Logger LOG = Logger.getLogger(WebhookIngestion.class);

    private final RoutingCache routing;
    private final InboundPublisher publisher;
    private final ObjectMapper objectMapper;
    private final MetaNormalizer metaNormalizer;

    public WebhookIngestion(RoutingCache routing, InboundPublisher publisher, ObjectMapper objectMapper) {
        this.routing = routing;
        this.publisher = publisher;
        this.objectMapper = objectMapper;
        this.metaNormalizer = new MetaNormalizer(objectMapper);
    }

    /** Meta's subscription handshake: the challenge back only for the connection's own verify token. */
    public Uni<String> verifyMeta(UUID connectionId, String mode, String verifyToken, String challenge) {
        return cloudApiConnection(connectionId).map(route -> {
            boolean matches = verifyToken != null && MessageDigest.isEqual(
                    verifyToken.getBytes(StandardCharsets.UTF_8), route.verifyToken().getBytes(StandardCharsets.UTF_8));
            if (!"subscribe".equals(mode) || !matches || challenge == null) {
                throw new WebhookRejected(403, "Verification failed");
            }
            return challenge;
        });
    }

    /** A Meta POST: 200 once its events are in Kafka; 401 for a bad signature (nothing published). */
    public Uni<Integer> receiveMeta(UUID connectionId, byte[] body, String signature, Map<String, String> headers) {
        return cloudApiConnection(connectionId).flatMap(route -> {
            if (!MetaSignature.valid(body, signature, route.appSecret())) {
                throw new WebhookRejected(401, "Invalid or missing X-Hub-Signature-256");
            }
            JsonNode root = parse(body);
            if (!"whatsapp_business_account".equals(root.path("object").asText())) {
                throw new WebhookRejected(400, "Not a WhatsApp Business Account webhook");
            }
            List<EventEnvelope> events = metaNormalizer.normalize(root, route.phoneNumberId()).stream()
                    .map(e -> EventEnvelope.of(e.type(), route.tenantId(), connectionId.toString(), e.payload()))
                    .toList();
            EventEnvelope raw = EventEnvelope.of(EventTypes.WEBHOOK_RECEIVED, route.tenantId(),
                    connectionId.toString(), rawPayload("META", body, headers));
            return publisher.publish(raw, events)
                    .onFailure().transform(e -> {
                        LOG.warnf("could not hand webhook to Kafka: %s", e.toString());
                        return new WebhookRejected(503, "Temporarily unavailable, retry later");
                    })
                    .replaceWith(events.size());
        });
    }

    private Uni<Routing> cloudApiConnection(UUID connectionId) {
        return routing.lookup(connectionId)
                .onFailure().transform(e -> {
                    LOG.warnf("routing lookup failed: %s", e.toString());
                    return new WebhookRejected(503, "Temporarily unavailable, retry later");
                })
                .map(found -> found.filter(r -> "CLOUD_API".equals(r.type()))
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
