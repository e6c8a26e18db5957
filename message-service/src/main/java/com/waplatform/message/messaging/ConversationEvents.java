package com.waplatform.message.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.message.domain.AutomationDelivery;
import com.waplatform.message.domain.Contact;
import com.waplatform.message.domain.ConversationNote;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.domain.MessageMedia;
import com.waplatform.message.service.OutgoingMessage;
import com.waplatform.persistence.outbox.OutboxWriter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Events of message-service, written to the outbox in the caller's transaction: {@code conversation.events} for
 * live inboxes and {@code message.outbound} for session-service.
 */
@ApplicationScoped
public class ConversationEvents {

    private final OutboxWriter outbox;
    private final ObjectMapper objectMapper;

    public ConversationEvents(OutboxWriter outbox, ObjectMapper objectMapper) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
    }

    public Uni<Void> messageCreated(Conversation conversation, Contact contact, Message message) {
        ObjectNode payload = objectMapper.createObjectNode().put("conversationId", conversation.id.toString());
        payload.set("contact", objectMapper.createObjectNode()
                .put("id", contact.id.toString()).put("waId", contact.waId).put("name", contact.profileName));
        payload.set("message", messageJson(message));
        return publish(Topics.CONVERSATION_EVENTS, EventTypes.CONVERSATION_MESSAGE_CREATED, conversation, payload);
    }

    public Uni<Void> statusChanged(Conversation conversation, Message message) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("conversationId", conversation.id.toString())
                .put("messageId", message.id.toString())
                .put("providerMessageId", message.providerMessageId)
                .put("status", message.status.name())
                .put("statusAt", message.statusAt == null ? null : message.statusAt.toString())
                .put("errorCode", message.errorCode)
                .put("errorReason", message.errorReason);
        return publish(Topics.CONVERSATION_EVENTS, EventTypes.CONVERSATION_MESSAGE_STATUS_CHANGED, conversation,
                payload);
    }

    public Uni<Void> reacted(Conversation conversation, Message target) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("conversationId", conversation.id.toString())
                .put("messageId", target.id.toString())
                .put("reaction", target.reaction);
        return publish(Topics.CONVERSATION_EVENTS, EventTypes.CONVERSATION_MESSAGE_REACTED, conversation, payload);
    }

    /** A media message's file arrived (STORED) or could not be fetched (FAILED). */
    public Uni<Void> mediaChanged(Conversation conversation, Message message, MessageMedia media) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("conversationId", conversation.id.toString())
                .put("messageId", message.id.toString())
                .put("mediaStatus", media.status.name())
                .put("mimeType", media.mimeType)
                .put("sizeBytes", media.sizeBytes)
                .put("error", media.status == MessageMedia.Status.FAILED ? media.lastError : null);
        return publish(Topics.CONVERSATION_EVENTS, EventTypes.CONVERSATION_MESSAGE_MEDIA, conversation, payload);
    }

    public Uni<Void> updated(Conversation c, String action, String actorId) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("conversationId", c.id.toString())
                .put("action", action)
                .put("actorId", actorId)
                .put("status", c.status.name())
                .put("owner", c.owner.name())
                .put("assigneeId", c.assigneeId)
                .put("handoffReason", c.handoffReason)
                .put("unreadCount", c.unreadCount);
        var labels = payload.putArray("labels");
        for (String label : c.labels) {
            labels.add(label);
        }
        return publish(Topics.CONVERSATION_EVENTS, EventTypes.CONVERSATION_UPDATED, c, payload);
    }

    public Uni<Void> noteAdded(Conversation c, ConversationNote note) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("conversationId", c.id.toString())
                .put("action", "note")
                .put("actorId", note.authorId);
        payload.putObject("note").put("id", note.id.toString()).put("authorName", note.authorName)
                .put("text", note.text).put("createdAt", note.createdAt.toString());
        return publish(Topics.CONVERSATION_EVENTS, EventTypes.CONVERSATION_UPDATED, c, payload);
    }

    /** The automation could not be reached for a customer message: its tenant's admins and agents see it. */
    public Uni<Void> automationFailed(Conversation c, AutomationDelivery delivery) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("conversationId", c.id.toString())
                .put("action", "automation_failed")
                .put("deliveryId", delivery.id.toString())
                .put("messageId", delivery.messageId.toString())
                .put("attempts", delivery.attempts)
                .put("lastError", delivery.lastError);
        return publish(Topics.CONVERSATION_EVENTS, EventTypes.CONVERSATION_UPDATED, c, payload);
    }

    public Uni<Void> sendRequested(Conversation conversation, Contact contact, Message message,
            OutgoingMessage outgoing) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("messageId", message.id.toString())
                .put("conversationId", conversation.id.toString())
                .put("to", contact.waId)
                .put("type", outgoing.type())
                .put("text", outgoing.text());
        payload.setAll(outgoing.content());
        return publish(Topics.MESSAGE_OUTBOUND, EventTypes.MESSAGE_SEND_REQUESTED, conversation, payload);
    }

    public Uni<Void> readRequested(Conversation conversation, Contact contact, Message last) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("conversationId", conversation.id.toString())
                .put("messageId", last.id.toString())
                .put("providerMessageId", last.providerMessageId)
                .put("from", contact.waId);
        return publish(Topics.MESSAGE_OUTBOUND, EventTypes.MESSAGE_READ_REQUESTED, conversation, payload);
    }

    public ObjectNode messageJson(Message m) {
        return objectMapper.createObjectNode()
                .put("id", m.id.toString())
                .put("direction", m.direction.name())
                .put("sender", m.sender.name())
                .put("type", m.type)
                .put("text", m.text)
                .put("providerMessageId", m.providerMessageId)
                .put("status", m.status == null ? null : m.status.name())
                .put("mediaStatus", m.mediaStatus == null ? null : m.mediaStatus.name())
                .put("createdAt", m.createdAt.toString());
    }

    private Uni<Void> publish(String topic, String type, Conversation conversation, ObjectNode payload) {
        return outbox.publish(topic,
                EventEnvelope.of(type, conversation.tenantId, conversation.connectionId.toString(), payload));
    }
}
