package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One of the tenant's WhatsApp numbers as session-service last announced it: its name and business number. */
@Entity
@Table(name = "connection_profile")
public class ConnectionProfile {

    @Id
    @Column(name = "connection_id")
    public UUID connectionId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column
    public String name;

    /** The business number customers write to, e.g. +15550001234 (null until the provider tells it). */
    @Column(name = "display_phone_number")
    public String displayPhoneNumber;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
