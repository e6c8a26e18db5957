package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import com.waplatform.web.testing.DemoTokens;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** A tenant's own settings and audit log, with the demo realm's real tokens. */
@io.quarkus.test.junit.QuarkusTest
class TenantResourceTest {

    private static final String ACME = "a0000000-0000-4000-8000-000000000001";

    @Test
    void adminsChangeSettingsAgentsOnlyRead() {
        as("acme-admin").body("{\"automationWebhookUrl\":\"https://n8n.acme.example/webhook/inbox\","
                + "\"botEnabled\":true,\"timezone\":\"America/Sao_Paulo\",\"defaultLanguage\":\"pt-BR\"}")
                .patch("/api/tenant").then().statusCode(200)
                .body("id", equalTo(ACME))
                .body("settings.botEnabled", equalTo(true))
                .body("settings.timezone", equalTo("America/Sao_Paulo"));
        as("acme-agent").get("/api/tenant").then().statusCode(200).body("slug", equalTo("acme"));
        as("acme-agent").body("{\"botEnabled\":false}").patch("/api/tenant").then().statusCode(403);
        as("acme-admin").get("/api/audit?action=settings.update").then().statusCode(200)
                .body("tenantId", everyItem(equalTo(ACME)))
                .body("actorName", hasItem("acme-admin"));
        as("globex-admin").get("/api/audit").then().statusCode(200)
                .body("tenantId", everyItem(equalTo("b0000000-0000-4000-8000-000000000002")));
    }

    @Test
    void unsafeOrInvalidSettingsAreRefused() {
        for (String url : new String[] {"ftp://files.example.com/x", "http://127.0.0.1:5678/hook",
                "http://localhost/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "not a url"}) {
            as("acme-admin").body("{\"automationWebhookUrl\":\"" + url + "\"}").patch("/api/tenant")
                    .then().statusCode(422).body("detail", containsString("automationWebhookUrl"));
        }
        as("acme-admin").body("{\"timezone\":\"Mars/Olympus\"}").patch("/api/tenant")
                .then().statusCode(422).body("detail", containsString("timezone"));
        as("acme-admin").body("{\"defaultLanguage\":\"xx-123456789\"}").patch("/api/tenant")
                .then().statusCode(422);
        as("acme-admin").body("{\"botEnabled\":\"sometimes\"}").patch("/api/tenant")
                .then().statusCode(400).body("detail", containsString("botEnabled"));
        as("acme-admin").body("{\"color\":\"blue\"}").patch("/api/tenant")
                .then().statusCode(400).body("detail", equalTo("Unknown field 'color'"));
    }

    @Test
    void platformAdminsHaveNoOwnTenantButReadEveryAuditEntry() {
        as("platform").get("/api/tenant").then().statusCode(403);
        as("platform").get("/api/audit?tenantId=" + ACME).then().statusCode(200)
                .body("tenantId", everyItem(equalTo(ACME)));
        as("acme-agent").get("/api/audit").then().statusCode(403);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoTokens.of(user)).contentType("application/json");
    }
}
