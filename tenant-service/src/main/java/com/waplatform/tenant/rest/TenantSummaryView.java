package com.waplatform.tenant.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.waplatform.tenant.domain.TenantStatus;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many tenants are in each status, every status present (zero when none). */
public record TenantSummaryView(
        @JsonProperty("ACTIVE") @Schema(name = "ACTIVE", required = true) long active,
        @JsonProperty("SUSPENDED") @Schema(name = "SUSPENDED", required = true) long suspended,
        @JsonProperty("DELETED") @Schema(name = "DELETED", required = true) long deleted,
        @JsonProperty("PURGED") @Schema(name = "PURGED", required = true) long purged) {

    static TenantSummaryView of(Map<TenantStatus, Long> counts) {
        return new TenantSummaryView(counts.getOrDefault(TenantStatus.ACTIVE, 0L),
                counts.getOrDefault(TenantStatus.SUSPENDED, 0L), counts.getOrDefault(TenantStatus.DELETED, 0L),
                counts.getOrDefault(TenantStatus.PURGED, 0L));
    }
}
