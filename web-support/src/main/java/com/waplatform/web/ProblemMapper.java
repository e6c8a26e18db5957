package com.waplatform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.waplatform.web.resilience.TransientFailures;
import com.waplatform.web.validation.InvalidParameterException;
import com.waplatform.web.validation.Nul;
import com.waplatform.web.validation.NulInTextException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into a JSON problem body. Nothing internal leaks: unexpected errors are logged with an
 * id and answered with that id only.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    /** What a 503 for an unavailable dependency asks the caller to wait (Retry-After). */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response rule(ProblemException e) {
        return Problem.response(e.status(), e.title(), e.getMessage(), e.violations());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.Violation::field))
                .toList();
        return Problem.response(400, "Bad Request", "The request is not valid", violations);
    }

    /** A query or form parameter that is not what the endpoint takes ({@code limit=abc}, a NUL character). */
    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return invalid(e.field(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response nulInText(NulInTextException e) {
        return invalid(field(e) == null ? "body" : field(e), Nul.REFUSED);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "Unknown field '" + e.getPropertyName() + "'");
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String field = field(e);
        return Problem.response(Response.Status.BAD_REQUEST, field == null
                ? "The body does not have the expected JSON shape"
                : "Field '" + field + "' has the wrong type");
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        return Problem.response(Response.Status.BAD_REQUEST, "The body is not valid JSON for this request");
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated() {
        return Problem.response(Response.Status.UNAUTHORIZED, "A valid access token is required");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.response(Response.Status.FORBIDDEN, "You are not allowed to do this");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = status == 404 ? "Not found" : status == 405 ? "Method not allowed" : title;
        if (e.getCause() instanceof JsonProcessingException) {
            detail = "The body is not valid JSON for this request";
        }
        return Problem.response(status, title, detail, List.of());
    }

    /**
     * A dependency that is unavailable for now (the database down or restarting, Keycloak or another service
     * refusing connections) is a 503 with {@code Retry-After}, logged without a stack trace; anything else
     * unexpected is a 500 with an error id.
     */
    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e) {
        if (TransientFailures.is(e)) {
            LOG.warnf("service unavailable: %s", e.toString());
            return Response.fromResponse(Problem.response(503, "Service Unavailable",
                    "The service is unavailable for a moment; try again in " + RETRY_AFTER_SECONDS + " seconds",
                    List.of())).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        String errorId = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s", errorId);
        return Problem.response(500, "Internal Server Error", "Something went wrong (error id " + errorId + ")",
                List.of());
    }

    private Response invalid(String field, String message) {
        return rule(ProblemException.invalid(field, message));
    }

    /** The innermost named field of a body's mapping failure (a list's name for one of its items), or null. */
    private static String field(JsonMappingException e) {
        for (int i = e.getPath().size() - 1; i >= 0; i--) {
            if (e.getPath().get(i).getFieldName() != null) {
                return e.getPath().get(i).getFieldName();
            }
        }
        return null;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
