package com.waplatform.message.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.config.AutomationConfig;
import com.waplatform.message.domain.AutomationDelivery;
import com.waplatform.message.domain.AutomationSigning;
import com.waplatform.message.domain.Contact;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.messaging.ConversationEvents;
import com.waplatform.message.repository.AutomationDeliveryRepository;
import com.waplatform.message.repository.AutomationSigningRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.persistence.audit.AuditPublisher;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import com.waplatform.web.TenantDirectory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Customer messages of bot-owned conversations on their way to the tenant's automation: queued in the message's
 * own transaction (nothing is lost between the commit and the forwarding), taken by workers under a lease, and
 * finished as DELIVERED or, after the last attempt, DEAD — the dead letters the tenant admin sees and can retry.
 */
@ApplicationScoped
public class AutomationQueue {

    /** A delivery taken for an attempt, with the tenant's current signing secret. */
    public record Due(AutomationDelivery delivery, String secret) {
    }

    private final AutomationDeliveryRepository deliveries;
    private final AutomationSigningRepository signing;
    private final ConversationRepository conversations;
    private final ConversationEvents events;
    private final AuditPublisher audit;
    private final TenantScope scope;
    private final TenantDirectory tenants;
    private final AutomationSigner signer;
    private final AutomationConfig config;
    private final ObjectMapper objectMapper;

    public AutomationQueue(AutomationDeliveryRepository deliveries, AutomationSigningRepository signing,
            ConversationRepository conversations, ConversationEvents events, AuditPublisher audit, TenantScope scope,
            TenantDirectory tenants, AutomationSigner signer, AutomationConfig config, ObjectMapper objectMapper) {
        this.deliveries = deliveries;
        this.signing = signing;
        this.conversations = conversations;
        this.events = events;
        this.audit = audit;
        this.scope = scope;
        this.tenants = tenants;
        this.signer = signer;
        this.config = config;
        this.objectMapper = objectMapper;
    }

    /** Whether the tenant's bot answers first: it is on and has a webhook URL. */
    public boolean botAnswers(String tenantId) {
        return tenants.find(tenantId).filter(TenantSnapshot::botEnabled).map(TenantSnapshot::automationWebhookUrl)
                .filter(url -> !url.isBlank()).isPresent();
    }

