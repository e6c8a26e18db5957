package com.waplatform.tenant.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the agents endpoints. Passwords are passed on to Keycloak, never stored or logged here. */
final class AgentRequests {

    static final String ROLE = "agent|tenant-admin";
    static final String ROLE_MESSAGE = "must be agent or tenant-admin";

    private AgentRequests() {
    }

    record Create(
            @NotBlank(message = "is required") @Pattern(regexp = "[a-z0-9][a-z0-9._@-]{2,99}",
                    message = "must be 3-100 lowercase letters, digits or . _ @ -") String username,
            @NotBlank(message = "is required") @Email(message = "must be an email address")
            @Size(max = 254, message = "is too long") String email,
            @NotBlank(message = "is required") @Size(max = 100, message = "is too long") String firstName,
            @NotBlank(message = "is required") @Size(max = 100, message = "is too long") String lastName,
            @NotBlank(message = "is required") @Pattern(regexp = ROLE, message = ROLE_MESSAGE) String role,
            /** Absent: the person is invited by e-mail and chooses a password through the link. */
            @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String password,
            /** Whether the person must choose a new password at first login (default: yes). */
            Boolean temporaryPassword) {

        @Override
        public String toString() {
            return "Create[username=" + username + ", role=" + role + "]";
        }
    }

    /** Purging a deleted tenant before its retention ends: the slug, typed again, confirms it. */
    record Purge(@NotBlank(message = "is required (the tenant's slug, to confirm)")
            @Size(max = 63, message = "must be at most 63 characters (a tenant's slug)") String confirmSlug) {
    }

    record Update(Boolean enabled, @Pattern(regexp = ROLE, message = ROLE_MESSAGE) String role) {
    }

    record Password(@NotBlank(message = "is required") @Size(min = 8, max = 128,
            message = "must be 8 to 128 characters") String temporaryPassword) {

        @Override
        public String toString() {
            return "Password[***]";
        }
    }
}
