package com.waplatform.session.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /api/connections/{id}}: only the fields given change. */
public record UpdateConnectionRequest(
        @Size(min = 1, max = 100, message = "must be 1 to 100 characters") @Pattern(regexp = ".*\\S.*",
                message = "must not be blank") String name,
        Boolean enabled,
        @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000")
        Integer sendRatePerSecond) {
}
