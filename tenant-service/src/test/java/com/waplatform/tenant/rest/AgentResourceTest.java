package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Agents are real Keycloak users: created here, they log in and their token carries the tenant and role. */
@QuarkusTest
class AgentResourceTest {

    private static final String ACME = "a0000000-0000-4000-8000-000000000001";

    @Test
    void anAgentCreatedThroughTheApiLogsInWithTheTenantAndRoleInTheToken() throws Exception {
        String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "S3cure-" + UUID.randomUUID();
        String id = as("acme-admin").body("""
                {"username":"%s","email":"%s@acme.example","firstName":"New","lastName":"Agent",
                 "role":"agent","password":"%s","temporaryPassword":false}""".formatted(username, username, password))
                .post("/api/tenant/agents")
                .then().statusCode(201).body("role", equalTo("agent")).body("enabled", equalTo(true))
                .extract().path("id");
        try {
            as("acme-admin").get("/api/tenant/agents/" + id).then().statusCode(200)
                    .body("lastSignInAt", org.hamcrest.Matchers.nullValue());
            JsonNode claims = claims(login(username, password).then().statusCode(200).extract().path("access_token"));
            assertEquals(ACME, claims.path("tenant_id").asText());
            assertTrue(claims.path("realm_access").path("roles").toString().contains("\"agent\""));

            String token = login(username, password).then().extract().path("access_token");
            given().auth().oauth2(token).get("/api/tenant/agents/me").then().statusCode(200)
                    .body("username", equalTo(username));
            given().auth().oauth2(token).get("/api/tenant/agents").then().statusCode(403);

            as("acme-admin").get("/api/tenant/agents").then().statusCode(200).body("username", hasItem(username));
            // the realm's LOGIN events tell when the person last signed in
            String lastSignIn = as("acme-admin").get("/api/tenant/agents/" + id).then().statusCode(200)
                    .extract().path("lastSignInAt");
            assertTrue(lastSignIn != null && java.time.Duration.between(java.time.OffsetDateTime.parse(lastSignIn),
                    java.time.OffsetDateTime.now()).abs().toMinutes() < 2, "last sign-in " + lastSignIn);
            as("globex-admin").get("/api/tenant/agents").then().statusCode(200)
                    .body("username", not(hasItem(username)));
            as("globex-admin").get("/api/tenant/agents/" + id).then().statusCode(404);
            as("globex-admin").body("{\"enabled\":false}").patch("/api/tenant/agents/" + id).then().statusCode(404);

            as("acme-admin").body("{\"role\":\"tenant-admin\"}").patch("/api/tenant/agents/" + id)
                    .then().statusCode(200).body("role", equalTo("tenant-admin"));
            as("acme-admin").body("{\"temporaryPassword\":\"Another-" + UUID.randomUUID() + "\"}")
                    .post("/api/tenant/agents/" + id + "/password").then().statusCode(204);
            as("acme-admin").get("/api/tenant/agents/" + id).then().statusCode(200)
                    .body("mustChangePassword", equalTo(true));
        } finally {
            as("acme-admin").body("{\"enabled\":false}").patch("/api/tenant/agents/" + id)
                    .then().statusCode(200).body("enabled", equalTo(false));
        }
        login(username, password).then().statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(401)));
        as("acme-admin").get("/api/audit?action=agent.create").then().statusCode(200)
                .body("target", hasItem("user:" + id));
    }

    @Test
    void anInvitedAgentChoosesAPasswordFromTheEmailAndAResetEmailChangesIt() throws Exception {
        String username = "invited-" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@acme.example";
        String id = as("acme-admin").body("""
                {"username":"%s","email":"%s","firstName":"Invited","lastName":"Agent","role":"agent"}"""
                .formatted(username, email))
                .post("/api/tenant/agents")
                .then().statusCode(201).body("mustChangePassword", equalTo(true)).extract().path("id");
        try {
            String chosen = "Chosen-" + UUID.randomUUID();
            MailedLinks.choosePassword(MailedLinks.awaitLink(email, 1), chosen);
            JsonNode claims = claims(login(username, chosen).then().statusCode(200).extract().path("access_token"));
            assertEquals(ACME, claims.path("tenant_id").asText());

            as("globex-admin").post("/api/tenant/agents/" + id + "/password-reset").then().statusCode(404);
            as("acme-agent").post("/api/tenant/agents/" + id + "/password-reset").then().statusCode(403);
            as("acme-admin").post("/api/tenant/agents/" + id + "/password-reset").then().statusCode(202);
            String renewed = "Renewed-" + UUID.randomUUID();
            MailedLinks.choosePassword(MailedLinks.awaitLink(email, 2), renewed);
            login(username, renewed).then().statusCode(200);
            login(username, chosen).then().statusCode(401);
            as("acme-admin").get("/api/audit?action=agent.password-reset-email").then().statusCode(200)
                    .body("target", hasItem("user:" + id));
        } finally {
            as("acme-admin").body("{\"enabled\":false}").patch("/api/tenant/agents/" + id).then().statusCode(200);
        }
    }

    @Test
    void badOrDuplicateInputIsExplainedAndAgentsCannotManagePeople() {
        as("acme-admin").body("""
                {"username":"acme-agent","email":"dup@acme.example","firstName":"D","lastName":"Up",
                 "role":"agent","password":"long-enough-1"}""").post("/api/tenant/agents")
                .then().statusCode(409);
        as("acme-admin").body("""
                {"username":"X","email":"not-an-email","firstName":"","lastName":"L",
                 "role":"platform-admin","password":"short"}""").post("/api/tenant/agents")
                .then().statusCode(400)
                .body("violations.field", hasItem("email")).body("violations.field", hasItem("role"))
                .body("violations.field", hasItem("password")).body("violations.field", hasItem("username"));
        as("acme-agent").body("""
                {"username":"sneaky","email":"s@acme.example","firstName":"S","lastName":"S",
                 "role":"tenant-admin","password":"long-enough-1"}""").post("/api/tenant/agents")
                .then().statusCode(403);
        as("acme-admin").get("/api/tenant/agents/not-a-user").then().statusCode(404);
    }

    private static Response login(String username, String password) {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given().formParam("grant_type", "password").formParam("client_id", "web-app")
                .formParam("username", username).formParam("password", password)
                .post(issuer + "/protocol/openid-connect/token");
    }

    private static JsonNode claims(String token) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoTokens.of(user)).contentType("application/json");
    }
}
