package com.waplatform.persistence.metrics;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A count behind gauges, taken every {@code interval} (zero or negative: never) rather than at each scrape, one at
 * a time: a refresh asked for while one runs is skipped. A failed count leaves the gauges as they were.
 */
public final class PeriodicCount {

    private static final Logger LOG = Logger.getLogger(PeriodicCount.class);

    private final String what;
    private final Supplier<Uni<Void>> count;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timerId = -1;

    public PeriodicCount(String what, Supplier<Uni<Void>> count) {
        this.what = what;
        this.count = count;
    }

    public void start(Vertx vertx, Duration interval) {
        if (!interval.isZero() && !interval.isNegative()) {
            timerId = vertx.setPeriodic(interval.toMillis(), id -> refresh().subscribe().with(
                    done -> { }, failure -> LOG.debugf("%s not counted: %s", what, failure.getMessage())));
        }
    }

    public void stop(Vertx vertx) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
            timerId = -1;
        }
    }

    /** Counts once now (a no-op while a count runs). */
    public Uni<Void> refresh() {
        if (!running.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().deferred(count::get).eventually(() -> running.set(false));
    }
}
