package com.waplatform.message.repository;

import com.waplatform.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque text form of listing cursors: their fields joined by '|', in URL-safe base64. */
final class CursorText {

    private CursorText() {
    }

    static String encode(Object... fields) {
        StringBuilder text = new StringBuilder();
        for (Object field : fields) {
            text.append(text.isEmpty() ? "" : "|").append(field);
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The fields of a cursor a client sent back; 400 when it is not one we gave out ({@code count} fields). */
    static String[] decode(String cursor, int count, String listing) {
        try {
            String[] fields = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (fields.length == count) {
                return fields;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400
        }
        throw invalid(listing);
    }

    static ProblemException invalid(String listing) {
        return new ProblemException(400, "Bad Request", "cursor: not a cursor of " + listing);
    }
}
