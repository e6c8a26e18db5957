package com.waplatform.message.domain;

import com.waplatform.contracts.BotSwitch;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One of the tenant's WhatsApp numbers as session-service last announced it: its name, business number and bot
 * switch.
 */
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

    /** Whether the bot answers first on this number: as the tenant says (DEFAULT), or ON / OFF whatever it says. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BotSwitch bot = BotSwitch.DEFAULT;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
