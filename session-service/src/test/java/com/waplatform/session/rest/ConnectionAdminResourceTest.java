package com.waplatform.session.rest;

import static com.waplatform.session.rest.ConnectionFixtures.ACME;
import static com.waplatform.session.rest.ConnectionFixtures.GLOBEX;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.rest.ConnectionFixtures.Change;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Platform staff see every tenant's numbers counted by type and state, and one tenant's numbers with their
 * disconnections of the last 7 days, never a credential; tenant admins are refused.
 */
@QuarkusTest
@TestProfile(ConnectionBotSwitchTest.EventsKeptInTheOutbox.class)
class ConnectionAdminResourceTest {

    private static final List<String> STATES = List.of("OPEN", "QR_PENDING", "CONNECTING", "CLOSED", "FAILED",
            "DISABLED", "CREATED");

    @Inject
    ConnectionFixtures fixtures;

    @Test
    void theSummaryCountsEveryTenantsNumbersByTypeAndState() {
        JsonPath before = summary();
        Connection evolution = fixtures.connection(GLOBEX, ConnectionType.EVOLUTION, "Counted", ConnectionState.FAILED);
        Connection cloud = fixtures.connection(ACME, ConnectionType.CLOUD_API, "Counted", ConnectionState.FAILED);
        JsonPath after = summary();
        assertEquals(before.getLong("total") + 2, after.getLong("total"));
        assertEquals(before.getLong("byType.EVOLUTION") + 1, after.getLong("byType.EVOLUTION"));
        assertEquals(before.getLong("byType.CLOUD_API") + 1, after.getLong("byType.CLOUD_API"));
        assertEquals(before.getLong("byState.FAILED") + 2, after.getLong("byState.FAILED"));
        assertEquals(after.getLong("total"), STATES.stream().mapToLong(s -> after.getLong("byState." + s)).sum(),
                "every state is there, and they add up to the total");

        fixtures.delete(evolution);
        fixtures.delete(cloud);
        assertEquals(before.getLong("total"), summary().getLong("total"), "deleted numbers are not counted");
    }

    @Test
    void aTenantsNumbersComeWithTheirDisconnectionsOfTheLastSevenDaysAndNoSecret() {
        OffsetDateTime now = OffsetDateTime.now();
        Connection c = fixtures.connection(GLOBEX, ConnectionType.CLOUD_API, "Flaky", ConnectionState.CLOSED,
                new Change(ConnectionState.OPEN, now.minusDays(10)),
                new Change(ConnectionState.CLOSED, now.minusDays(9)),
                new Change(ConnectionState.OPEN, now.minusDays(8)),
                new Change(ConnectionState.FAILED, now.minusDays(3)),
                new Change(ConnectionState.OPEN, now.minusDays(2)),
                new Change(ConnectionState.CLOSED, now.minusDays(1)));
        Connection acme = fixtures.connection(ACME, ConnectionType.CLOUD_API, "Elsewhere", ConnectionState.OPEN);

        String body = asPlatform().queryParam("tenantId", GLOBEX).get("/api/admin/connections").then()
                .statusCode(200).body("id", hasItem(c.id.toString())).body("id", not(hasItem(acme.id.toString())))
                .rootPath("find { it.id == '" + c.id + "' }")
                .body("name", equalTo("Flaky")).body("type", equalTo("CLOUD_API")).body("state", equalTo("CLOSED"))
                .body("enabled", equalTo(true)).body("disconnectionsLast7Days", equalTo(2))
                .extract().asString();
        for (String secret : List.of("accessToken", "appSecret", "verifyToken", "instanceToken", "webhookSecret",
                "Enc", "keyVersion", "v1:")) {
            assertFalse(body.contains(secret), "the answer holds " + secret + ": " + body);
        }
    }

    @Test
    void aTenantIdIsRequired() {
        asPlatform().get("/api/admin/connections").then().statusCode(400)
                .body("violations[0].field", equalTo("tenantId"));
        asPlatform().queryParam("tenantId", "acme").get("/api/admin/connections").then().statusCode(400)
                .body("violations[0].field", equalTo("tenantId"));
    }

    @Test
    void onlyPlatformStaffGetIn() {
        for (String user : List.of("acme-admin", "acme-agent")) {
            given().auth().oauth2(DemoTokens.of(user)).get("/api/admin/connections/summary").then().statusCode(403);
            given().auth().oauth2(DemoTokens.of(user)).queryParam("tenantId", ACME).get("/api/admin/connections")
                    .then().statusCode(403).body("detail", containsString("not allowed"));
        }
        given().get("/api/admin/connections/summary").then().statusCode(401);
    }

    private static JsonPath summary() {
        return asPlatform().get("/api/admin/connections/summary").then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification asPlatform() {
        return given().auth().oauth2(DemoTokens.of("platform"));
    }
}
