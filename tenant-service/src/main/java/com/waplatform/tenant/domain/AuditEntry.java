package com.waplatform.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One administrative action: who, on which tenant, what, on what, when, and what changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "actor_id", nullable = false)
    public String actorId;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String target;

    @Column(name = "request_id")
    public String requestId;

    /** JSON: the fields that changed, old and new values (never a secret). */
    public String summary;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** For entries that came from audit.events: the event, so that a redelivery adds nothing. */
    @Column(name = "event_id", unique = true)
    public java.util.UUID eventId;
}
