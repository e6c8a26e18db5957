package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;

import com.waplatform.web.testing.DemoTokens;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** A tenant of its own for one test, with its first admin signed in; purged (users and all) at the end. */
final class TestTenant {

    final String id;
    final String slug;
    final String adminToken;

    private TestTenant(String id, String slug, String adminToken) {
        this.id = id;
        this.slug = slug;
        this.adminToken = adminToken;
    }

    static TestTenant create(String prefix, int maxAgents) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String id = platform().body("{\"slug\":\"" + slug + "\",\"name\":\"Test\",\"limits\":{\"maxConnections\":1,"
                + "\"maxAgents\":" + maxAgents + ",\"messagesPerMonth\":100}}")
                .post("/api/admin/tenants").then().statusCode(201).extract().path("id");
        String password = "Adm1n-" + UUID.randomUUID();
        platform().body(person(slug + "-admin", "tenant-admin", password))
                .post("/api/admin/tenants/" + id + "/admins").then().statusCode(201);
        return new TestTenant(id, slug, login(slug + "-admin", password));
    }

    void purge() {
        platform().delete("/api/admin/tenants/" + id).then().statusCode(204);
        platform().body("{\"confirmSlug\":\"" + slug + "\"}").post("/api/admin/tenants/" + id + "/purge")
                .then().statusCode(200);
    }

    RequestSpecification asAdmin() {
        return with(adminToken);
    }

    /** A person who logs in with {@code password} (no e-mail invitation, not temporary). */
    static String person(String username, String role, String password) {
        return """
                {"username":"%s","email":"%s@tests.example","firstName":"Test","lastName":"Person","role":"%s",
                 "password":"%s","temporaryPassword":false}""".formatted(username, username, role, password);
    }

    static String login(String username, String password) {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given().formParam("grant_type", "password").formParam("client_id", "web-app")
                .formParam("username", username).formParam("password", password)
                .post(issuer + "/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    static RequestSpecification with(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private static RequestSpecification platform() {
        return with(DemoTokens.of("platform"));
    }
}
