package com.waplatform.session.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/connections}: {@code EVOLUTION} needs only a name (the platform makes the instance);
 * {@code CLOUD_API} needs the four Meta credentials. Credentials are only ever read from it, never echoed.
 */
public record CreateConnectionRequest(
        @NotNull(message = "is required (EVOLUTION or CLOUD_API)") @Pattern(regexp = "EVOLUTION|CLOUD_API",
                message = "must be EVOLUTION or CLOUD_API") String type,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
        @Pattern(regexp = "\\d{1,32}", message = "must be Meta's numeric id") String phoneNumberId,
        @Pattern(regexp = "\\d{1,32}", message = "must be Meta's numeric id") String businessAccountId,
        @Size(max = 1024, message = "is too long") String accessToken,
        @Size(max = 256, message = "is too long") String appSecret,
        /** CLOUD_API under the platform's own Meta app: no appSecret of the tenant's. */
        Boolean platformApp) {

    public boolean underPlatformApp() {
        return Boolean.TRUE.equals(platformApp);
    }

    public boolean evolution() {
        return "EVOLUTION".equals(type);
    }

    /** The Cloud API fields that are missing, as "field: is required" lines; empty when complete. */
    public java.util.List<String> missingCloudApiFields() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (blank(phoneNumberId)) {
            missing.add("phoneNumberId: is required for CLOUD_API");
        }
        if (blank(businessAccountId)) {
            missing.add("businessAccountId: is required for CLOUD_API");
        }
        if (blank(accessToken)) {
            missing.add("accessToken: is required for CLOUD_API");
        }
        if (blank(appSecret) && !underPlatformApp()) {
            missing.add("appSecret: is required for CLOUD_API (unless platformApp is true)");
        }
        if (!blank(appSecret) && underPlatformApp()) {
            missing.add("appSecret: a number under the platform's app uses the platform's secret; leave it out");
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "CreateConnectionRequest[type=" + type + ", name=" + name + ", phoneNumberId=" + phoneNumberId + "]";
    }
}
