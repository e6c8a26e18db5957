package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import com.waplatform.web.testing.DemoTokens;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The resource against real Keycloak tokens of the local realm. */
@QuarkusTest
class TenantAdminResourceTest {

    @Test
    void platformAdminCreatesListsAndReadsTenants() {
        String slug = "rest-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"Rest Co\"}")
                .post("/api/admin/tenants")
                .then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/admin/tenants/"))
                .extract().path("id");
        given().auth().oauth2(DemoTokens.of("platform")).get("/api/admin/tenants/" + id)
                .then().statusCode(200).body("slug", equalTo(slug));
        given().auth().oauth2(DemoTokens.of("platform")).queryParam("size", 200).get("/api/admin/tenants")
                .then().statusCode(200).body("slug", hasItem(slug));
    }

    @Test
    void badInputGetsAnExplainedProblem() {
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"slug\":\"ok-slug\",\"name\":\"x\",\"plan\":\"gold\"}").post("/api/admin/tenants")
                .then().statusCode(400).body("detail", equalTo("Unknown field 'plan'"));
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"slug\":\"" + "a".repeat(64) + "\",\"name\":\"" + "n".repeat(201) + "\"}")
                .post("/api/admin/tenants")
                .then().statusCode(400).body("violations.field", hasItem("name")).body("violations.field", hasItem("slug"));
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json").body("[1,2")
                .post("/api/admin/tenants").then().statusCode(400).body("status", equalTo(400));
        given().auth().oauth2(DemoTokens.of("platform")).get("/api/admin/tenants/not-a-uuid").then().statusCode(404);
    }

    @Test
    void platformStaffListACompanysPeopleAndNoOneElses() {
        String acme = "a0000000-0000-4000-8000-000000000001";
        given().auth().oauth2(DemoTokens.of("platform")).get("/api/admin/tenants/" + acme + "/agents")
                .then().statusCode(200)
                .body("username", hasItem("acme-admin")).body("username", hasItem("acme-agent"))
                .body("username", org.hamcrest.Matchers.not(hasItem("globex-admin")))
                .body("find { it.username == 'acme-admin' }.role", equalTo("tenant-admin"));
        given().auth().oauth2(DemoTokens.of("platform")).get("/api/admin/tenants/" + UUID.randomUUID() + "/agents")
                .then().statusCode(404);
        given().auth().oauth2(DemoTokens.of("acme-admin")).get("/api/admin/tenants/" + acme + "/agents")
                .then().statusCode(403);
    }

    @Test
    void onlyPlatformAdminsGetIn() {
        given().auth().oauth2(DemoTokens.of("acme-admin")).get("/api/admin/tenants").then().statusCode(403)
                .body("title", equalTo("Forbidden"));
        given().get("/api/admin/tenants").then().statusCode(401).body("status", equalTo(401));
        given().auth().oauth2("garbage").get("/api/admin/tenants").then().statusCode(401);
    }

    @Test
    void tenantsAreSuspendedReactivatedUpdatedAndDeleted() {
        String id = given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"slug\":\"life-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"Life\","
                        + "\"limits\":{\"maxConnections\":1,\"maxAgents\":2,\"messagesPerMonth\":100}}")
                .post("/api/admin/tenants").then().statusCode(201).body("limits.maxAgents", equalTo(2))
                .extract().path("id");
        var admin = given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json");
        admin.body("{\"reason\":\"unpaid\"}").post("/api/admin/tenants/" + id + "/suspend")
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).body("statusReason", equalTo("unpaid"));
        given().auth().oauth2(DemoTokens.of("platform")).queryParam("status", "suspended").get("/api/admin/tenants")
                .then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(DemoTokens.of("platform")).post("/api/admin/tenants/" + id + "/reactivate")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"domains\":[\"life.example.com\"],\"maxAgents\":-1}").patch("/api/admin/tenants/" + id)
                .then().statusCode(400).body("violations.field", hasItem("maxAgents"));
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"domains\":[\"life.example.com\"]}").patch("/api/admin/tenants/" + id)
                .then().statusCode(200).body("domains", hasItem("life.example.com"));
        given().auth().oauth2(DemoTokens.of("platform")).delete("/api/admin/tenants/" + id).then().statusCode(204);
        given().auth().oauth2(DemoTokens.of("platform")).get("/api/admin/tenants/" + id)
                .then().statusCode(200).body("status", equalTo("DELETED"));
        given().auth().oauth2(DemoTokens.of("platform")).queryParam("status", "gone").get("/api/admin/tenants")
                .then().statusCode(400);
    }

    @Test
    void theSummaryCountsTenantsInEveryStatusAndIsNotTakenForAnId() {
        JsonPath before = summary();
        String active = createTenant("sum-a");
        String suspended = createTenant("sum-s");
        String deleted = createTenant("sum-d");
        given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json").body("{}")
                .post("/api/admin/tenants/" + suspended + "/suspend").then().statusCode(200);
        given().auth().oauth2(DemoTokens.of("platform")).delete("/api/admin/tenants/" + deleted).then().statusCode(204);

        JsonPath after = summary();
        assertEquals(List.of("ACTIVE", "SUSPENDED", "DELETED", "PURGED"), List.copyOf(after.getMap("").keySet()));
        assertEquals(before.getLong("ACTIVE") + 1, after.getLong("ACTIVE"));
        assertEquals(before.getLong("SUSPENDED") + 1, after.getLong("SUSPENDED"));
        assertEquals(before.getLong("DELETED") + 1, after.getLong("DELETED"));
        assertEquals(before.getLong("PURGED"), after.getLong("PURGED"));
        given().auth().oauth2(DemoTokens.of("platform")).get("/api/admin/tenants/" + active)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        given().auth().oauth2(DemoTokens.of("acme-admin")).get("/api/admin/tenants/summary").then().statusCode(403);
    }

    private static JsonPath summary() {
        return given().auth().oauth2(DemoTokens.of("platform")).get("/api/admin/tenants/summary").then()
                .statusCode(200).extract().jsonPath();
    }

    private static String createTenant(String prefix) {
        return given().auth().oauth2(DemoTokens.of("platform")).contentType("application/json")
                .body("{\"slug\":\"" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"name\":\"Summary\"}")
                .post("/api/admin/tenants").then().statusCode(201).extract().path("id");
    }
}
