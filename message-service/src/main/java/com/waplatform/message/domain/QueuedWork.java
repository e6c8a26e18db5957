package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

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

    /** Records an attempt's end: the lease is released and the error (cut to 500 characters) kept. */
    public void attempted(String error) {
        attempts++;
        leaseUntil = null;
        updatedAt = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    }
}
