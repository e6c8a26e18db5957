package com.waplatform.session.rest;

import static com.waplatform.session.rest.ConnectionFixtures.ACME;
import static com.waplatform.session.rest.ConnectionFixtures.GLOBEX;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.rest.ConnectionFixtures.Change;
import com.waplatform.session.service.ConnectionService;
import com.waplatform.session.service.ProviderStateService;
import com.waplatform.web.Actor;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A company's admins see how its numbers fared over a period: the state history is written wherever a state is set,
 * time in each state is clipped to the period, an OPEN number lost (CLOSED, FAILED) is a disconnection, and another
 * tenant's numbers never appear.
 */
@QuarkusTest
@TestProfile(ConnectionBotSwitchTest.EventsKeptInTheOutbox.class)
class ConnectionHealthTest {

    private static final Actor ADMIN = new Actor("acme-admin-id", "acme-admin", "req-health", false);
    private static final OffsetDateTime DAY = OffsetDateTime.parse("2025-01-01T00:00:00Z");

    @Inject
    ConnectionFixtures fixtures;

    @Inject
    ConnectionService connections;

    @Inject
    ProviderStateService providerStates;

    @Test
    void everyPathThatSetsAStateAddsItToTheHistoryAndNothingElseDoes() {
        Connection draft = connections.draft(ACME, ConnectionType.EVOLUTION, "History", ConnectionState.CREATED);
        draft.instanceName = "wa-" + draft.id;
        Connection c = fixtures.await(() -> connections.create(ADMIN, draft));
        fixtures.await(() -> providerStates.qrShown(ACME, c.id));
        fixtures.await(() -> providerStates.stateReported(ACME, c.id, "open", 200, "5511999990000@s.whatsapp.net"));
        fixtures.await(() -> providerStates.stateReported(ACME, c.id, "open", 200, null));
        asAdmin().body("{\"name\":\"History renamed\"}").patch("/api/connections/" + c.id).then().statusCode(200);
        fixtures.await(() -> providerStates.stateReported(ACME, c.id, "close", 401, null));
        asAdmin().body("{\"enabled\":false}").patch("/api/connections/" + c.id).then().statusCode(200)
                .body("state", equalTo("DISABLED"));

        assertEquals(List.of(ConnectionState.CREATED, ConnectionState.QR_PENDING, ConnectionState.OPEN,
                ConnectionState.QR_PENDING, ConnectionState.DISABLED), fixtures.history(c),
                "creation, QR code, open, logged out on the phone, disabled; a repeated report and a rename add none");
        connectionHealth(OffsetDateTime.now().minusHours(1), OffsetDateTime.now().plusHours(1), c)
                .body("state", equalTo("DISABLED")).body("name", equalTo("History renamed"))
                .body("type", equalTo("EVOLUTION")).body("disconnections", equalTo(0));
    }

    @Test
    void anOpenNumberLostByTheProviderIsADisconnection() {
        Connection c = fixtures.connection(ACME, ConnectionType.EVOLUTION, "Lost", ConnectionState.OPEN,
                new Change(ConnectionState.OPEN, OffsetDateTime.now().minusMinutes(5)));
        fixtures.await(() -> providerStates.stateReported(ACME, c.id, "close", 408, null));
        asAdmin().body("{\"enabled\":false}").patch("/api/connections/" + c.id).then().statusCode(200);

        assertEquals(List.of(ConnectionState.OPEN, ConnectionState.CLOSED, ConnectionState.DISABLED),
                fixtures.history(c));
        connectionHealth(OffsetDateTime.now().minusHours(1), OffsetDateTime.now().plusMinutes(1), c)
                .body("disconnections", equalTo(1));
    }

    @Test
    void timeInEachStateAndDisconnectionsAreClippedToThePeriod() {
        Connection c = fixtures.connection(ACME, ConnectionType.CLOUD_API, "Clipped", ConnectionState.DISABLED,
                new Change(ConnectionState.CREATED, DAY),
                new Change(ConnectionState.QR_PENDING, DAY.plusMinutes(10)),
                new Change(ConnectionState.OPEN, DAY.plusMinutes(20)),
                new Change(ConnectionState.CLOSED, DAY.plusHours(2)),
                new Change(ConnectionState.OPEN, DAY.plusHours(2).plusMinutes(5)),
                new Change(ConnectionState.FAILED, DAY.plusHours(3)),
                new Change(ConnectionState.DISABLED, DAY.plusHours(4)));

        // the state at "from" is the last one set before it
        assertSeconds(DAY.plusHours(1), DAY.plusHours(3).plusMinutes(30), c,
                Map.of("OPEN", 3600 + 3300, "CLOSED", 300, "FAILED", 1800), 2);
        // created within the period: counted from its creation
        assertSeconds(DAY.minusHours(1), DAY.plusMinutes(30), c,
                Map.of("CREATED", 600, "QR_PENDING", 600, "OPEN", 600), 0);
        // a change at "from" belongs to the period; one at "to" does not
        assertSeconds(DAY.plusHours(2), DAY.plusHours(2).plusMinutes(10), c, Map.of("CLOSED", 300, "OPEN", 300), 1);
        assertSeconds(DAY.plusHours(3).plusMinutes(30), OffsetDateTime.parse("2025-01-01T05:00:00+01:00"), c,
                Map.of("FAILED", 1800), 0);
        // the last state lasts until the end of the period
        assertSeconds(DAY.plusDays(1), DAY.plusDays(2), c, Map.of("DISABLED", 86_400), 0);
        // before its first recorded change, a number has no time in any state
        assertSeconds(DAY.minusDays(2), DAY.minusDays(1), c, Map.of(), 0);
    }

