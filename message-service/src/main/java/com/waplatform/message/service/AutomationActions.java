package com.waplatform.message.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.messaging.ConversationEvents;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * What a tenant's automation does through its API key: answer in a conversation the bot owns, escalate it to a
 * person, and keep attributes on it. Once a person owns a conversation the bot cannot write in it (409).
 */
@ApplicationScoped
public class AutomationActions {

    public static final int MAX_ATTRIBUTES = 50;
    private static final int MAX_KEY = 64;
    private static final int MAX_VALUE = 1000;

    private final ConversationService conversations;
    private final ConversationActions actions;
    private final ConversationRepository repository;
    private final ConversationEvents events;
    private final TenantScope scope;

    public AutomationActions(ConversationService conversations, ConversationActions actions,
            ConversationRepository repository, ConversationEvents events, TenantScope scope) {
        this.conversations = conversations;
        this.actions = actions;
        this.repository = repository;
        this.events = events;
        this.scope = scope;
    }

    /** The bot's reply; 409 once a person owns the conversation. */
    @WithTransaction
    public Uni<Message> reply(String tenantId, UUID conversationId, String actorId, OutgoingMessage message) {
        return owned(tenantId, conversationId).invoke(c -> {
            if (c.owner != Conversation.Owner.BOT) {
                throw ProblemException.conflict("A person has taken over this conversation"
                        + (c.handoffReason == null ? "" : " (" + c.handoffReason + ")")
                        + "; the bot may write again once an agent hands it back");
            }
        }).chain(() -> conversations.send(tenantId, conversationId, Message.Sender.BOT, actorId, message));
    }

    /** Hands the conversation to the tenant's agents, keeping the reason; live inboxes are told at once. */
    public Uni<Conversation> escalate(String tenantId, UUID conversationId, String actorId, String reason) {
        return actions.apply(tenantId, conversationId, actorId, ConversationActions.Action.ESCALATE,
                reason == null || reason.isBlank() ? "escalated by the automation" : reason.strip());
    }

    /**
     * Merges attributes into the conversation's (a JSON null removes one); values are texts, numbers or booleans.
     */
    @WithTransaction
    public Uni<Conversation> setAttributes(String tenantId, UUID conversationId, String actorId, JsonNode changes) {
        if (changes == null || !changes.isObject()) {
            throw ProblemException.unprocessable("Attributes must be a JSON object of names and values");
        }
        return owned(tenantId, conversationId).call(c -> {
            ObjectNode merged = ConversationAttributes.of(c);
            for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> change = it.next();
                check(change.getKey(), change.getValue());
                if (change.getValue().isNull()) {
                    merged.remove(change.getKey());
                } else {
                    merged.set(change.getKey(), change.getValue());
                }
            }
            if (merged.size() > MAX_ATTRIBUTES) {
                throw ProblemException.unprocessable("A conversation has at most " + MAX_ATTRIBUTES + " attributes");
            }
            c.attributes = merged.isEmpty() ? null : merged.toString();
            return events.updated(c, "attributes", actorId);
        });
    }

    private static void check(String name, JsonNode value) {
        if (name.isBlank() || name.length() > MAX_KEY) {
            throw ProblemException.unprocessable("Attribute names have 1 to " + MAX_KEY + " characters");
        }
        if (!(value.isNull() || value.isNumber() || value.isBoolean()
                || value.isTextual() && value.asText().length() <= MAX_VALUE)) {
            throw ProblemException.unprocessable("Attribute '" + name + "' must be a text (at most " + MAX_VALUE
                    + " characters), a number, a boolean, or null to remove it");
        }
    }

    private Uni<Conversation> owned(String tenantId, UUID id) {
        return scope.enter(tenantId).chain(() -> repository.findOwned(tenantId, id))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Conversation"));
    }
}
