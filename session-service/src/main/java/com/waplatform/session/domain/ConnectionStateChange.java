package com.waplatform.session.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A state a connection was put in, with its reason and when: one line of the connection's health history. */
@Entity
@Table(name = "connection_state_change")
public class ConnectionStateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "connection_id", nullable = false)
    public UUID connectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConnectionState state;

    public String reason;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** The state the connection is in now, since it was set. */
    public static ConnectionStateChange of(Connection c) {
        ConnectionStateChange change = new ConnectionStateChange();
        change.tenantId = c.tenantId;
        change.connectionId = c.id;
        change.state = c.state;
        change.reason = c.stateReason;
        change.at = c.stateChangedAt;
        return change;
    }
}
