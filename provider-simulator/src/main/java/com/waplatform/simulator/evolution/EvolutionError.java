package com.waplatform.simulator.evolution;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Error answers shaped as Evolution API v2 sends them: {@code {status, error, response:{message}}}. */
public final class EvolutionError {

    private EvolutionError() {
    }

    public static WebApplicationException badRequest(Object... messages) {
        return error(400, "Bad Request", List.of(messages));
    }

    public static WebApplicationException unauthorized() {
        return error(401, "Unauthorized", "Unauthorized");
    }

    public static WebApplicationException forbidden(String message) {
        return error(403, "Forbidden", List.of(message));
    }

    public static WebApplicationException notFound(String instanceName) {
        return error(404, "Not Found", List.of("The \"" + instanceName + "\" instance does not exist"));
    }

    public static WebApplicationException internal(String message) {
        return error(500, "Internal Server Error", message);
    }

    static WebApplicationException error(int status, String error, Object message) {
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("status", status, "error", error, "response", Map.of("message", message))).build());
    }
}
