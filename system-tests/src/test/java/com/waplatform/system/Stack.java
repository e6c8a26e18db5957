package com.waplatform.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Where the running stack is (system properties set by ./stack test) and how to log in to it. */
final class Stack {

    static final String URL = System.getProperty("stack.url", "http://localhost:8080");
    static final String KEYCLOAK = System.getProperty("keycloak.url", "http://localhost:8180");
    static final String KAFKA = System.getProperty("kafka.bootstrap", "127.0.0.1:9092");
    static final String SIMULATOR = System.getProperty("simulator.url", "http://127.0.0.1:8090");
    static final String GATEWAY_URL = System.getProperty("gateway.url", "http://127.0.0.1:8084");
    static final String PASSWORD = "demo1234";
    static final ObjectMapper JSON = new ObjectMapper();

    static final String SCRIPT = System.getProperty("stack.script");
    /** A token with less than this left is fetched again (tokens live 600 s; the run is longer). */
    private static final long TOKEN_MARGIN_SECONDS = 60;

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Stack() {
    }

    /** An access token of a demo user (password grant on the public web-app client), fetched again near expiry. */
    static String token(String username) {
        return TOKENS.compute(username, (user, cached) -> cached != null && !expiring(cached) ? cached
                : login(user, PASSWORD));
    }

    /** Fetches the user's token again now (before Keycloak goes away: it then lasts the token's whole lifespan). */
    static void renewToken(String username) {
        TOKENS.put(username, login(username, PASSWORD));
    }

    /** A fresh access token of any user. */
    static String login(String username, String password) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "web-app")
                .formParam("username", username)
                .formParam("password", password)
                .post(KEYCLOAK + "/realms/wa/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The {@code tenant_id} of a demo user's token. */
    static String tenantOf(String username) {
        String[] parts = token(username).split("\\.");
        return json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).path("tenant_id")
                .asText();
    }

    private static boolean expiring(String token) {
        String[] parts = token.split("\\.");
        long exp = json(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).path("exp")
                .asLong();
        return exp - Instant.now().getEpochSecond() < TOKEN_MARGIN_SECONDS;
    }

    /** Runs {@code ./stack ARGS...} (set by ./stack test), its output on ours; answers its exit code. */
    static int script(String... args) {
        return script(Map.of(), args);
    }

    /** The same with more environment variables (e.g. {@code WA_REALTIME_REPLICAS}). */
    static int script(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT));
        command.addAll(List.of(args));
        try {
            ProcessBuilder process = new ProcessBuilder(command).inheritIO();
            process.environment().putAll(environment);
            return process.start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running ./stack " + args[0], e);
        }
    }

    static RequestSpecification as(String username) {
        return RestAssured.given().baseUri(URL).auth().oauth2(token(username)).contentType("application/json");
    }

    static RequestSpecification anonymous() {
        return RestAssured.given().baseUri(URL).contentType("application/json");
    }

    /** The webhook gateway itself (health, not routed by the edge). */
    static String gateway() {
        return GATEWAY_URL;
    }

    static RequestSpecification simulator() {
        return RestAssured.given().baseUri(SIMULATOR).contentType("application/json");
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + text, e);
        }
    }
}
