package com.waplatform.persistence.outbox;

import java.util.List;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/** What became of one outbox event the relay sent: acknowledged, or failed with the broker's error. */
record SendOutcome(long id, String topic, String key, String payload, int attempts, Throwable failure) {

    /** Errors no retry can cure: the record itself is wrong for the broker (too large, invalid topic or record). */
    private static final List<Class<? extends Throwable>> UNPUBLISHABLE = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, InvalidRecordException.class,
            SerializationException.class);
    private static final int MAX_REASON = 1000;

    boolean sent() {
        return failure == null;
    }

    /** The reason this event can never be published, or null when its failure may pass. */
    String unpublishable() {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Throwable current = cause;
            if (UNPUBLISHABLE.stream().anyMatch(kind -> kind.isInstance(current))) {
                return describe(current);
            }
        }
        return null;
    }

    /** The failure in one line, short enough to keep. */
    String error() {
        return describe(failure);
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "…";
    }
}
