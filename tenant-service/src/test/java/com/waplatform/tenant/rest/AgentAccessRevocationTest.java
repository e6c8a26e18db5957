package com.waplatform.tenant.rest;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A disabled user's, or a re-roled user's, current token stops working at once (401), not when it expires. */
@QuarkusTest
class AgentAccessRevocationTest {

    private TestTenant tenant;

    @BeforeEach
    void aTenant() {
        tenant = TestTenant.create("revoke", 5);
    }

    @AfterEach
    void purge() {
        tenant.purge();
    }

    @Test
    void disablingOrChangingTheRoleRefusesTheTokensIssuedBefore() {
        String password = "Agent-" + UUID.randomUUID();
        String disabled = tenant.asAdmin().body(TestTenant.person(tenant.slug + "-off", "agent", password))
                .post("/api/tenant/agents").then().statusCode(201).extract().path("id");
        tenant.asAdmin().body(TestTenant.person(tenant.slug + "-up", "agent", password))
                .post("/api/tenant/agents").then().statusCode(201);
        String offToken = TestTenant.login(tenant.slug + "-off", password);
        String upToken = TestTenant.login(tenant.slug + "-up", password);
        String upId = TestTenant.with(upToken).get("/api/tenant/agents/me").then().statusCode(200).extract()
                .path("id");
        TestTenant.with(offToken).get("/api/tenant/agents/me").then().statusCode(200);

        tenant.asAdmin().body("{\"enabled\":false}").patch("/api/tenant/agents/" + disabled).then().statusCode(200);
        TestTenant.with(offToken).get("/api/tenant/agents/me").then().statusCode(401)
                .body("detail", containsString("sign in again"));

        tenant.asAdmin().body("{\"role\":\"tenant-admin\"}").patch("/api/tenant/agents/" + upId).then()
                .statusCode(200);
        TestTenant.with(upToken).get("/api/tenant/agents/me").then().statusCode(401);
        // the admin's own token is untouched
        tenant.asAdmin().get("/api/tenant/agents").then().statusCode(200);
    }
}
