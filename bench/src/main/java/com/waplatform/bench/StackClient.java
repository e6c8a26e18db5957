package com.waplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** Sets up what a benchmark needs on the running local stack (demo users, simulated Meta numbers). */
final class StackClient {

    /** A connected Cloud API number: where its webhooks go and the secret that signs them. */
    record Number(String connectionId, String phoneNumberId, String appSecret) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String edge;
    private final String keycloak;
    private final String simulator;

    StackClient(String edge, String keycloak, String simulator) {
        this.edge = edge;
        this.keycloak = keycloak;
        this.simulator = simulator;
    }

    String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=web-app&username=" + URLEncoder.encode(user,
                StandardCharsets.UTF_8) + "&password=demo1234";
        return send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/wa/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).path("access_token").asText();
    }

    /** Registers a number at the simulated Meta and connects it as {@code token}'s tenant. */
    Number connect(String token) throws IOException, InterruptedException {
        String id = "30" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String secret = "bench-secret-" + id;
        send(HttpRequest.newBuilder(URI.create(simulator + "/control/meta/numbers"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"phoneNumberId\":\"" + id + "\",\"accessToken\":\"EAAG-bench-" + id + "\",\"appSecret\":\""
                                + secret + "\"}")));
        JsonNode created = send(HttpRequest.newBuilder(URI.create(edge + "/api/connections"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"CLOUD_API\",\"name\":\"Bench\","
                        + "\"phoneNumberId\":\"" + id + "\",\"businessAccountId\":\"1" + id + "\",\"accessToken\":"
                        + "\"EAAG-bench-" + id + "\",\"appSecret\":\"" + secret + "\"}")));
        return new Number(created.path("id").asText(), id, secret);
    }

    /** Removes a number connected by {@link #connect} (its webhooks are refused from then on). */
    void disconnect(String token, Number number) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(edge + "/api/connections/"
                + number.connectionId())).header("Authorization", "Bearer " + token).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204 && response.statusCode() != 404) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }
}
