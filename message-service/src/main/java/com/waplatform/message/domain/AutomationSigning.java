package com.waplatform.message.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Which version of its automation signing secret a tenant uses. The secret itself is never stored: it is derived
 * from the platform's signing key, the tenant and this version, so rotating it is a new version.
 */
@Entity
@Table(name = "automation_signing")
public class AutomationSigning {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(nullable = false)
    public int version;

    @Column(name = "rotated_at", nullable = false)
    public OffsetDateTime rotatedAt;
}
