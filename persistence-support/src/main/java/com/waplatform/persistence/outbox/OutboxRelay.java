package com.waplatform.persistence.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox events to Kafka: locks a batch (SKIP LOCKED, so replicas share the work), sends it,
 * waits for the broker's acknowledgements and only then deletes the rows. A crash in between re-sends the
 * batch, so delivery is at least once and consumers dedupe by event id or business id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String LOCK_BATCH =
            "SELECT id, topic, record_key, payload FROM outbox_event ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED";

    private final Pool pool;
    private final Vertx vertx;
    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final OutboxNotifications notifications;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private long timerId = -1;

    public OutboxRelay(Pool pool, Vertx vertx, @Channel("outbox") MutinyEmitter<String> emitter, OutboxConfig config,
            OutboxNotifications notifications) {
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
        relayBatch().subscribe().with(sent -> finished(sent >= config.batchSize()), failure -> {
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

    /** Sends one batch; returns how many events went out. */
    Uni<Integer> relayBatch() {
        return pool.withTransaction(conn -> lockBatch(conn).flatMap(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            List<Uni<Void>> sends = new ArrayList<>(rows.size());
            List<Long> ids = new ArrayList<>(rows.size());
            for (Row row : rows) {
                ids.add(row.getLong("id"));
                sends.add(send(row));
            }
            return Uni.join().all(sends).andFailFast()
                    .flatMap(acked -> conn.preparedQuery("DELETE FROM outbox_event WHERE id = ANY($1)")
                            .execute(Tuple.of(ids.toArray(new Long[0]))))
                    .map(deleted -> rows.size());
        }));
    }

    private Uni<List<Row>> lockBatch(SqlConnection conn) {
        return conn.preparedQuery(LOCK_BATCH).execute(Tuple.of(config.batchSize())).map(rowSet -> {
            List<Row> rows = new ArrayList<>();
            rowSet.forEach(rows::add);
            return rows;
        });
    }

    private Uni<Void> send(Row row) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("record_key"))
                .build();
        return emitter.sendMessage(Message.of(row.getString("payload")).addMetadata(metadata));
    }
}
