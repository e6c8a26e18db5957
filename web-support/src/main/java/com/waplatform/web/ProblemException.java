package com.waplatform.web;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A rule of the service was violated; the message is shown to the caller as the problem's detail, so it must
 * be written for a person and must never name another tenant's data. It may name the fields at fault
 * ({@link Problem#violations()}), as a form shows them.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(Response.Status status, String detail) {
        this(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }

    /** 400 naming one field, in the same shape as a request that fails its bean validation. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "Bad Request", "The request is not valid",
                List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    /** 409 for a value that must be unique and is taken, naming its field (e.g. a shortcut already in use). */
    public static ProblemException taken(String field, String detail) {
        return new ProblemException(409, Response.Status.CONFLICT.getReasonPhrase(), detail,
                List.of(new Problem.Violation(field, "is already in use")));
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable Content", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, detail);
    }
}
