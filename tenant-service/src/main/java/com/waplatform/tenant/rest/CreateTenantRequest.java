package com.waplatform.tenant.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record CreateTenantRequest(
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
                message = "must be 1-63 lowercase letters, digits or hyphens, not starting or ending with a hyphen")
        String slug,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
        @Size(max = 20, message = "at most 20 domains")
        List<@Pattern(regexp = TenantRequests.DOMAIN, message = "must be a domain name such as example.com") String> domains,
        @Valid Limits limits) {

    /** Plan limits; the first three are required when given, the media ones default to the default plan's. */
    public record Limits(
            @Min(value = 0, message = "must be 0 or more") @Max(value = 10_000, message = "must be at most 10000")
            int maxConnections,
            @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000")
            int maxAgents,
            @Min(value = 0, message = "must be 0 or more") int messagesPerMonth,
            @Min(value = 1, message = TenantRequests.MEDIA_QUOTA) Long mediaQuotaBytes,
            @Min(value = 0, message = TenantRequests.RETENTION) @Max(value = 36_500, message = TenantRequests.RETENTION)
            Integer mediaRetentionDays) {
    }
}
