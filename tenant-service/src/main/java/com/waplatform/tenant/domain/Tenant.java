package com.waplatform.tenant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A company using the platform. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    public UUID id;

    /** Unique, DNS-safe short name. */
    @Column(nullable = false, unique = true, length = 63)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TenantStatus status;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public static Tenant create(String slug, String name) {
        Tenant tenant = new Tenant();
        tenant.id = UUID.randomUUID();
        tenant.slug = slug;
        tenant.name = name;
        tenant.status = TenantStatus.ACTIVE;
        tenant.createdAt = OffsetDateTime.now();
        tenant.updatedAt = tenant.createdAt;
        return tenant;
    }
}
