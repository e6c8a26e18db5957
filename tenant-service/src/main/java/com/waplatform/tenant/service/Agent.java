package com.waplatform.tenant.service;

import java.time.OffsetDateTime;

/**
 * A user of a tenant as the tenant sees them; {@code lastSignInAt} is their latest sign-in among the realm's
 * events (kept for the realm's {@code eventsExpiration}), null when there is none.
 */
public record Agent(String id, String username, String email, String firstName, String lastName, String role,
        boolean enabled, boolean mustChangePassword, OffsetDateTime lastSignInAt) {
}
