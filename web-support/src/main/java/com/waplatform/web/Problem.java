package com.waplatform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    public static Response response(int status, String title, String detail, List<Violation> violations) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem(status, title, detail, violations))
                .build();
    }
}
