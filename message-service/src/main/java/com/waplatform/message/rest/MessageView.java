package com.waplatform.message.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.waplatform.message.content.MessageContent;
import com.waplatform.message.domain.Message;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(UUID id, UUID conversationId, String direction, String sender, String type, String text,
        @Schema(description = "What the message holds beyond its text (caption, file, location, contacts, "
                + "interactive, template, reaction); absent for text messages and content that cannot be read")
        MessageContent content, String replyTo, UUID replyToMessageId, String reaction, String providerMessageId,
        String mediaStatus, String mediaError, String status, String errorCode, String errorReason,
        OffsetDateTime createdAt, OffsetDateTime sentAt, OffsetDateTime deliveredAt, OffsetDateTime readAt,
        OffsetDateTime failedAt) {

    static MessageView of(Message m) {
        return new MessageView(m.id, m.conversationId, m.direction.name(), m.sender.name(), m.type, m.text,
                MessageContent.of(m.type, m.content), m.replyTo, m.replyToMessageId, m.reaction, m.providerMessageId,
                m.mediaStatus == null ? null : m.mediaStatus.name(), m.mediaError,
                m.status == null ? null : m.status.name(),
                m.errorCode, m.errorReason, m.createdAt, m.sentAt, m.deliveredAt, m.readAt, m.failedAt);
    }
}
