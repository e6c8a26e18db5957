package com.waplatform.tenant.rest;

import com.waplatform.tenant.domain.Tenant;
import java.time.OffsetDateTime;
import java.util.UUID;

public record TenantView(UUID id, String slug, String name, String status, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static TenantView of(Tenant tenant) {
        return new TenantView(tenant.id, tenant.slug, tenant.name, tenant.status.name(), tenant.createdAt,
                tenant.updatedAt);
    }
}
