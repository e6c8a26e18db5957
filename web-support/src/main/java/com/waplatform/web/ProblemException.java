package com.waplatform.web;

import jakarta.ws.rs.core.Response;

/**
 * A rule of the service was violated; the message is shown to the caller as the problem's detail, so it must
 * be written for a person and must never name another tenant's data.
 */
public class ProblemException extends RuntimeException {

    private final Response.Status status;

    public ProblemException(Response.Status status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    public Response.Status status() {
        return status;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Response.Status.CONFLICT, detail);
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Response.Status.fromStatusCode(422), detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Response.Status.FORBIDDEN, detail);
    }
}