    @Test
    void anotherTenantsNumbersAreNeverInTheHealth() {
        Connection mine = fixtures.connection(ACME, ConnectionType.CLOUD_API, "Mine", ConnectionState.OPEN,
                new Change(ConnectionState.OPEN, DAY));
        Connection theirs = fixtures.connection(GLOBEX, ConnectionType.CLOUD_API, "Theirs", ConnectionState.OPEN,
                new Change(ConnectionState.OPEN, DAY));

        health("acme-admin", DAY.toString(), DAY.plusDays(1).toString()).statusCode(200)
                .body("connectionId", hasItem(mine.id.toString()))
                .body("connectionId", not(hasItem(theirs.id.toString())));
        health("globex-admin", DAY.toString(), DAY.plusDays(1).toString()).statusCode(200)
                .body("connectionId", hasItem(theirs.id.toString()))
                .body("connectionId", not(hasItem(mine.id.toString())));
    }

    @Test
    void thePeriodMustBeTwoInstantsWithOffsetsAtMost366DaysApart() {
        String from = DAY.toString();
        health("acme-admin", null, from).statusCode(400).body("violations[0].field", equalTo("from"));
        health("acme-admin", from, null).statusCode(400).body("violations[0].field", equalTo("to"));
        health("acme-admin", "yesterday", from).statusCode(400).body("violations[0].field", equalTo("from"));
        health("acme-admin", from, "2025-01-02T00:00:00").statusCode(400).body("violations[0].field", equalTo("to"))
                .body("violations[0].message", equalTo("must be a date and time with its offset, such as "
                        + "2026-03-01T00:00:00Z"));
        health("acme-admin", from, from).statusCode(400).body("violations[0].field", equalTo("to"));
        health("acme-admin", from, DAY.plusDays(367).toString()).statusCode(400)
                .body("violations[0].field", equalTo("to"))
                .body("violations[0].message", equalTo("must be at most 366 days after from"));
        health("acme-admin", from, DAY.plusDays(366).toString()).statusCode(200);
    }

    @Test
    void onlyTheTenantsAdminsSeeItAndItIsNotReadAsAConnectionId() {
        String from = DAY.toString();
        String to = DAY.plusDays(1).toString();
        health("acme-agent", from, to).statusCode(403);
        health("platform", from, to).statusCode(403);
        given().queryParam("from", from).queryParam("to", to).get("/api/connections/health").then().statusCode(401);

        Connection c = fixtures.connection(ACME, ConnectionType.CLOUD_API, "Still found", ConnectionState.OPEN);
        asAdmin().get("/api/connections/" + c.id).then().statusCode(200).body("name", equalTo("Still found"));
    }

    private void assertSeconds(OffsetDateTime from, OffsetDateTime to, Connection c, Map<String, Integer> expected,
            int disconnections) {
        ValidatableResponse health = connectionHealth(from, to, c).body("disconnections", equalTo(disconnections));
        for (ConnectionState state : ConnectionState.values()) {
            health.body("secondsByState." + state.name(), equalTo(expected.getOrDefault(state.name(), 0)));
        }
    }

    /** The health of connection {@code c} over the period, as its tenant's admin reads it. */
    private ValidatableResponse connectionHealth(OffsetDateTime from, OffsetDateTime to, Connection c) {
        String tenantAdmin = ACME.equals(c.tenantId) ? "acme-admin" : "globex-admin";
        return health(tenantAdmin, from.toString(), to.toString()).statusCode(200)
                .rootPath("find { it.connectionId == '" + c.id + "' }");
    }

    private static ValidatableResponse health(String user, String from, String to) {
        RequestSpecification request = given().auth().oauth2(DemoTokens.of(user));
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        return request.get("/api/connections/health").then();
    }

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(DemoTokens.of("acme-admin")).contentType("application/json");
    }
}
