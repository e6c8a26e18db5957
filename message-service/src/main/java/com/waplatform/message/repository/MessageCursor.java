package com.waplatform.message.repository;

import com.waplatform.message.domain.Message;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A place in a conversation's messages (time, then order of arrival): opaque to clients (URL-safe base64). */
public record MessageCursor(OffsetDateTime at, long seq) {

    public static MessageCursor at(Message message) {
        return new MessageCursor(message.createdAt, message.seq);
    }

    public String encode() {
        return CursorText.encode("m", at, seq);
    }

    /** The cursor a client sent back; 400 when it is not one we gave out. */
    public static MessageCursor decode(String cursor) {
        String[] fields = CursorText.decode(cursor, 3, "this conversation's messages");
        try {
            if (!"m".equals(fields[0])) {
                throw new IllegalArgumentException("not a message cursor");
            }
            return new MessageCursor(OffsetDateTime.parse(fields[1]), Long.parseLong(fields[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw CursorText.invalid("this conversation's messages");
        }
    }
}
