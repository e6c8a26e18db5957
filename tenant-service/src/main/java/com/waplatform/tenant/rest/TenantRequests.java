package com.waplatform.tenant.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the tenant endpoints other than creation. In a change, an absent field stays as it is. */
final class TenantRequests {

    static final String MEDIA_QUOTA = "must be a number of bytes, 1 or more (5 GiB is 5368709120)";
    static final String RETENTION = "must be a number of days from 0 (keep media for good) to 36500";
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
            @Min(value = 0, message = "must be 0 (platform default) or more") Integer apiRequestsPerMinute,
            @Min(value = 1, message = MEDIA_QUOTA) Long mediaQuotaBytes,
            @Min(value = 0, message = RETENTION) @Max(value = 36_500, message = RETENTION) Integer mediaRetentionDays) {
    }

    record Suspend(@Size(max = 500, message = "must be at most 500 characters") String reason) {
    }

    /**
     * Own settings, a JSON merge patch: an absent field stays as it is; {@code "automationWebhookUrl": null} (or
     * {@code ""}) removes the URL. The other settings cannot be removed: null leaves them as they are.
     */
    @Schema(name = "SettingsChange")
    static final class Settings {

        @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
        private String name;
        @Size(max = 2048, message = "must be at most 2048 characters")
        private String automationWebhookUrl;
        @Schema(hidden = true)
        private boolean automationWebhookUrlGiven;
        private Boolean botEnabled;
        @Size(min = 1, max = 64, message = "must be 1 to 64 characters")
        private String timezone;
        @Size(min = 2, max = 35, message = "must be 2 to 35 characters")
        private String defaultLanguage;

        /** The change of the webhook URL: null when absent, empty to remove it. */
        Optional<String> automationWebhookUrl() {
            return automationWebhookUrlGiven ? Optional.ofNullable(automationWebhookUrl).filter(u -> !u.isBlank())
                    : null;
        }

        public void setAutomationWebhookUrl(String url) {
            this.automationWebhookUrl = url;
            this.automationWebhookUrlGiven = true;
        }

        /** The organization's new name, trimmed; null when absent. */
        String name() {
            return name == null ? null : name.strip();
        }

        public void setName(String name) {
            this.name = name;
        }

        Boolean botEnabled() {
            return botEnabled;
        }

        public void setBotEnabled(Boolean botEnabled) {
            this.botEnabled = botEnabled;
        }

        String timezone() {
            return timezone;
        }

        public void setTimezone(String timezone) {
            this.timezone = timezone;
        }

        String defaultLanguage() {
            return defaultLanguage;
        }

        public void setDefaultLanguage(String defaultLanguage) {
            this.defaultLanguage = defaultLanguage;
        }
    }
}
