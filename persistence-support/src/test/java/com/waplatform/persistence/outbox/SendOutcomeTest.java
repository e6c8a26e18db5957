package com.waplatform.persistence.outbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which send failures set an event aside at once, and which are retried. */
class SendOutcomeTest {

    @Test
    void aRecordTheBrokerCanNeverTakeIsUnpublishableEvenWhenWrapped() {
        SendOutcome tooLarge = failed(new CompletionException(new RecordTooLargeException("1200177 bytes")));
        assertTrue(tooLarge.unpublishable().startsWith("RecordTooLargeException: 1200177 bytes"),
                tooLarge.unpublishable());
    }

    @Test
    void anOutageOrALeaderChangeIsRetried() {
        assertNull(failed(new TimeoutException("metadata not available")).unpublishable());
        assertNull(failed(new NotLeaderOrFollowerException("moved")).unpublishable());
    }

    @Test
    void aFullBatchGoesOnAtOnceOnlyWhenNothingWaitsForARetry() {
        assertTrue(new OutboxProgress.Settled(100, 100, List.of()).more(100));
        assertFalse(new OutboxProgress.Settled(100, 99, List.of()).more(100));
        assertFalse(new OutboxProgress.Settled(40, 40, List.of()).more(100));
    }

    private static SendOutcome failed(Throwable failure) {
        return new SendOutcome(1, "t", "k", "{}", 0, failure);
    }
}
