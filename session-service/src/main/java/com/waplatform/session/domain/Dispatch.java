package com.waplatform.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One message the platform was asked to send: queued until the provider took it (SENT) or it failed for good
 * (FAILED). Its message id is the idempotency key, so a redelivered send command is never sent twice.
 */
@Entity
@Table(name = "dispatch")
public class Dispatch {

    public static final String QUEUED = "QUEUED";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    @Id
    @Column(name = "message_id")
    public UUID messageId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "connection_id", nullable = false)
    public UUID connectionId;

    @Column(nullable = false)
    public String status;

    /** The send command's payload (JSON): what to send, to whom. */
    @Column
    public String command;

    @Column
    public String recipient;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    /** A worker holds the row until then; a crashed worker's rows come back after it. */
    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    /** Set at each take: only the worker holding this claim may send the row and record what became of it. */
    @Column
    public UUID claim;

    /** Set right before the provider call, cleared when its answer is recorded (see V5 migration). */
    @Column(name = "send_started_at")
    public OffsetDateTime sendStartedAt;

    @Column(name = "provider_message_id")
    public String providerMessageId;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_reason")
    public String errorReason;

    /** The trace the send was asked for in (W3C traceparent): the provider call is made as a part of it. */
    @Column
    public String traceparent;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean done() {
        return !QUEUED.equals(status);
    }

    public void sent(String providerId) {
        status = SENT;
        providerMessageId = providerId;
        finish();
    }

    public void failed(String code, String reason) {
        status = FAILED;
        errorCode = code;
        errorReason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        finish();
    }

    /** Back to the queue, due at {@code when}. */
    public void retryAt(OffsetDateTime when) {
        nextAttemptAt = when;
        leaseUntil = null;
        settled();
    }

    /** The outcome of this attempt is recorded: the provider call (if any) is no longer in doubt. */
    private void settled() {
        sendStartedAt = null;
        updatedAt = OffsetDateTime.now();
    }

    private void finish() {
        nextAttemptAt = null;
        leaseUntil = null;
        settled();
    }
}
