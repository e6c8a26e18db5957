package com.waplatform.message.repository;

import com.waplatform.message.domain.Conversation;
import com.waplatform.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/** Where the previous page of an inbox listing ended: opaque to clients (URL-safe base64). */
public record PageCursor(OffsetDateTime at, UUID id) {

    public static PageCursor after(Conversation last) {
        return new PageCursor(last.lastMessageAt, last.id);
    }


    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; 400 when it is not one we gave out. */
    public static PageCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            return new PageCursor(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw new ProblemException(400, "Bad Request", "cursor: not a cursor of this listing");
        }
    }
}
