package com.waplatform.web;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-user limits on every REST endpoint: 429 with {@code Retry-After} past the limit of the window. The platform's
 * own services (role {@code internal-service}) are counted apart, with their own far higher budget.
 */
public class RateLimitFilter {

    /** The role of the platform's service accounts (client-credentials tokens of its own services). */
    public static final String SERVICE_ROLE = "internal-service";

    private final CurrentIdentityAssociation identities;
    private final RateLimiter limiter;
    private final RateLimitConfig config;
    private final TenantDirectory tenants;
    private final String service;

    public RateLimitFilter(CurrentIdentityAssociation identities, RateLimiter limiter, RateLimitConfig config,
            TenantDirectory tenants, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.tenants = tenants;
        this.identities = identities;
        this.limiter = limiter;
        this.config = config;
        this.service = service;
    }

    @ServerRequestFilter
    public Uni<Response> limitPerUser() {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().onFailure().recoverWithNull().flatMap(identity -> {
            if (identity == null || identity.isAnonymous()
                    || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getSubject() == null) {
                return Uni.createFrom().nullItem();
            }
            boolean serviceAccount = identity.hasRole(SERVICE_ROLE);
            String subject = service + (serviceAccount ? ":service:" : ":user:") + token.getSubject();
            int limit = serviceAccount ? config.perServiceAccount() : limitFor(token);
            String who = serviceAccount ? "This service" : "You";
            return limiter.acquire(subject, limit, config.window())
                    .map(wait -> wait.map(w -> Problem.tooManyRequests(who, w)).orElse(null));
        });
    }

    /** The tenant's plan may set its own per-minute figure; it is scaled to the configured window. */
    private int limitFor(JsonWebToken token) {
        Object tenant = token.getClaim(Caller.TENANT_CLAIM);
        int perMinute = tenant == null ? 0 : tenants.find(tenant.toString())
                .map(com.waplatform.contracts.TenantSnapshot::apiRequestsPerMinute).orElse(0);
        if (perMinute <= 0) {
            return config.perUser();
        }
        return (int) Math.max(1, perMinute * config.window().toMillis() / 60_000);
    }
}
