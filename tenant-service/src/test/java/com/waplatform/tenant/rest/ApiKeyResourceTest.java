package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Automation API keys: shown once, stored hashed, scoped to their tenant, dead once revoked. */
@QuarkusTest
class ApiKeyResourceTest {

    @Test
    void aKeyIsShownOnceVerifiesForItsTenantAndStopsWorkingWhenRevoked() {
        var created = as("acme-admin").body("{\"name\":\"n8n production\"}").post("/api/tenant/api-keys")
                .then().statusCode(201).body("key", startsWith("wak_")).extract();
        String id = created.path("id");
        String key = created.path("key");
        as("acme-admin").get("/api/tenant/api-keys").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.key", nullValue())
                .body("find { it.id == '" + id + "' }.name", equalTo("n8n production"))
                .body(not(org.hamcrest.Matchers.containsString(key)));
        as("globex-admin").get("/api/tenant/api-keys").then().statusCode(200).body("id", not(hasItem(id)));
        as("globex-admin").delete("/api/tenant/api-keys/" + id).then().statusCode(404);

        internal().body("{\"key\":\"" + key + "\"}").post("/internal/api-keys/verify").then().statusCode(200)
                .body("tenantId", equalTo("a0000000-0000-4000-8000-000000000001"));
        String wrong = key.substring(0, key.length() - 1) + (key.endsWith("x") ? "y" : "x");
        internal().body("{\"key\":\"" + wrong + "\"}").post("/internal/api-keys/verify")
                .then().statusCode(404);
        as("acme-admin").post("/internal/api-keys/verify").then().statusCode(403);

        as("acme-admin").delete("/api/tenant/api-keys/" + id).then().statusCode(204);
        internal().body("{\"key\":\"" + key + "\"}").post("/internal/api-keys/verify").then().statusCode(404);
        as("acme-admin").get("/api/audit?action=apikey.revoke").then().statusCode(200)
                .body("target", hasItem("apikey:" + id));
    }

    @Test
    void onlyTenantAdminsManageKeys() {
        as("acme-agent").body("{\"name\":\"x\"}").post("/api/tenant/api-keys").then().statusCode(403);
        as("acme-admin").body("{\"name\":\"\"}").post("/api/tenant/api-keys").then().statusCode(400);
        as("acme-admin").delete("/api/tenant/api-keys/not-a-uuid").then().statusCode(404);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoTokens.of(user)).contentType("application/json");
    }

    /** A service account with the internal-service role (the local realm's webhook-gateway client). */
    private static RequestSpecification internal() {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        String token = given().formParam("grant_type", "client_credentials").formParam("client_id", "webhook-gateway")
                .formParam("client_secret", "dev-only-gateway-secret")
                .post(issuer + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
        return given().auth().oauth2(token).contentType("application/json");
    }
}
