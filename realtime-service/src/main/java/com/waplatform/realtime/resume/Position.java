package com.waplatform.realtime.resume;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a socket is in its tenant's history: the epoch of that history and the offset of the last record it was
 * given in the tenant's partition of {@code conversation.events} and of {@code session.events} (-1: none yet).
 * Topics are keyed by tenant, so one tenant's events of a topic are in one partition, in order. Written
 * {@code epoch:conversationOffset:sessionOffset}; the client keeps it as an opaque string.
 */
public record Position(String epoch, long conversation, long session) {

    private static final Pattern TEXT = Pattern.compile("([0-9a-f]{1,32}):(-1|\\d{1,18}):(-1|\\d{1,18})");

    /** The position a client sent back, if it is one at all. */
    public static Optional<Position> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        return m.matches()
                ? Optional.of(new Position(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))))
                : Optional.empty();
    }

    /** The offset of {@code stream}. */
    public long of(EventStream stream) {
        return stream == EventStream.CONVERSATION ? conversation : session;
    }

    /** This position, moved to {@code offset} in {@code stream}. */
    public Position at(EventStream stream, long offset) {
        return stream == EventStream.CONVERSATION ? new Position(epoch, offset, session)
                : new Position(epoch, conversation, offset);
    }

    @Override
    public String toString() {
        return epoch + ":" + conversation + ":" + session;
    }
}
