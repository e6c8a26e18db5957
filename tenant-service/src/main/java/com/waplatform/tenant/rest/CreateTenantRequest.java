package com.waplatform.tenant.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record CreateTenantRequest(
        @NotBlank(message = "is required")
        @Pattern(regexp = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$",
                message = "must be 1-63 lowercase letters, digits or hyphens, not starting or ending with a hyphen")
        String slug,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name) {
}
