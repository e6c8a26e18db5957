package com.waplatform.simulator.load;

import com.waplatform.simulator.meta.MessageIds;
import com.waplatform.simulator.meta.MetaNumber;
import com.waplatform.simulator.meta.MetaWebhookPayloads;
import com.waplatform.simulator.meta.MetaWebhooks;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Load mode: customers of many numbers (many tenants) write at a steady total rate for a while; each message is a
 * signed webhook like any other (retried by the usual rules), and the first delivery's answer time is recorded.
 */
@ApplicationScoped
public class LoadGenerator {

    private static final long TICK_MILLIS = 10;

    private final Vertx vertx;
    private final MetaWebhooks webhooks;
    private final MessageIds ids;
    private final Map<String, LoadRun> runs = new ConcurrentHashMap<>();

    public LoadGenerator(Vertx vertx, MetaWebhooks webhooks, MessageIds ids) {
        this.vertx = vertx;
        this.webhooks = webhooks;
        this.ids = ids;
    }

    public LoadRun start(List<MetaNumber> numbers, int ratePerSecond, long durationMillis, int customers) {
        LoadRun run = new LoadRun(UUID.randomUUID().toString(), ratePerSecond, durationMillis);
        runs.put(run.id, run);
        vertx.setPeriodic(TICK_MILLIS, timer -> {
            long elapsed = System.currentTimeMillis() - run.startedAt;
            if (elapsed >= durationMillis) {
                vertx.cancelTimer(timer);
                run.finishedAt = System.currentTimeMillis();
                return;
            }
            long due = ratePerSecond * elapsed / 1000 - run.sent.get();
            for (long i = 0; i < due; i++) {
                int n = run.sent.getAndIncrement();
                MetaNumber number = numbers.get(n % numbers.size());
                send(run, number, "55119" + (10_000_000 + n % customers), n);
            }
        });
        return run;
    }

    public Optional<LoadRun> find(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    private void send(LoadRun run, MetaNumber number, String from, int n) {
        long started = System.nanoTime();
        var body = MetaWebhookPayloads.inboundText(number, from, "Load " + n % 1000, ids.next(from),
                System.currentTimeMillis() / 1000, "load message " + n + " of run " + run.id);
        webhooks.deliver(number, body).subscribe().with(status -> {
            run.latenciesMicros.add((System.nanoTime() - started) / 1000);
            (status == 200 ? run.accepted : run.refused).incrementAndGet();
        }, failure -> run.refused.incrementAndGet());
    }
}
