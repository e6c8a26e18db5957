package com.waplatform.message.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.message.service.ConversationAttributes;
import com.waplatform.message.service.ConversationService;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ConversationView(UUID id, UUID connectionId, String channel, String status, String owner,
        String handoffReason, String assigneeId, int unreadCount, OffsetDateTime lastMessageAt,
        OffsetDateTime windowExpiresAt, List<String> labels, JsonNode attributes, ContactView contact) {

    public record ContactView(UUID id, String waId, String name) {
    }

    static ConversationView of(ConversationService.Thread thread) {
        var c = thread.conversation();
        var contact = thread.contact();
        return new ConversationView(c.id, c.connectionId, c.channel, c.status.name(), c.owner.name(),
                c.handoffReason, c.assigneeId, c.unreadCount, c.lastMessageAt, c.windowExpiresAt,
                List.of(c.labels), ConversationAttributes.of(c),
                contact == null ? null : new ContactView(contact.id, contact.waId, contact.profileName));
    }
}
