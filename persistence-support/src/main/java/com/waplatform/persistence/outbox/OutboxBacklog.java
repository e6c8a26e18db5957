package com.waplatform.persistence.outbox;

import com.waplatform.persistence.metrics.PeriodicCount;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What waits in the outbox, as gauges: {@code outbox.backlog} (events not yet published, dead letters left out)
 * and {@code outbox.oldest.age.seconds} (how long the oldest of them has waited; 0 when none). Refreshed every
 * {@code outbox.metrics-interval} by one count query, so that a scrape never reaches the database.
 */
@ApplicationScoped
public class OutboxBacklog {

    static final String COUNT = "SELECT count(*) AS waiting, "
            + "COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS oldest "
            + "FROM outbox_event WHERE dead_lettered_at IS NULL";

    private final Pool pool;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong oldestMillis = new AtomicLong();
    private final PeriodicCount counting = new PeriodicCount("outbox backlog", this::count);

    public OutboxBacklog(Pool pool, Vertx vertx, OutboxConfig config, MeterRegistry metrics) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        Gauge.builder("outbox.backlog", waiting, AtomicLong::get)
                .description("outbox events waiting to be published (dead letters excluded)").register(metrics);
        Gauge.builder("outbox.oldest.age.seconds", oldestMillis, millis -> millis.get() / 1000.0)
                .description("how long the oldest waiting outbox event has waited").baseUnit("seconds")
                .register(metrics);
    }

    void start(@Observes StartupEvent event) {
        counting.start(vertx, config.metricsInterval());
    }

    void stop(@Observes ShutdownEvent event) {
        counting.stop(vertx);
    }

    /** Counts the waiting events once (a no-op while a count runs). */
    public Uni<Void> refresh() {
        return counting.refresh();
    }

    private Uni<Void> count() {
        return pool.query(COUNT).execute().invoke(rows -> {
            Row row = rows.iterator().next();
            record(row.getLong("waiting"), row.getDouble("oldest"));
        }).replaceWithVoid();
    }

    void record(long events, double oldestSeconds) {
        waiting.set(events);
        oldestMillis.set(Math.round(Math.max(0, oldestSeconds) * 1000));
    }
}
