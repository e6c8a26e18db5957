package com.waplatform.tenant.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Bodies of the tenant endpoints other than creation. In a change, an absent field stays as it is. */
final class TenantRequests {

    static final String DOMAIN = "^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$";

    private TenantRequests() {
    }

    record Update(
            @Size(min = 1, max = 200, message = "must be 1 to 200 characters") String name,
            @Size(max = 20, message = "at most 20 domains")
            List<@Pattern(regexp = DOMAIN, message = "must be a domain name such as example.com") String> domains,
            @Min(value = 0, message = "must be 0 or more") @Max(value = 10_000, message = "must be at most 10000")
            Integer maxConnections,
            @Min(value = 0, message = "must be 0 or more") @Max(value = 100_000, message = "must be at most 100000")
            Integer maxAgents,
            @Min(value = 0, message = "must be 0 or more") Integer messagesPerMonth,
            @Min(value = 0, message = "must be 0 (platform default) or more") Integer apiRequestsPerMinute) {
    }

    record Suspend(@Size(max = 500, message = "must be at most 500 characters") String reason) {
    }

    /** Own settings; an empty automationWebhookUrl removes it. */
    record Settings(
            @Size(max = 2048, message = "must be at most 2048 characters") String automationWebhookUrl,
            Boolean botEnabled,
            @Size(min = 1, max = 64, message = "must be 1 to 64 characters") String timezone,
            @Size(min = 2, max = 35, message = "must be 2 to 35 characters") String defaultLanguage) {
    }
}
