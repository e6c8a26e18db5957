package com.waplatform.persistence.outbox;

import com.waplatform.persistence.tracing.TraceParent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox events to Kafka: locks a batch (SKIP LOCKED, so replicas share the work), sends it,
 * waits for the broker's answers and only then records them row by row ({@link OutboxProgress}): what was
 * acknowledged is deleted, even when another event of the batch failed; an event that can never be published is
 * set aside, so that it never holds up the others (of any tenant), and announced as an {@link OutboxDeadLetter}.
 * A crash in between re-sends the batch, so delivery is at least once and consumers dedupe by event id or
 * business id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String LOCK_BATCH =
            "SELECT id, topic, record_key, payload, attempts, traceparent FROM outbox_event "
                    + "WHERE dead_lettered_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED";

    private final Pool pool;
    private final Vertx vertx;
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final OutboxNotifications notifications;
    private final OutboxProgress progress;
    private final Event<OutboxDeadLetter> deadLetters;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private long timerId = -1;

    public OutboxRelay(Pool pool, Vertx vertx, @Channel("outbox") MutinyEmitter<String> emitter, OutboxConfig config,
            OutboxNotifications notifications, OutboxProgress progress, Event<OutboxDeadLetter> deadLetters) {
        this.progress = progress;
        this.deadLetters = deadLetters;
        this.pool = pool;
        this.vertx = vertx;
        this.emitter = emitter;
        this.config = config;
        this.notifications = notifications;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        timerId = vertx.setPeriodic(config.pollInterval().toMillis(), id -> wakeUp());
        notifications.listen(this::wakeUp);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    /** Relays what is waiting now; calls made while a relay runs make it go round once more. */
    public void wakeUp() {
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        relayBatch().subscribe().with(this::finished, failure -> {
            LOG.warnf("outbox relay failed, will retry: %s", failure.getMessage());
            finished(false);
        });
    }

    private void finished(boolean more) {
        running.set(false);
        if (more || again.get()) {
            wakeUp();
        }
    }

    /** Sends one batch; returns whether more may be waiting. Events set aside are announced after the commit. */
    Uni<Boolean> relayBatch() {
        return pool.withTransaction(conn -> lockBatch(conn).flatMap(rows -> rows.isEmpty()
                        ? Uni.createFrom().item(OutboxProgress.Settled.NOTHING)
                        : Uni.join().all(rows.stream().map(this::send).toList()).andFailFast()
                                .flatMap(outcomes -> progress.record(conn, outcomes))))
                .invoke(settled -> settled.setAside().forEach(deadLetters::fireAsync))
                .map(settled -> settled.more(config.batchSize()));
    }

    private Uni<List<Row>> lockBatch(SqlConnection conn) {
        return conn.preparedQuery(LOCK_BATCH).execute(Tuple.of(config.batchSize())).map(rowSet -> {
            List<Row> rows = new ArrayList<>();
            rowSet.forEach(rows::add);
            return rows;
        });
    }

    /** Sends one event; never fails: a failure is the outcome. */
    private Uni<SendOutcome> send(Row row) {
        long id = row.getLong("id");
        String topic = row.getString("topic");
        String key = row.getString("record_key");
        String payload = row.getString("payload");
        int attempts = row.getInteger("attempts");
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(key)
                .build();
        // the record continues the trace of the transaction that wrote the event (its traceparent header)
        TracingMetadata trace = TracingMetadata.withCurrent(TraceParent.context(row.getString("traceparent")));
        return Uni.createFrom().deferred(() -> emitter.sendMessage(Message.of(payload).addMetadata(metadata)
                        .addMetadata(trace)))
                .map(acked -> new SendOutcome(id, topic, key, payload, attempts, null))
                .onFailure().recoverWithItem(failure -> new SendOutcome(id, topic, key, payload, attempts, failure));
    }
}
