package com.waplatform.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A tenant's automation workflow (what n8n's webhook node is): records what it is sent and answers a status. */
final class AutomationEndpoint implements AutoCloseable {

    /** One request as received: its signature header and body. */
    record Received(String signature, String event, String delivery, String body) {

        JsonNode json() {
            return Stack.json(body);
        }

        boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                StringBuilder hex = new StringBuilder("sha256=");
                for (byte b : mac.doFinal(body.getBytes(StandardCharsets.UTF_8))) {
                    hex.append(String.format("%02x", b));
                }
                return hex.toString().equals(signature);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    private AutomationEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst("X-Wa-Signature-256"),
                    exchange.getRequestHeaders().getFirst("X-Wa-Event"),
                    exchange.getRequestHeaders().getFirst("X-Wa-Delivery"), new String(body, StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    static AutomationEndpoint start() {
        try {
            return new AutomationEndpoint();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void answer(int httpStatus) {
        status.set(httpStatus);
    }

    /** What was received about this conversation, in order. */
    List<Received> about(String conversationId) {
        return received.stream().filter(r -> conversationId.equals(r.json().path("conversationId").asText()))
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
