package com.waplatform.message.service;

import com.waplatform.message.config.AutomationConfig;
import com.waplatform.message.domain.AutomationDelivery;
import com.waplatform.message.domain.Contact;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.messaging.ConversationEvents;
import com.waplatform.message.repository.AutomationDeliveryRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.persistence.audit.AuditPublisher;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.Actor;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    /** Why the conversation of a dead letter went to the tenant's people. */
    public static final String HANDOFF_REASON = "automation unavailable";
    /** Who the handoff of a dead letter is recorded as (live event and audit log). */
    static final String HANDOFF_ACTOR = "automation";

    private final AutomationDeliveryRepository deliveries;
    private final AutomationSecrets secrets;
    private final ConversationRepository conversations;
    private final ConversationEvents events;
    private final AuditPublisher audit;
    private final TenantScope scope;
    private final AutomationConfig config;
    private final AutomationPayloads payloads;

    public AutomationQueue(AutomationDeliveryRepository deliveries, AutomationSecrets secrets,
            ConversationRepository conversations, ConversationEvents events, AuditPublisher audit, TenantScope scope,
            AutomationConfig config, AutomationPayloads payloads) {
        this.deliveries = deliveries;
        this.secrets = secrets;
        this.conversations = conversations;
        this.events = events;
        this.audit = audit;
        this.scope = scope;
        this.config = config;
        this.payloads = payloads;
    }

    /** Queues a customer message for the automation, in the caller's (tenant-scoped) transaction. */
    public Uni<Void> enqueue(Conversation conversation, Contact contact, Message message) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        AutomationDelivery delivery = new AutomationDelivery();
        delivery.id = UUID.randomUUID();
        delivery.tenantId = conversation.tenantId;
        delivery.conversationId = conversation.id;
        delivery.messageId = message.id;
        delivery.status = AutomationDelivery.Status.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        delivery.updatedAt = now;
        return payloads.of(delivery.id, conversation, contact, message).invoke(json -> delivery.payload = json)
                .chain(() -> deliveries.persist(delivery)).replaceWithVoid();
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
                    return secrets.secretsOf(rows.stream().map(r -> r.tenantId).toList()).map(byTenant ->
                            rows.stream().map(row -> new Due(row, byTenant.get(row.tenantId))).toList());
                });
    }

    /**
     * Stores the outcome of an attempt. A delivery that just became a dead letter is announced to the tenant, and
     * its conversation, if the bot still owns it, is handed to the tenant's people so that the customer is not left
     * unanswered: owner HUMAN, reason "automation unavailable", live on the agents' inboxes and in the audit log.
     */
    @WithTransaction
    public Uni<AutomationDelivery> finish(AutomationDelivery delivery) {
        return scope.enter(delivery.tenantId)
                .chain(() -> Panache.getSession().flatMap(session -> session.merge(delivery)))
                .call(saved -> saved.status != AutomationDelivery.Status.DEAD ? Uni.createFrom().voidItem()
                        : conversations.findOwned(saved.tenantId, saved.conversationId)
                                .call(c -> c == null ? Uni.createFrom().voidItem() : deadLetter(c, saved)));
    }

    private Uni<Void> deadLetter(Conversation c, AutomationDelivery dead) {
        Uni<Void> announced = events.automationFailed(c, dead);
        if (c.owner != Conversation.Owner.BOT) {
            return announced;
        }
        c.owner = Conversation.Owner.HUMAN;
        c.handoffReason = HANDOFF_REASON;
        return announced.call(() -> events.updated(c, "escalate", HANDOFF_ACTOR))
                .call(() -> audit.record(c.tenantId, HANDOFF_ACTOR, HANDOFF_ACTOR, null, "conversation.handoff",
                        "conversation:" + c.id, Map.of("reason", HANDOFF_REASON, "deliveryId", dead.id.toString(),
                                "lastError", String.valueOf(dead.lastError))));
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
}
