package com.waplatform.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.domain.Connection;
import com.waplatform.session.domain.ConnectionState;
import com.waplatform.session.domain.ConnectionType;
import com.waplatform.session.repository.ConnectionRepository;
import com.waplatform.session.service.ConnectionService;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A number's bot switch: DEFAULT (follow the tenant) until an admin sets ON or OFF; the change is shown, audited and
 * announced on {@code session.events}; any other value is a 400 naming the field. The outbox relay is off here, so
 * the events stay in the outbox to be read (and never reach a running stack).
 */
@QuarkusTest
@TestProfile(ConnectionBotSwitchTest.EventsKeptInTheOutbox.class)
class ConnectionBotSwitchTest {

    private static final String ACME = "a0000000-0000-4000-8000-000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static class EventsKeptInTheOutbox implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("outbox.enabled", "false");
        }
    }

    @Inject
    ConnectionService connections;

    @Inject
    ConnectionRepository repository;

    @Inject
    TenantScope scope;

    @Inject
    BackgroundWork background;

    @Test
    void anAdminSwitchesTheBotOfANumberAndTheChangeIsAnnouncedAndAudited() throws Exception {
        UUID id = existingConnection();
        asAdmin().get("/api/connections/" + id).then().statusCode(200).body("bot", equalTo("DEFAULT"));

        asAdmin().body("{\"bot\":\"OFF\"}").patch("/api/connections/" + id).then().statusCode(200)
                .body("bot", equalTo("OFF")).body("name", equalTo("Bot switch"));
        asAdmin().get("/api/connections/" + id).then().statusCode(200).body("bot", equalTo("OFF"));

        JsonNode changed = lastEvent(Topics.SESSION_EVENTS, id.toString());
        assertEquals(EventTypes.CONNECTION_CHANGED, changed.path("type").asText());
        assertEquals("OFF", changed.path("payload").path("bot").asText());
        JsonNode audited = lastEvent(Topics.AUDIT_EVENTS, "connection:" + id).path("payload");
        assertEquals("connection.update", audited.path("action").asText());
        // the audit log says what changed, before and after, and nothing else
        assertEquals("[\"DEFAULT\",\"OFF\"]", audited.path("summary").path("bot").toString());
        assertEquals(1, audited.path("summary").size(), audited.toString());

        asAdmin().body("{\"bot\":\"DEFAULT\"}").patch("/api/connections/" + id).then().statusCode(200)
                .body("bot", equalTo("DEFAULT"));
        assertEquals("DEFAULT", lastEvent(Topics.SESSION_EVENTS, id.toString()).path("payload").path("bot").asText());
    }

    @Test
    void aSwitchOtherThanDefaultOnOrOffIsA400NamingIt() throws Exception {
        UUID id = existingConnection();
        for (String wrong : List.of("\"SOMETIMES\"", "\"off\"", "\"\"", "1")) {
            asAdmin().body("{\"bot\":" + wrong + "}").patch("/api/connections/" + id).then().statusCode(400)
                    .body("violations.field", hasItem("bot"));
        }
        asAdmin().get("/api/connections/" + id).then().statusCode(200).body("bot", equalTo("DEFAULT"));
    }

    /** A connection of the demo tenant acme, as an admin would have connected it. */
    private UUID existingConnection() {
        Connection c = connections.draft(ACME, ConnectionType.EVOLUTION, "Bot switch", ConnectionState.OPEN);
        c.instanceName = "wa-" + c.id;
        background.isolated(() -> Panache.withTransaction(() -> scope.enter(ACME)
                .chain(() -> repository.persist(c)))).await().atMost(Duration.ofSeconds(10));
        return c.id;
    }

    /** The envelope of the last event recorded for {@code topic} whose text holds {@code mark}. */
    private JsonNode lastEvent(String topic, String mark) throws Exception {
        String payload = background.isolated(() -> Panache.withTransaction(() -> scope.systemBypass("test")
                .chain(() -> Panache.getSession().flatMap(s -> s.createNativeQuery("select payload from outbox_event "
                        + "where topic = ?1 and payload like ?2 order by id desc limit 1", String.class)
                        .setParameter(1, topic).setParameter(2, "%" + mark + "%").getSingleResult()))))
                .await().atMost(Duration.ofSeconds(10));
        return JSON.readTree(payload);
    }

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(DemoTokens.of("acme-admin")).contentType("application/json");
    }
}
