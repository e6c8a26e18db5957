package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A customer message on its way to the tenant's automation webhook. */
@Entity
@Table(name = "automation_delivery")
public class AutomationDelivery {

    /** PENDING until the automation answers 2xx (DELIVERED) or the last attempt failed (DEAD: the dead letter). */
    public enum Status { PENDING, DELIVERED, DEAD }

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(name = "message_id", nullable = false)
    public UUID messageId;

    /** The JSON body POSTed to the automation, fixed when the message arrived. */
    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

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
}
