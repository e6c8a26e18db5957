package com.waplatform.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.waplatform.gateway.service.WebhookRejected;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** JSON problem bodies for every refusal; 503 and 429 carry Retry-After so providers back off. */
public class GatewayErrors {

    private static final Logger LOG = Logger.getLogger(GatewayErrors.class);

    @ServerExceptionMapper
    public Response rejected(WebhookRejected e) {
        Response.ResponseBuilder builder = problem(e.status(), e.getMessage());
        if (e.retryAfterSeconds() > 0) {
            builder.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
        }
        return builder.build();
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated() {
        return problem(401, "A valid access token is required").build();
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return problem(400, "The body is not valid JSON for this request").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "You are not allowed to do this").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return problem(status, status == 404 ? "Unknown connection" : "Request refused").build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        LOG.error("unexpected error", e);
        return problem(500, "Internal error").build();
    }

    private static Response.ResponseBuilder problem(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return Response.status(status).type(MediaType.valueOf("application/problem+json"))
                .entity(Map.of("status", status, "title", known != null ? known.getReasonPhrase() : "Error",
                        "detail", detail));
    }
}
