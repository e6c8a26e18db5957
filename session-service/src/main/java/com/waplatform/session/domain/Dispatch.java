package com.waplatform.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The outcome of asking a provider to send one message; makes redelivered send commands harmless. */
@Entity
@Table(name = "dispatch")
public class Dispatch {

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
    public String outcome;

    @Column(name = "provider_message_id")
    public String providerMessageId;

    @Column(name = "error_code")
    public String errorCode;

    @Column(name = "error_reason")
    public String errorReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
