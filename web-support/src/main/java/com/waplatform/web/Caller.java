package com.waplatform.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from the verified access token only: never from a body field, query parameter or header.
 */
@RequestScoped
public class Caller {

    public static final String TENANT_CLAIM = "tenant_id";
    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String AGENT = "agent";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The caller's tenant; 403 for a token that carries none. */
    public String tenantId() {
        return tenant().orElseThrow(() -> ProblemException.forbidden("Your account is not part of a tenant"));
    }

    public Optional<String> tenant() {
        Object claim = token.getClaim(TENANT_CLAIM);
        return claim == null || claim.toString().isBlank() ? Optional.empty() : Optional.of(claim.toString());
    }

    public String userId() {
        return token.getSubject();
    }

    public String username() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : token.getSubject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
