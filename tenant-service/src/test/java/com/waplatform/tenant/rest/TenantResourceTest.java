package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

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

    /**
     * On a tenant of its own: the demo tenants' snapshots on tenant.events are the local stack's too, and a change
     * here would give them versions the stack's own changes of the same tenant would not pass.
     */
    @Test
    void adminsRenameTheirOrganizationAndABlankNameIsRefused() {
        TestTenant tenant = TestTenant.create("rename", 2);
        try {
            tenant.asAdmin().body("{\"name\":\"  Globex Brasil Ltda.  \"}").patch("/api/tenant").then()
                    .statusCode(200).body("name", equalTo("Globex Brasil Ltda."));
            String password = "Ag3nt-" + java.util.UUID.randomUUID();
            tenant.asAdmin().body(TestTenant.person(tenant.slug + "-agent", "agent", password))
                    .post("/api/tenant/agents").then().statusCode(201);
            String agent = TestTenant.login(tenant.slug + "-agent", password);
            TestTenant.with(agent).get("/api/tenant").then().statusCode(200)
                    .body("name", equalTo("Globex Brasil Ltda."));
            TestTenant.with(agent).body("{\"name\":\"Agent's Globex\"}").patch("/api/tenant").then().statusCode(403);
            tenant.asAdmin().body("{\"name\":\"   \"}").patch("/api/tenant").then().statusCode(400)
                    .body("violations.field", hasItem("name"));
            tenant.asAdmin().body("{\"name\":\"" + "x".repeat(201) + "\"}").patch("/api/tenant").then()
                    .statusCode(400).body("violations.field", hasItem("name"));
            tenant.asAdmin().get("/api/audit?action=settings.update").then().statusCode(200)
                    .body("details.name", hasItem(java.util.List.of("Test", "Globex Brasil Ltda.")));
        } finally {
            tenant.purge();
        }
    }

    @Test
    void unsafeOrInvalidSettingsAreRefused() {
        for (String url : new String[] {"ftp://files.example.com/x", "http://127.0.0.1:5678/hook",
                "http://localhost/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "not a url",
                "http://localhost./hook", "http://metadata.google.internal./computeMetadata/v1/", "http://redis:6379/",
                "http://0x7f000001/", "http://0177.0.0.1/", "http://[::127.0.0.1]/", "http://10.0.0.8/hook",
                "http://172.16.5.4/", "http://192.168.1.1/", "http://100.64.0.1/", "http://[fd00::1]/"}) {
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

    /** Merge-patch: an absent field stays, {@code null} removes the webhook URL, other settings stay as they are. */
    @Test
    void aNullWebhookUrlRemovesIt() {
        as("globex-admin").body("{\"automationWebhookUrl\":\"https://n8n.globex.example/webhook/a\"}")
                .patch("/api/tenant").then().statusCode(200)
                .body("settings.automationWebhookUrl", equalTo("https://n8n.globex.example/webhook/a"));
        as("globex-admin").body("{\"botEnabled\":false}").patch("/api/tenant").then().statusCode(200)
                .body("settings.automationWebhookUrl", equalTo("https://n8n.globex.example/webhook/a"));
        as("globex-admin").body("{\"automationWebhookUrl\":null}").patch("/api/tenant").then().statusCode(200)
                .body("settings.automationWebhookUrl", nullValue());
        as("globex-admin").get("/api/tenant").then().statusCode(200)
                .body("settings.automationWebhookUrl", nullValue());
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
