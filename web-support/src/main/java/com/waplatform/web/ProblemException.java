package com.waplatform.web;

import jakarta.ws.rs.core.Response;

/**
 * A rule of the service was violated; the message is shown to the caller as the problem's detail, so it must
 * be written for a person and must never name another tenant's data.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;

    public ProblemException(Response.Status status, String detail) {
        this(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    public ProblemException(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable Content", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, detail);
    }
}
