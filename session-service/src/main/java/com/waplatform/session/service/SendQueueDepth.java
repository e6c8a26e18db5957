package com.waplatform.session.service;

import com.waplatform.session.config.DispatchConfig;
import com.waplatform.persistence.metrics.PeriodicCount;
import com.waplatform.session.domain.ConnectionState;
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
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The send queue's depth as gauges: {@code dispatch.queue.depth} (messages QUEUED, of every tenant) and
 * {@code dispatch.queue.oldest.age.seconds} (how long the oldest of them has waited; 0 when none), and the numbers
 * by state, {@code whatsapp.connections{state}} (FAILED ones need someone). Refreshed every {@code dispatch.metrics-interval}
 * by two count queries (a platform read across tenants), never per scrape.
 */
@ApplicationScoped
public class SendQueueDepth {

    static final String COUNT = "SELECT count(*) AS queued, "
            + "COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)::float8 AS oldest "
            + "FROM dispatch WHERE status = 'QUEUED'";
    static final String STATES = "SELECT state, count(*) AS connections FROM connection GROUP BY state";

    private final Pool pool;
    private final Vertx vertx;
    private final DispatchConfig config;
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong oldestMillis = new AtomicLong();
    private final PeriodicCount counting = new PeriodicCount("send queue", this::count);
    private final Map<ConnectionState, AtomicLong> states = new EnumMap<>(ConnectionState.class);

    public SendQueueDepth(Pool pool, Vertx vertx, DispatchConfig config, MeterRegistry metrics) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        Gauge.builder("dispatch.queue.depth", queued, AtomicLong::get)
                .description("messages queued for sending, all tenants").register(metrics);
        Gauge.builder("dispatch.queue.oldest.age.seconds", oldestMillis, millis -> millis.get() / 1000.0)
                .description("how long the oldest queued message has waited").baseUnit("seconds").register(metrics);
        for (ConnectionState state : ConnectionState.values()) {
            AtomicLong count = new AtomicLong();
            states.put(state, count);
            Gauge.builder("whatsapp.connections", count, AtomicLong::get).tag("state", state.name())
                    .description("WhatsApp numbers (connections) in this state, all tenants").register(metrics);
        }
    }

    void start(@Observes StartupEvent event) {
        counting.start(vertx, config.metricsInterval());
    }

    void stop(@Observes ShutdownEvent event) {
        counting.stop(vertx);
    }

    /** Counts the queue and the numbers once (a no-op while a count runs). */
    public Uni<Void> refresh() {
        return counting.refresh();
    }

    private Uni<Void> count() {
        return pool.withTransaction(conn -> conn.query("SELECT set_config('app.bypass_rls', 'on', true)").execute()
                        .chain(() -> conn.query(COUNT).execute())
                        .invoke(rows -> {
                            Row row = rows.iterator().next();
                            queued.set(row.getLong("queued"));
                            oldestMillis.set(Math.round(Math.max(0, row.getDouble("oldest")) * 1000));
                        })
                        .chain(() -> conn.query(STATES).execute())
                        .invoke(rows -> {
                            Map<String, Long> counted = new HashMap<>();
                            rows.forEach(row -> counted.put(row.getString("state"), row.getLong("connections")));
                            states.forEach((state, count) -> count.set(counted.getOrDefault(state.name(), 0L)));
                        }))
                .replaceWithVoid();
    }
}
