package com.waplatform.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A token issued before its user was disabled or given another role gets 401 on every endpoint, within the
 * moment the change is saved (see {@link AccessRevocations}); the user signs in again, or cannot.
 */
public class RevokedAccessFilter {

    private final CurrentIdentityAssociation identities;
    private final AccessRevocations revocations;

    public RevokedAccessFilter(CurrentIdentityAssociation identities, AccessRevocations revocations) {
        this.identities = identities;
        this.revocations = revocations;
    }

    @ServerRequestFilter
    public Uni<Response> refuseRevokedTokens() {
        return identities.getDeferredIdentity().onFailure().recoverWithNull().flatMap(identity -> {
            if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                return Uni.createFrom().nullItem();
            }
            return revocations.revoked(token).map(revoked -> revoked ? Problem.response(401, "Unauthorized",
                    "Your access has changed (your account was disabled or given another role); sign in again",
                    java.util.List.of()) : null);
        });
    }
}
