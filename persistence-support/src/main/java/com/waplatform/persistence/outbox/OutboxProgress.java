package com.waplatform.persistence.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Records, row by row, what became of a batch the relay sent: acknowledged events are deleted (never sent again
 * because another one failed), failed ones count an attempt, and one that can never be published is set aside
 * (dead-lettered: {@code dead_lettered_at} and the reason in {@code last_error}, an error log line and the
 * {@code outbox.dead.lettered} counter), so that it no longer stands in front of the others.
 */
@ApplicationScoped
class OutboxProgress {

    private static final Logger LOG = Logger.getLogger(OutboxProgress.class);

    private final OutboxConfig config;
    private final MeterRegistry metrics;

    OutboxProgress(OutboxConfig config, MeterRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    /** What a batch came to: how many events were locked, how many are settled, which were set aside. */
    record Settled(int locked, int settled, List<OutboxDeadLetter> setAside) {

        static final Settled NOTHING = new Settled(0, 0, List.of());

        /** Whether more may be waiting: a full batch, all of it settled (a retried event waits for the next poll). */
        boolean more(int batchSize) {
            return locked >= batchSize && settled == locked;
        }
    }

    /** Records the outcomes; the events neither published nor set aside will be sent again. */
    Uni<Settled> record(SqlConnection conn, List<SendOutcome> outcomes) {
        boolean othersWentOut = outcomes.stream().anyMatch(SendOutcome::sent);
        List<Long> sent = new ArrayList<>();
        List<Tuple> retried = new ArrayList<>();
        List<Tuple> setAside = new ArrayList<>();
        List<OutboxDeadLetter> letters = new ArrayList<>();
        for (SendOutcome outcome : outcomes) {
            String reason = outcome.sent() ? null : deadLetterReason(outcome, othersWentOut);
            if (outcome.sent()) {
                sent.add(outcome.id());
            } else if (reason != null) {
                setAside.add(Tuple.of(outcome.id(), reason));
                letters.add(deadLettered(outcome, reason));
            } else {
                retried.add(Tuple.of(outcome.id(), outcome.error()));
                LOG.warnf("outbox event %d (topic %s) not published, will retry: %s", outcome.id(), outcome.topic(),
                        outcome.error());
            }
        }
        return conn.preparedQuery("DELETE FROM outbox_event WHERE id = ANY($1)")
                .execute(Tuple.of(sent.toArray(new Long[0])))
                .call(() -> update(conn, "UPDATE outbox_event SET attempts = attempts + 1, last_error = $2 "
                        + "WHERE id = $1", retried))
                .call(() -> update(conn, "UPDATE outbox_event SET attempts = attempts + 1, last_error = $2, "
                        + "dead_lettered_at = now() WHERE id = $1", setAside))
                .map(done -> new Settled(outcomes.size(), sent.size() + setAside.size(), letters));
    }

    /**
     * Why the event is set aside, or null to retry it: an error no retry can cure, or too many failures while
     * the broker took other events (during an outage nothing is set aside).
     */
    private String deadLetterReason(SendOutcome outcome, boolean othersWentOut) {
        String unpublishable = outcome.unpublishable();
        if (unpublishable != null) {
            return unpublishable;
        }
        return othersWentOut && outcome.attempts() + 1 >= config.maxAttempts()
                ? "failed " + (outcome.attempts() + 1) + " times while other events were published; last: "
                        + outcome.error()
                : null;
    }

    private OutboxDeadLetter deadLettered(SendOutcome outcome, String reason) {
        LOG.errorf("outbox event %d (topic %s, tenant %s) set aside, it cannot be published: %s", outcome.id(),
                outcome.topic(), outcome.key(), reason);
        metrics.counter("outbox.dead.lettered", "topic", outcome.topic()).increment();
        return new OutboxDeadLetter(outcome.id(), outcome.topic(), outcome.key(), outcome.payload(), reason);
    }

    private static Uni<Void> update(SqlConnection conn, String sql, List<Tuple> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem()
                : conn.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }
}
