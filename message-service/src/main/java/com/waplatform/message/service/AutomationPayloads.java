package com.waplatform.message.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.message.domain.ConnectionProfile;
import com.waplatform.message.domain.Contact;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.messaging.ConversationEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The JSON body a customer message is forwarded to the automation with (fixed when it arrives): the event, the
 * business number it was written to (connection: id, name, displayPhoneNumber), the contact, the message, and the
 * conversation's status, owner and attributes ({} when none, as in the API).
 */
@ApplicationScoped
public class AutomationPayloads {

    private final ObjectMapper objectMapper;
    private final ConversationEvents events;
    private final ConnectionProfiles connections;

    public AutomationPayloads(ObjectMapper objectMapper, ConversationEvents events, ConnectionProfiles connections) {
        this.objectMapper = objectMapper;
        this.events = events;
        this.connections = connections;
    }

    /** In the caller's tenant-scoped transaction. */
    Uni<String> of(UUID deliveryId, Conversation c, Contact contact, Message message) {
        return connections.find(c.tenantId, c.connectionId)
                .map(connection -> build(deliveryId, c, connection, contact, message));
    }

    private String build(UUID deliveryId, Conversation c, ConnectionProfile connection, Contact contact,
            Message message) {
        ObjectNode body = objectMapper.createObjectNode()
                .put("event", "message.received")
                .put("deliveryId", deliveryId.toString())
                .put("tenantId", c.tenantId)
                .put("connectionId", c.connectionId.toString())
                .put("conversationId", c.id.toString())
                .put("channel", c.channel);
        body.putObject("connection").put("id", c.connectionId.toString())
                .put("name", connection == null ? null : connection.name)
                .put("displayPhoneNumber", connection == null ? null : connection.displayPhoneNumber);
        body.putObject("contact").put("id", contact.id.toString()).put("waId", contact.waId)
                .put("name", contact.profileName);
        ObjectNode json = events.messageJson(message).put("replyTo", message.replyTo);
        json.set("content", parse(message.content));
        body.set("message", json);
        ObjectNode conversation = body.putObject("conversation").put("status", c.status.name())
                .put("owner", c.owner.name());
        conversation.set("attributes", ConversationAttributes.of(c));
        return body.toString();
    }

    private JsonNode parse(String json) {
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
