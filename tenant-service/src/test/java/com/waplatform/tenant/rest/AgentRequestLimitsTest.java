package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Oversized text in the agents' and purge bodies is refused with 400 naming the field, before anything is done. */
@QuarkusTest
class AgentRequestLimitsTest {

    @Test
    void oversizedFieldsAreNamed() {
        String huge = "x".repeat(10_000);
        given().auth().oauth2(DemoTokens.of("acme-admin")).contentType("application/json")
                .body("{\"username\":\"ok-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"email\":\"a@b.example\","
                        + "\"firstName\":\"" + huge + "\",\"lastName\":\"" + huge + "\",\"role\":\"agent\"}")
                .post("/api/tenant/agents").then().statusCode(400)
                .body("violations.field", hasItem("firstName")).body("violations.field", hasItem("lastName"));
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"confirmSlug\":\"" + huge + "\"}")
                .post("/api/admin/tenants/" + UUID.randomUUID() + "/purge").then().statusCode(400)
                .body("violations.field", hasItem("confirmSlug"));
    }
}
