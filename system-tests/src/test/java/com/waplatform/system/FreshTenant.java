package com.waplatform.system;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** A tenant of its own for one test, with its first admin signed in; purged (users and all) at the end. */
final class FreshTenant {

    final String id;
    final String slug;
    private final String adminToken;

    private FreshTenant(String id, String slug, String adminToken) {
        this.id = id;
        this.slug = slug;
        this.adminToken = adminToken;
    }

    static FreshTenant create(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String id = Stack.as("platform").body("{\"slug\":\"" + slug + "\",\"name\":\"" + prefix + "\"}")
                .post("/api/admin/tenants").then().statusCode(201).extract().path("id");
        String password = "Adm1n-" + UUID.randomUUID();
        Stack.as("platform").body(person(slug + "-admin", "tenant-admin", password))
                .post("/api/admin/tenants/" + id + "/admins").then().statusCode(201);
        return new FreshTenant(id, slug, login(slug + "-admin", password));
    }

    void purge() {
        Stack.as("platform").delete("/api/admin/tenants/" + id).then().statusCode(204);
        Stack.as("platform").body("{\"confirmSlug\":\"" + slug + "\"}")
                .post("/api/admin/tenants/" + id + "/purge").then().statusCode(200);
    }

    RequestSpecification asAdmin() {
        return with(adminToken);
    }

    /** Adds a user who signs in with {@code password}; answers their id. */
    String addUser(String name, String role, String password) {
        return asAdmin().body(person(slug + "-" + name, role, password)).post("/api/tenant/agents")
                .then().statusCode(201).extract().path("id");
    }

    String loginAs(String name, String password) {
        return login(slug + "-" + name, password);
    }

    static RequestSpecification with(String token) {
        return RestAssured.given().baseUri(Stack.URL).auth().oauth2(token).contentType("application/json");
    }

    private static String person(String username, String role, String password) {
        return """
                {"username":"%s","email":"%s@fresh.example","firstName":"Fresh","lastName":"Person","role":"%s",
                 "password":"%s","temporaryPassword":false}""".formatted(username, username, role, password);
    }

    private static String login(String username, String password) {
        return RestAssured.given().formParam("grant_type", "password").formParam("client_id", "web-app")
                .formParam("username", username).formParam("password", password)
                .post(Stack.KEYCLOAK + "/realms/wa/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
