package com.waplatform.message.rest;

import com.waplatform.message.identity.ApiKeyVerifier;
import com.waplatform.message.identity.RejectedKeys;
import com.waplatform.web.Problem;
import com.waplatform.web.ProblemException;
import com.waplatform.web.RateLimiter;
import com.waplatform.web.TenantDirectory;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import com.waplatform.message.config.AutomationConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Authenticates the automation API: {@code X-API-Key} must be a live key of an active tenant (401 / 403), and each
 * key gets its own request budget per minute (429 with {@code Retry-After}), from the tenant's plan or the default.
 * An address that presented too many keys that are not valid gets 429 before its next unknown key is checked
 * (the edge passes the caller's address in X-Forwarded-For).
 */
public class ApiKeyFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeyVerifier verifier;
    private final AutomationCaller caller;
    private final TenantDirectory tenants;
    private final RateLimiter limiter;
    private final int perMinute;

    public ApiKeyFilter(ApiKeyVerifier verifier, AutomationCaller caller, TenantDirectory tenants,
            RateLimiter limiter, AutomationConfig config) {
        this.verifier = verifier;
        this.caller = caller;
        this.tenants = tenants;
        this.limiter = limiter;
        this.perMinute = config.apiRequestsPerMinute();
    }

    @ServerRequestFilter
    public Uni<Response> authenticate(SimpleResourceInfo resource, HttpHeaders headers, HttpServerRequest request) {
        if (resource.getResourceClass() == null
                || !resource.getResourceClass().isAnnotationPresent(ApiKeyAuthenticated.class)) {
            return Uni.createFrom().nullItem();
        }
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        return verifier.verify(headers.getHeaderString(HEADER), address).flatMap(key -> {
            if (tenants.blocked(key.tenantId())) {
                return Uni.createFrom().item(Problem.tenantSuspended(tenants.blockedReason(key.tenantId())));
            }
            caller.verified(key);
            int limit = tenants.find(key.tenantId()).map(t -> t.apiRequestsPerMinute()).filter(n -> n > 0)
                    .orElse(perMinute);
            return limiter.acquire("message-service:apikey:" + key.keyId(), limit, Duration.ofMinutes(1))
                    .map(wait -> wait.map(w -> Problem.tooManyRequests("This API key", w)).orElse(null));
        }).onFailure(RejectedKeys.Refused.class).recoverWithItem(failure -> Problem.tooManyRequests(
                "This address, with API keys that are not valid,", ((RejectedKeys.Refused) failure).waitFor())
        ).onFailure(ProblemException.class).recoverWithItem(failure -> {
            ProblemException problem = (ProblemException) failure;
            return Problem.response(problem.status(), problem.title(), problem.getMessage(), List.of());
        });
    }
}
