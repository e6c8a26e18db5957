package com.waplatform.message.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.contracts.DeliveryStatus;
import com.waplatform.message.domain.EarlyStatus;
import com.waplatform.message.domain.Message;
import com.waplatform.message.messaging.ConversationEvents;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.EarlyStatusRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Delivery statuses of outbound messages. They only move forward (sent &lt; delivered &lt; read, failed terminal);
 * one that arrives before the message's provider id is known is kept and applied when the send result comes.
 */
@ApplicationScoped
public class DeliveryStatusService {

    private static final Logger LOG = Logger.getLogger(DeliveryStatusService.class);

    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final EarlyStatusRepository earlyStatuses;
    private final ConversationEvents events;
    private final TenantScope scope;
    private final MessageMetrics metrics;

    public DeliveryStatusService(MessageRepository messages, ConversationRepository conversations,
            EarlyStatusRepository earlyStatuses, ConversationEvents events, TenantScope scope,
            MessageMetrics metrics) {
        this.metrics = metrics;
        this.scope = scope;
        this.messages = messages;
        this.conversations = conversations;
        this.earlyStatuses = earlyStatuses;
        this.events = events;
    }

    /** session-service's answer to a send: accepted with the provider's id, or failed. */
    @WithTransaction
    public Uni<Void> sendResult(String tenantId, JsonNode payload, boolean accepted) {
        UUID messageId = UUID.fromString(payload.path("messageId").asText());
        return scope.enter(tenantId).chain(() -> messages.findOwned(tenantId, messageId)).flatMap(message -> {
            if (message == null) {
                return Uni.createFrom().voidItem();
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            LOG.infof("message %s %s by the provider", messageId, accepted ? "accepted" : "refused");
            if (!accepted) {
                message.errorCode = payload.path("errorCode").asText(null);
                message.errorReason = payload.path("errorReason").asText(null);
                return apply(message, DeliveryStatus.FAILED, now);
            }
            if (message.providerMessageId == null) {
                message.providerMessageId = payload.path("providerMessageId").asText();
            }
            return apply(message, DeliveryStatus.SENT, now).call(() -> applyEarly(message));
        });
    }

    /** A status webhook from the provider, by provider message id. */
    @WithTransaction
    public Uni<Void> reported(String tenantId, JsonNode payload) {
        String providerId = payload.path("providerMessageId").asText();
        Optional<DeliveryStatus> status = DeliveryStatus.fromProvider(payload.path("status").asText());
        if (status.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime at = InboundService.time(payload.path("timestamp").asText(null));
        JsonNode error = payload.path("errors").path(0);
        return scope.enter(tenantId).chain(() -> messages.findByProviderId(tenantId, providerId))
                .flatMap(message -> {
            if (message == null) {
                EarlyStatus early = new EarlyStatus();
                early.tenantId = tenantId;
                early.providerMessageId = providerId;
                early.status = status.get().name();
                early.occurredAt = at;
                early.errorCode = error.path("code").asText(null);
                early.errorReason = error.path("title").asText(null);
                return earlyStatuses.persist(early).replaceWithVoid();
            }
            if (status.get() == DeliveryStatus.FAILED) {
                message.errorCode = error.path("code").asText(null);
                message.errorReason = error.path("title").asText(null);
            }
            return apply(message, status.get(), at);
        });
    }

    private Uni<Void> applyEarly(Message message) {
        return earlyStatuses.waitingFor(message.tenantId, message.providerMessageId).flatMap(list -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (EarlyStatus early : list) {
                chain = chain.call(() -> {
                    if (DeliveryStatus.valueOf(early.status) == DeliveryStatus.FAILED) {
                        message.errorCode = early.errorCode;
                        message.errorReason = early.errorReason;
                    }
                    return apply(message, DeliveryStatus.valueOf(early.status), early.occurredAt);
                }).call(() -> earlyStatuses.delete(early));
            }
            return chain;
        });
    }

    private Uni<Void> apply(Message message, DeliveryStatus status, OffsetDateTime at) {
        if (!message.advanceTo(status, at)) {
            return Uni.createFrom().voidItem();
        }
        metrics.status(message.tenantId, status, message.errorCode);
        return conversations.findOwned(message.tenantId, message.conversationId)
                .flatMap(conversation -> events.statusChanged(conversation, message));
    }
}