    /** Queues a customer message for the automation, in the caller's (tenant-scoped) transaction. */
    public Uni<Void> enqueue(Conversation conversation, Contact contact, Message message) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        AutomationDelivery delivery = new AutomationDelivery();
        delivery.id = UUID.randomUUID();
        delivery.tenantId = conversation.tenantId;
        delivery.conversationId = conversation.id;
        delivery.messageId = message.id;
        delivery.payload = payload(delivery.id, conversation, contact, message);
        delivery.status = AutomationDelivery.Status.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        return deliveries.persist(delivery).replaceWithVoid();
    }

    /** Takes due deliveries of every tenant for this worker, under a lease, with each tenant's signing secret. */
    @WithTransaction
    public Uni<List<Due>> take() {
        OffsetDateTime leaseEnd = OffsetDateTime.now(ZoneOffset.UTC).plus(config.lease());
        return scope.systemBypass("automation forwarding worker")
                .chain(() -> deliveries.due(config.perTenantBatch(), config.batchSize()))
                .flatMap(rows -> {
                    rows.forEach(row -> row.leaseUntil = leaseEnd);
                    if (rows.isEmpty()) {
                        return Uni.createFrom().item(List.<Due>of());
                    }
                    List<String> tenantIds = rows.stream().map(r -> r.tenantId).distinct().toList();
                    return signing.list("tenantId in ?1", tenantIds).map(versions -> {
                        Map<String, Integer> byTenant = versions.stream()
                                .collect(Collectors.toMap(v -> v.tenantId, v -> v.version));
                        return rows.stream().map(row -> new Due(row,
                                signer.secret(row.tenantId, byTenant.getOrDefault(row.tenantId, 1)))).toList();
                    });
                });
    }

    /** Stores the outcome of an attempt; a delivery that just became a dead letter is announced to the tenant. */
    @WithTransaction
    public Uni<AutomationDelivery> finish(AutomationDelivery delivery) {
        return scope.enter(delivery.tenantId)
                .chain(() -> Panache.getSession().flatMap(session -> session.merge(delivery)))
                .call(saved -> saved.status != AutomationDelivery.Status.DEAD ? Uni.createFrom().voidItem()
                        : conversations.findOwned(saved.tenantId, saved.conversationId)
                                .call(c -> c == null ? Uni.createFrom().voidItem()
                                        : events.automationFailed(c, saved)));
    }

    @WithTransaction
    public Uni<List<AutomationDelivery>> list(String tenantId, AutomationDelivery.Status status, int limit) {
        return scope.enter(tenantId).chain(() -> deliveries.ofTenant(tenantId, status, limit));
    }

    /** Puts a dead letter back in the queue with fresh attempts (409 if it is not dead). */
    @WithTransaction
    public Uni<AutomationDelivery> retry(Actor actor, String tenantId, UUID id) {
        return scope.enter(tenantId).chain(() -> deliveries.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Delivery"))
                .call(d -> {
                    if (d.status != AutomationDelivery.Status.DEAD) {
                        throw ProblemException.conflict("Only a dead letter can be retried; this delivery is "
                                + d.status);
                    }
                    d.status = AutomationDelivery.Status.PENDING;
                    d.attempts = 0;
                    d.nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC);
                    d.updatedAt = d.nextAttemptAt;
                    return audit.record(tenantId, actor.id(), actor.name(), actor.requestId(), "automation.retry",
                            "automation-delivery:" + d.id, Map.of("lastError", String.valueOf(d.lastError)));
                });
    }

    /** The tenant's current signing secret (version 1 until first rotated). */
    @WithTransaction
    public Uni<AutomationSigning> signingVersion(String tenantId) {
        return scope.enter(tenantId).chain(() -> signing.findById(tenantId)).map(found -> found != null ? found
                : initial(tenantId));
    }

    /** A new signing secret for the tenant; the old one stops being used at once. */
    @WithTransaction
    public Uni<AutomationSigning> rotate(Actor actor, String tenantId) {
        return scope.enter(tenantId).chain(() -> signing.findById(tenantId)).flatMap(found -> {
            AutomationSigning next = found != null ? found : initial(tenantId);
            next.version++;
            next.rotatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            Uni<AutomationSigning> saved = found != null ? Uni.createFrom().item(next) : signing.persist(next);
            return saved.call(s -> audit.record(tenantId, actor.id(), actor.name(), actor.requestId(),
                    "automation.signing-secret.rotate", "tenant:" + tenantId, Map.of("version", s.version)));
        });
    }

    public String secret(AutomationSigning version) {
        return signer.secret(version.tenantId, version.version);
    }

    private static AutomationSigning initial(String tenantId) {
        AutomationSigning first = new AutomationSigning();
        first.tenantId = tenantId;
        first.version = 1;
        first.rotatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return first;
    }

    private String payload(UUID deliveryId, Conversation c, Contact contact, Message message) {
        ObjectNode body = objectMapper.createObjectNode()
                .put("event", "message.received")
                .put("deliveryId", deliveryId.toString())
                .put("tenantId", c.tenantId)
                .put("connectionId", c.connectionId.toString())
                .put("conversationId", c.id.toString())
                .put("channel", c.channel);
        body.putObject("contact").put("id", contact.id.toString()).put("waId", contact.waId)
                .put("name", contact.profileName);
        ObjectNode json = events.messageJson(message).put("replyTo", message.replyTo);
        json.set("content", parse(message.content));
        body.set("message", json);
        ObjectNode conversation = body.putObject("conversation").put("status", c.status.name())
                .put("owner", c.owner.name());
        conversation.set("attributes", parse(c.attributes));
        return body.toString();
    }

    private com.fasterxml.jackson.databind.JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            return objectMapper.getNodeFactory().textNode(json);
        }
    }
}
