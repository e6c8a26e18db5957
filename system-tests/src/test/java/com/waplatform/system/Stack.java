package com.waplatform.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
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

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Stack() {
    }

    /** An access token of a demo user (password grant on the public web-app client). */
    static String token(String username) {
        return TOKENS.computeIfAbsent(username, user -> RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "web-app")
                .formParam("username", user)
                .formParam("password", PASSWORD)
                .post(KEYCLOAK + "/realms/wa/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
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
