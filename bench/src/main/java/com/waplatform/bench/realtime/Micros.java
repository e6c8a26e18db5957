package com.waplatform.bench.realtime;

import java.time.Instant;

/**
 * Wall-clock time in epoch microseconds that never goes backwards within this JVM: the epoch at start plus the
 * monotonic clock since. Events carry it as their send time and sockets compare their arrival with it.
 */
final class Micros {

    private static final long BASE_NANOS = System.nanoTime();
    private static final long BASE_MICROS;

    static {
        Instant now = Instant.now();
        BASE_MICROS = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    private Micros() {
    }

    static long now() {
        return BASE_MICROS + (System.nanoTime() - BASE_NANOS) / 1_000;
    }
}
