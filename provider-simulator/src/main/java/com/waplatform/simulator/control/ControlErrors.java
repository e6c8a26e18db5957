package com.waplatform.simulator.control;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Control API refusals as JSON; Graph API errors keep Meta's own error body. */
public class ControlErrors {

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        if (e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("status", status, "detail", e.getMessage() == null ? "refused" : e.getMessage()))
                .build();
    }
}
