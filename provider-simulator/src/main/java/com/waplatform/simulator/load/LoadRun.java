package com.waplatform.simulator.load;

import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** One load run: customers writing to many numbers at a steady rate, with the first delivery's outcome. */
public class LoadRun {

    public final String id;
    public final int ratePerSecond;
    public final long durationMillis;
    public final long startedAt = System.currentTimeMillis();
    public final AtomicInteger sent = new AtomicInteger();
    public final AtomicInteger accepted = new AtomicInteger();
    public final AtomicInteger refused = new AtomicInteger();
    public final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
    public volatile long finishedAt;

    public LoadRun(String id, int ratePerSecond, long durationMillis) {
        this.id = id;
        this.ratePerSecond = ratePerSecond;
        this.durationMillis = durationMillis;
    }

    /** Progress and time to the first answer (p50, p99), as numbers a benchmark prints. */
    public Map<String, Object> report() {
        long[] sorted = latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        int answered = accepted.get() + refused.get();
        long end = finishedAt > 0 ? finishedAt : System.currentTimeMillis();
        return Map.of("id", id, "done", finishedAt > 0 && answered == sent.get(), "sent", sent.get(),
                "accepted", accepted.get(), "refused", refused.get(), "elapsedMs", end - startedAt,
                "p50Ms", percentile(sorted, 0.50) / 1000.0, "p99Ms", percentile(sorted, 0.99) / 1000.0,
                "ratePerSecond", ratePerSecond);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
