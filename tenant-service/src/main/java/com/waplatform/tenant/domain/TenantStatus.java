package com.waplatform.tenant.domain;

public enum TenantStatus {
    ACTIVE, SUSPENDED, DELETED, PURGED
}
