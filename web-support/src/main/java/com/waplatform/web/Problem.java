package com.waplatform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;

/** The JSON body of every error answer: {@code {"status":…, "title":…, "detail":…}}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(int status, String title, String detail, List<Violation> violations) {

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

    /** 403 for anyone of a suspended or deleted tenant. */
    public static Response tenantSuspended() {
        return response(Response.Status.FORBIDDEN,
                "Your organization's account is suspended; contact the platform's support");
    }

    public static Response response(int status, String title, String detail, List<Violation> violations) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem(status, title, detail, violations))
                .build();
    }
}
