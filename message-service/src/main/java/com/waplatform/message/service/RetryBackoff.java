package com.waplatform.message.service;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Waits between attempts of background work: first × 2^(attempt-1), capped, with ±20 % jitter. */
final class RetryBackoff {

    private RetryBackoff() {
    }

    /** The wait in milliseconds after the given (1-based) failed attempt. */
    static long millis(Duration first, Duration max, int attempt) {
        long base = first.toMillis() << Math.min(20, Math.max(0, attempt - 1));
        long capped = Math.min(base, max.toMillis());
        return (long) (capped * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()));
    }
}
