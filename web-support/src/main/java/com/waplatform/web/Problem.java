package com.waplatform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/**
 * The JSON body of every error answer: {@code {"status":…, "title":…, "detail":…}}; {@code violations} for invalid
 * fields, {@code reason} for a suspension (the words the platform's staff gave the organization).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(int status, String title, String detail, List<Violation> violations, String reason) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request body or parameter. */
    public record Violation(String field, String message) {
    }

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    /** 429 with {@code Retry-After} in whole seconds; {@code who} made too many requests ("This API key" …). */
    public static Response tooManyRequests(String who, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.fromResponse(response(429, "Too Many Requests", who + " made too many requests; try again in "
                + seconds + " second(s)", List.of())).header("Retry-After", seconds).build();
    }

    /** 403 for anyone of a suspended or deleted tenant, with the reason its staff gave (if any). */
    public static Response tenantSuspended(String reason) {
        return of(new Problem(403, "Forbidden",
                "Your organization's account is suspended; contact the platform's support", List.of(), reason));
    }

    public static Response response(int status, String title, String detail, List<Violation> violations) {
        return of(new Problem(status, title, detail, violations, null));
    }

    private static Response of(Problem problem) {
        return Response.status(problem.status()).type(MediaType.valueOf(MEDIA_TYPE)).entity(problem).build();
    }
}
