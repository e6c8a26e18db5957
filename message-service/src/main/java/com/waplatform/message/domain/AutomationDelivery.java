package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A customer message on its way to the tenant's automation webhook. */
@Entity
@Table(name = "automation_delivery")
public class AutomationDelivery extends QueuedWork {

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
}
