package com.waplatform.message.repository;

import com.waplatform.message.domain.Message;
import com.waplatform.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** A place in a conversation's messages (time, then order of arrival): opaque to clients (URL-safe base64). */
public record MessageCursor(OffsetDateTime at, long seq) {

    public static MessageCursor at(Message message) {
        return new MessageCursor(message.createdAt, message.seq);
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("m|" + at + "|" + seq)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back; 400 when it is not one we gave out. */
    public static MessageCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !"m".equals(parts[0])) {
                throw new IllegalArgumentException("not a message cursor");
            }
            return new MessageCursor(OffsetDateTime.parse(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ProblemException(400, "Bad Request", "cursor: not a cursor of this conversation's messages");
        }
    }
}
