package com.waplatform.bench.realtime;

import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.BinaryOperator;

/**
 * A server under test and how a client opens a socket on it: realtime-service ({@code /ws} with an access token,
 * {@code ?resume=} to resume; ready once its hello frame arrived) or the bare baseline ({@code /ws?tenant=};
 * ready once open).
 *
 * @param tokens the access token of (tenant id, user id); null for the baseline, which checks nothing
 */
record Target(String name, int port, boolean realtime, BinaryOperator<String> tokens) {

    static Target realtime(int port, BinaryOperator<String> tokens) {
        return new Target("realtime-service", port, true, tokens);
    }

    static Target baseline(int port) {
        return new Target("bare Vert.x", port, false, null);
    }

    /** The upgrade request of one socket; {@code resume} is the position to resume from, or null. */
    WebSocketConnectOptions options(String tenantId, String userId, String resume) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port);
        if (!realtime) {
            return options.setURI("/ws?tenant=" + tenantId);
        }
        options.setURI(resume == null ? "/ws" : "/ws?resume=" + URLEncoder.encode(resume, StandardCharsets.UTF_8));
        return options.addHeader("Authorization", "Bearer " + tokens.apply(tenantId, userId));
    }
}
