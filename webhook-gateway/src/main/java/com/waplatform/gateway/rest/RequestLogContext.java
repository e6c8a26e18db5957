package com.waplatform.gateway.rest;

import com.waplatform.contracts.RequestIds;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every line logged while a webhook is received carries the edge's request id (JSON logs: {@code mdc.requestId}).
 * Quarkus keeps the MDC in the request's Vert.x duplicated context: it follows the request, never another one.
 * (A webhook's tenant is known only once it is routed, and a platform webhook may concern several.)
 */
public class RequestLogContext {

    public static final String REQUEST_ID = "requestId";

    @ServerRequestFilter(preMatching = true)
    public void rememberRequestId(ContainerRequestContext request) {
        String requestId = RequestIds.of(request.getHeaderString(RequestIds.HEADER));
        if (requestId != null) {
            MDC.put(REQUEST_ID, requestId);
        }
    }

    @ServerResponseFilter
    public void forget() {
        MDC.remove(REQUEST_ID);
    }
}
