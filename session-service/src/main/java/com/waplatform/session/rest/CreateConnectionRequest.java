package com.waplatform.session.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/connections}. Credentials are only ever read from it, never echoed. */
public record CreateConnectionRequest(
        @NotNull(message = "is required (CLOUD_API)") @Pattern(regexp = "CLOUD_API",
                message = "must be CLOUD_API; EVOLUTION connections are not available yet") String type,
        @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
        @NotBlank(message = "is required") @Pattern(regexp = "\\d{1,32}", message = "must be Meta's numeric id")
        String phoneNumberId,
        @NotBlank(message = "is required") @Pattern(regexp = "\\d{1,32}", message = "must be Meta's numeric id")
        String businessAccountId,
        @NotBlank(message = "is required") @Size(max = 1024, message = "is too long") String accessToken,
        @NotBlank(message = "is required") @Size(max = 256, message = "is too long") String appSecret) {

    @Override
    public String toString() {
        return "CreateConnectionRequest[type=" + type + ", name=" + name + ", phoneNumberId=" + phoneNumberId + "]";
    }
}
