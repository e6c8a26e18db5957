package com.waplatform.bench.realtime;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Events of one measurement by sequence number: when each was handed to the producer, how many sockets should
 * get it (those of its tenant), how many did, and when the last of them did. An event's latency is the time from
 * its send to its arrival at the last socket of its tenant.
 */
final class Deliveries {

    /**
     * Latencies (ms) to the last socket of the events that reached every socket, events that did not, deliveries
     * missing, and for comparison the latencies to the first socket (p50, p99).
     */
    record Summary(int events, int incomplete, long missing, double p50, double p99, double max, double firstP50,
            double firstP99) {
        @Override
        public String toString() {
            return events == incomplete ? "none complete (" + missing + " deliveries missing)"
                    : String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms (first socket: p50 %.1f, p99 %.1f)%s",
                            p50, p99, max, firstP50, firstP99, incomplete == 0 ? "" : ", " + incomplete + "/"
                                    + events + " events incomplete (" + missing + " deliveries missing)");
        }
    }

    private final long[] sentAt;
    private final int[] expected;
    private final AtomicIntegerArray count;
    private final AtomicLongArray lastAt;
    private final AtomicLongArray firstAt;

    Deliveries(int capacity) {
        sentAt = new long[capacity];
        expected = new int[capacity];
        count = new AtomicIntegerArray(capacity);
        lastAt = new AtomicLongArray(capacity);
        firstAt = new AtomicLongArray(capacity);
    }

    /** Event {@code seq} handed to the producer at {@code micros}, for {@code sockets} sockets. */
    void sent(int seq, long micros, int sockets) {
        sentAt[seq] = micros;
        expected[seq] = sockets;
    }

    /** Event {@code seq} arrived at one more socket (called from the client's event loops). */
    void arrived(int seq, long micros) {
        if (seq >= 0 && seq < sentAt.length) {
            if (count.getAndIncrement(seq) == 0) {
                firstAt.set(seq, micros);
            }
            lastAt.accumulateAndGet(seq, micros, Math::max);
        }
    }

    /** Waits until events [from, to) reached all their sockets, at most {@code max}; whether they did. */
    boolean await(int from, int to, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            boolean all = true;
            for (int i = from; i < to && all; i++) {
                all = count.get(i) >= expected[i];
            }
            if (all) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
    }

    /** Percentiles over the events [from, to) that reached every socket of their tenant. */
    Summary summary(int from, int to) {
        double[] latencies = new double[to - from];
        double[] first = new double[to - from];
        int complete = 0;
        long missing = 0;
        for (int i = from; i < to; i++) {
            int got = count.get(i);
            if (got >= expected[i]) {
                first[complete] = (firstAt.get(i) - sentAt[i]) / 1000.0;
                latencies[complete++] = (lastAt.get(i) - sentAt[i]) / 1000.0;
            } else {
                missing += expected[i] - got;
            }
        }
        double[] done = Arrays.copyOf(latencies, complete);
        double[] firsts = Arrays.copyOf(first, complete);
        Arrays.sort(done);
        Arrays.sort(firsts);
        return new Summary(to - from, to - from - complete, missing, percentile(done, 50), percentile(done, 99),
                complete == 0 ? Double.NaN : done[complete - 1], percentile(firsts, 50), percentile(firsts, 99));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
