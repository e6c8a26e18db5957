package com.waplatform.web;

import com.waplatform.contracts.RequestIds;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.core.runtime.VertxMDC;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every line logged while a request is served carries the edge's request id ({@code X-Request-Id}) and the caller's
 * tenant (JSON logs: {@code mdc.requestId}, {@code mdc.tenantId}). Quarkus keeps the MDC in the request's Vert.x
 * duplicated context, so it follows the request from thread to thread and never reaches another request.
 */
public class RequestLogContext {

    public static final String REQUEST_ID = "requestId";
    public static final String TENANT_ID = "tenantId";

    private final CurrentIdentityAssociation identities;

    public RequestLogContext(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true)
    public void rememberRequestId(ContainerRequestContext request) {
        String requestId = RequestIds.of(request.getHeaderString(RequestIds.HEADER));
        if (requestId != null) {
            MDC.put(REQUEST_ID, requestId);
        }
    }

    /** The tenant of the verified token; the identity may be resolved on another thread, hence the request's context. */
    @ServerRequestFilter
    public Uni<Void> rememberTenant() {
        Context request = Vertx.currentContext();
        return identities.getDeferredIdentity().onFailure().recoverWithNull().invoke(identity -> {
            if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
                Object tenant = token.getClaim(Caller.TENANT_CLAIM);
                if (tenant != null) {
                    VertxMDC.INSTANCE.put(TENANT_ID, tenant.toString(), request);
                }
            }
        }).replaceWithVoid();
    }

    @ServerResponseFilter
    public void forget() {
        MDC.remove(REQUEST_ID);
        MDC.remove(TENANT_ID);
    }
}
