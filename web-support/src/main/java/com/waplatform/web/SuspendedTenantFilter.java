package com.waplatform.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** A suspended or deleted tenant's users get 403 on every endpoint, whatever their role. */
public class SuspendedTenantFilter {

    private final CurrentIdentityAssociation identities;
    private final TenantDirectory directory;

    public SuspendedTenantFilter(CurrentIdentityAssociation identities, TenantDirectory directory) {
        this.identities = identities;
        this.directory = directory;
    }

    @ServerRequestFilter
    public Uni<Response> refuseSuspendedTenants() {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
                return null;
            }
            Object tenant = token.getClaim(Caller.TENANT_CLAIM);
            if (tenant != null && directory.blocked(tenant.toString())) {
                return Problem.tenantSuspended(directory.blockedReason(tenant.toString()));
            }
            return null;
        }).onFailure().recoverWithNull();
    }
}
