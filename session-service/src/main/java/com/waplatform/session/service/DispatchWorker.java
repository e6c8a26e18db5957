package com.waplatform.session.service;

import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tracing.TraceParent;
import com.waplatform.session.config.DispatchConfig;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.Dispatch;
import com.waplatform.web.ProblemException;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Works the send queue: every tick it takes due rows and starts them, per number and per recipient in order,
 * numbers and recipients side by side (each lane with its own context, hence its own database session), without
 * waiting for the lanes of earlier ticks: a number held back by its pace or a slow provider never delays another.
 * A paced number's rows go back to the queue for when its pace allows, and are left alone until then.
 */
@ApplicationScoped
public class DispatchWorker {

    private static final Logger LOG = Logger.getLogger(DispatchWorker.class);

    private final SendQueue queue;
    private final OutboundDispatcher dispatcher;
    private final ConnectionService connections;
    private final BackgroundWork background;
    private final DispatchConfig config;
    private final SendPacer pacer;
    private final AtomicBoolean taking = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Numbers at their pace in this replica, until when (epoch millis). */
    private final Map<UUID, Long> pacedUntil = new ConcurrentHashMap<>();

    public DispatchWorker(SendQueue queue, OutboundDispatcher dispatcher, ConnectionService connections,
            BackgroundWork background, DispatchConfig config, SendPacer pacer) {
        this.pacer = pacer;
        this.queue = queue;
        this.dispatcher = dispatcher;
        this.connections = connections;
        this.background = background;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            background.every(config.pollInterval().toMillis(), this::wakeUp);
        }
    }

    /** Takes and starts what is due now (or right after the take in progress). */
    public void wakeUp() {
        if (inFlight.get() >= config.batchSize() || !taking.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        again.set(false);
        background.run(() -> queue.take(paced()), taken -> {
            start(taken);
            taken(taken.size() >= config.batchSize());
        }, failure -> {
            LOG.warnf("taking from the send queue failed, will retry: %s", failure.getMessage());
            taken(false);
        });
    }

    private void taken(boolean more) {
        taking.set(false);
        if (more || again.get()) {
            wakeUp();
        }
    }

    private Set<UUID> paced() {
        long now = System.currentTimeMillis();
        pacedUntil.values().removeIf(until -> until <= now);
        return Set.copyOf(pacedUntil.keySet());
    }

    private void start(List<Dispatch> taken) {
        Map<UUID, List<Dispatch>> byConnection = new LinkedHashMap<>();
        taken.forEach(d -> byConnection.computeIfAbsent(d.connectionId, id -> new ArrayList<>()).add(d));
        byConnection.values().forEach(rows -> {
            inFlight.addAndGet(rows.size());
            background.run(() -> connectionLane(rows), done -> finished(rows.size()), failure -> {
                LOG.warnf("sending failed, the messages come back after their lease: %s", failure.getMessage());
                finished(rows.size());
            });
        });
    }

    private void finished(int rows) {
        if (inFlight.addAndGet(-rows) < config.batchSize() && again.get()) {
            wakeUp();
        }
    }

    private Uni<Void> connectionLane(List<Dispatch> rows) {
        Dispatch first = rows.get(0);
        return connections.get(first.tenantId, first.connectionId)
                .onFailure(ProblemException.class).recoverWithNull()
                .flatMap(connection -> connection == null ? recipientLanes(null, rows, Map.of())
                        : pacer.grant(connection, rows.size()).flatMap(pace -> {
                            List<Dispatch> now = rows.subList(0, pace.granted());
                            Map<UUID, Long> due = new HashMap<>();
                            for (int k = 0; k < now.size(); k++) {
                                due.put(now.get(k).messageId, pace.firstAtMillis()
                                        + Math.round(k * pace.intervalMillis()));
                            }
                            if (pace.granted() == rows.size()) {
                                return recipientLanes(connection, rows, due);
                            }
                            // the number is at its pace: the rest waits for free slots, untouched until then
                            long wait = pace.askAgainIn().toMillis();
                            pacedUntil.merge(connection.id, System.currentTimeMillis() + wait, Math::max);
                            background.after(wait + 1, this::wakeUp);
                            return deferRest(rows, pace.granted(), pace.askAgainIn())
                                    .chain(() -> recipientLanes(connection, now, due));
                        }));
    }

    /** Each recipient's messages in order, recipients side by side. */
    private Uni<Void> recipientLanes(Connection connection, List<Dispatch> rows, Map<UUID, Long> due) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<String, List<Dispatch>> byRecipient = new LinkedHashMap<>();
        rows.forEach(d -> byRecipient.computeIfAbsent(String.valueOf(d.recipient), r -> new ArrayList<>()).add(d));
        List<Uni<Void>> lanes = new ArrayList<>();
        byRecipient.values().forEach(list -> lanes.add(
                background.isolated(() -> recipientLane(connection, list, 0, due))));
        return Uni.join().all(lanes).andCollectFailures().replaceWithVoid();
    }

    /** One recipient's messages in order; when the recipient's pace holds one back, the rest waits with it. */
    private Uni<Void> recipientLane(Connection connection, List<Dispatch> rows, int index, Map<UUID, Long> due) {
        if (index >= rows.size()) {
            return Uni.createFrom().voidItem();
        }
        Dispatch next = rows.get(index);
        long wait = due.getOrDefault(next.messageId, 0L) - System.currentTimeMillis();
        return background.pause(wait).chain(() -> {
            // the provider call, its log lines and the events it writes are a part of the reply's trace
            TraceParent.resume(next.traceparent);
            return dispatcher.dispatch(connection, next);
        }).flatMap(outcome ->
                outcome.paceWait().isPresent() ? deferRest(rows, index, outcome.paceWait().get())
                        : recipientLane(connection, rows, index + 1, due));
    }

    private Uni<Void> deferRest(List<Dispatch> rows, int from, Duration wait) {
        List<UUID> rest = rows.subList(from, rows.size()).stream().map(d -> d.messageId).toList();
        return queue.defer(rest, OffsetDateTime.now().plus(wait));
    }
}
