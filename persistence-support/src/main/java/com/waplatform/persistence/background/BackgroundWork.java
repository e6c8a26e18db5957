package com.waplatform.persistence.background;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs periodic work (timers, workers) the way a request runs: on its own duplicated Vert.x context marked safe,
 * so {@code @WithTransaction} and {@code @WithSession} work and nothing leaks from one run to the next.
 */
@ApplicationScoped
public class BackgroundWork {

    private final Vertx vertx;
    private final Set<Long> periodic = ConcurrentHashMap.newKeySet();

    public BackgroundWork(Vertx vertx) {
        this.vertx = vertx;
    }

    public <T> void run(Supplier<Uni<T>> work, Consumer<T> done, Consumer<Throwable> failed) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> {
            Uni<T> uni;
            try {
                uni = work.get();
            } catch (RuntimeException e) {
                failed.accept(e);
                return;
            }
            uni.subscribe().with(done, failed);
        });
    }

    /**
     * The same for work started from other work that runs side by side with more of its kind: each gets its own
     * context and so its own database session (a session must never be used by two operations at once).
     */
    public <T> Uni<T> isolated(Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> run(work, emitter::complete, emitter::fail));
    }

    /** Runs {@code tick} every {@code millis} until the application stops (the timer is cancelled then). */
    public long every(long millis, Runnable tick) {
        long timer = vertx.setPeriodic(millis, id -> tick.run());
        periodic.add(timer);
        return timer;
    }

    void stopPeriodic(@Observes ShutdownEvent event) {
        periodic.forEach(vertx::cancelTimer);
        periodic.clear();
    }

    /** Waits without blocking, then goes on on the caller's own context (unlike Mutiny's delay). */
    public Uni<Void> pause(long millis) {
        if (millis <= 0) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().emitter(emitter -> vertx.getDelegate().setTimer(millis, id -> emitter.complete(null)));
    }

    public long after(long millis, Runnable task) {
        return vertx.setTimer(Math.max(1, millis), id -> task.run());
    }

    public void cancel(long timer) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }
}
