package com.waplatform.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An automation API key of a tenant. The key itself is never stored: only its prefix and SHA-256. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String name;

    /** Public part of the key, to recognise it in lists and to find it when it is presented. */
    @Column(nullable = false, unique = true)
    public String prefix;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
