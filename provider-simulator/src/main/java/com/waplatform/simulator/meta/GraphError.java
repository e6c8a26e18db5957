package com.waplatform.simulator.meta;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Graph API error answers, shaped as Meta documents them: {@code {"error":{message,type,code,…,fbtrace_id}}}. */
public final class GraphError {

    private GraphError() {
    }

    public static WebApplicationException invalidToken() {
        return error(401, "Invalid OAuth access token - Cannot parse access token", "OAuthException", 190, null);
    }

    public static WebApplicationException unknownObject(String id) {
        return error(400, "Unsupported get request. Object with ID '" + id + "' does not exist, cannot be loaded "
                + "due to missing permissions, or does not support this operation. Please read the Graph API "
                + "documentation at https://developers.facebook.com/docs/graph-api", "GraphMethodException", 100, 33);
    }

    public static WebApplicationException invalidAppSecretProof() {
        return error(400, "Invalid appsecret_proof provided in the API argument", "GraphMethodException", 100, null);
    }

    public static WebApplicationException invalidParameter(String detail) {
        return error(400, "(#100) " + detail, "OAuthException", 100, null);
    }

    public static WebApplicationException error(int status, String message, String type, int code, Integer subcode) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("code", code);
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        error.put("fbtrace_id", "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 22));
        return new WebApplicationException(Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error)).build());
    }
}
