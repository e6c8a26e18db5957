package com.waplatform.message.repository;

import com.waplatform.message.domain.Conversation;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Where the previous page of an inbox listing ended: opaque to clients (URL-safe base64). */
public record PageCursor(OffsetDateTime at, UUID id) {

    public static PageCursor after(Conversation last) {
        return new PageCursor(last.lastMessageAt, last.id);
    }

    public String encode() {
        return CursorText.encode(at, id);
    }

    /** The cursor a client sent back; 400 when it is not one we gave out. */
    public static PageCursor decode(String cursor) {
        String[] fields = CursorText.decode(cursor, 2, "this listing");
        try {
            return new PageCursor(OffsetDateTime.parse(fields[0]), UUID.fromString(fields[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw CursorText.invalid("this listing");
        }
    }
}
