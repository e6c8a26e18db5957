package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The bookkeeping of a row of a work queue (automation deliveries, media downloads): attempts so far, when the
 * next one is due, the lease of the worker holding it, and the last error.
 */
@MappedSuperclass
public abstract class QueuedWork {

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    /** What went wrong the last time (status code or error), for the tenant admin. */
    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /**
     * After a failed attempt: schedules the next one after first × 2^(attempts-1), capped at {@code max}, with
     * ±20 % jitter so that retries of many rows spread out; false (nothing scheduled) once {@code maxAttempts} are
     * used.
     */
    public boolean scheduleRetry(int maxAttempts, Duration first, Duration max) {
        if (attempts >= maxAttempts) {
            return false;
        }
        long base = first.toMillis() << Math.min(20, Math.max(0, attempts - 1));
        long capped = Math.min(base, max.toMillis());
        long wait = (long) (capped * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()));
        nextAttemptAt = OffsetDateTime.now(ZoneOffset.UTC).plus(Duration.ofMillis(wait));
        return true;
    }

    /** Records an attempt's end: the lease is released and the error (cut to 500 characters) kept. */
    public void attempted(String error) {
        attempts++;
        leaseUntil = null;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }
}
