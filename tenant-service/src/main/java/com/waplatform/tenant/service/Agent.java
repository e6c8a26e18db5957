package com.waplatform.tenant.service;

/** A user of a tenant as the tenant sees them. */
public record Agent(String id, String username, String email, String firstName, String lastName, String role,
        boolean enabled, boolean mustChangePassword) {
}
