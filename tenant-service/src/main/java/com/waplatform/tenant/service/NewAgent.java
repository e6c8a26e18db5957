package com.waplatform.tenant.service;

/** A person a tenant admin adds: an agent or another tenant admin. The password is never stored or logged. */
public record NewAgent(String username, String email, String firstName, String lastName, String role,
        String password, boolean temporaryPassword) {

    @Override
    public String toString() {
        return "NewAgent[username=" + username + ", role=" + role + "]";
    }
}
