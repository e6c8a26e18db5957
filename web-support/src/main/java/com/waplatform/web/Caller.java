package com.waplatform.web;

import com.waplatform.contracts.RequestIds;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
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
    private final HttpHeaders headers;

    public Caller(SecurityIdentity identity, JsonWebToken token, HttpHeaders headers) {
        this.identity = identity;
        this.token = token;
        this.headers = headers;
    }

    /** The caller as the audit log records them; the request id is the edge's {@code X-Request-Id}. */
    public Actor actor() {
        return new Actor(userId(), username(), RequestIds.of(headers.getHeaderString(RequestIds.HEADER)),
                hasRole(PLATFORM_ADMIN));
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
