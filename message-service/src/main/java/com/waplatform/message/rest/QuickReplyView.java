package com.waplatform.message.rest;

import com.waplatform.message.domain.QuickReply;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quick reply; {@code mediaUrl} and {@code mediaType} are both null without media. */
public record QuickReplyView(@Schema(required = true) UUID id, @Schema(required = true) String shortcut,
        @Schema(required = true) String text, @Schema(nullable = true) String mediaUrl,
        @Schema(nullable = true, enumeration = {"image", "video", "audio", "document"}) String mediaType,
        @Schema(required = true) OffsetDateTime createdAt, @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "The user id of the admin who created it") String createdBy) {

    static QuickReplyView of(QuickReply reply) {
        return new QuickReplyView(reply.id, reply.shortcut, reply.text, reply.mediaUrl, reply.mediaType,
                reply.createdAt, reply.updatedAt, reply.createdBy);
    }
}
