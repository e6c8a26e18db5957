package com.waplatform.simulator.faults;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the faults set through the control API to the provider APIs, in front of them: the request of a
 * faulty number gets the provider's documented error body, waits, or has its connection dropped.
 */
@ApplicationScoped
public class FaultInjector {

    private static final Pattern GRAPH = Pattern.compile("^/v\\d+\\.\\d+/(\\d+)(/messages)?$");
    private static final Pattern EVOLUTION =
            Pattern.compile("^/(?:instance/\\w+|message/(send\\w+)|webhook/\\w+|chat/\\w+)/([^/]+)$");

    private final Faults faults;

    public FaultInjector(Faults faults) {
        this.faults = faults;
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Matcher graph = GRAPH.matcher(path);
        Matcher evolution = EVOLUTION.matcher(path);
        if (graph.matches()) {
            apply(ctx, "meta:" + graph.group(1), graph.group(2) != null, true);
        } else if (evolution.matches()) {
            apply(ctx, "evolution:" + evolution.group(2), evolution.group(1) != null, false);
        } else {
            ctx.next();
        }
    }

    private void apply(RoutingContext ctx, String target, boolean send, boolean meta) {
        Fault fault = faults.strike(target).orElse(null);
        if (fault == null) {
            ctx.next();
            return;
        }
        switch (fault.mode()) {
            case DOWN -> ctx.request().connection().close();
            case LATENCY -> ctx.vertx().setTimer(Math.max(1, fault.latencyMillis()), id -> ctx.next());
            case SERVER_ERROR -> answer(ctx, 500, meta
                    ? metaError("An unexpected error has occurred. Please retry your request later.", 131000)
                    : evolutionError(500, "Internal Server Error", "Internal Server Error"));
            case TOKEN_EXPIRED -> answer(ctx, 401, meta
                    ? metaError("Error validating access token: Session has expired.", 190)
                    : evolutionError(401, "Unauthorized", "Unauthorized"));
            default -> {
                if (!send) {
                    ctx.next();
                } else if (meta) {
                    answer(ctx, 400, metaError(message(fault.mode()), Integer.parseInt(fault.mode().label)));
                } else {
                    answer(ctx, 400, evolutionError(400, "Bad Request", message(fault.mode())));
                }
            }
        }
    }

    private static String message(Fault.Mode mode) {
        return switch (mode) {
            case OUTSIDE_WINDOW -> "Re-engagement message";
            case RATE_LIMITED -> "Rate limit hit";
            case NOT_ON_WHATSAPP -> "Message Undeliverable.";
            default -> "Error";
        };
    }

    private static JsonObject metaError(String message, int code) {
        JsonObject error = new JsonObject().put("message", "(#" + code + ") " + message)
                .put("type", "OAuthException").put("code", code)
                .put("fbtrace_id", "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 22));
        if (code == 131047) {
            error.put("error_data", new JsonObject().put("messaging_product", "whatsapp").put("details",
                    "Message failed to send because more than 24 hours have passed since the customer last "
                            + "replied to this number."));
        }
        return new JsonObject().put("error", error);
    }

    private static JsonObject evolutionError(int status, String error, String message) {
        return new JsonObject().put("status", status).put("error", error)
                .put("response", new JsonObject().put("message", message));
    }

    private static void answer(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }
}
