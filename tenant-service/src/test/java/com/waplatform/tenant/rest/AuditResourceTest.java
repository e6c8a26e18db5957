package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.AuditRecord;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.tenant.service.AuditTrail;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reading the audit log by person, action and period, with the demo realm's real tokens: a tenant admin never sees
 * another tenant's entries, whatever the filters; platform staff see every tenant's, or one's.
 */
@QuarkusTest
class AuditResourceTest {

    private static final String ACME = "a0000000-0000-4000-8000-000000000001";
    private static final String GLOBEX = "b0000000-0000-4000-8000-000000000002";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    /** Long before anything else in the test database, so that a period holds only this test's entries. */
    private static final Instant T0 = Instant.parse("2001-02-03T10:00:00Z");

    @Inject
    AuditTrail trail;

    /** A person of this test only: filtering by them shows only what this test recorded. */
    private final String ana = "audit-test-" + UUID.randomUUID();
    private final String bruno = "audit-test-" + UUID.randomUUID();

    @BeforeEach
    void recordSomeEntries() throws Throwable {
        record(ACME, ana, "connection.update", "connection:first", at(0), Map.of("enabled", false));
        record(ACME, ana, "quick-reply.create", "quick-reply:second", at(1), Map.of("shortcut", "hello"));
        record(ACME, ana, "connection.update", "connection:third", at(2), Map.of("enabled", true));
        record(ACME, bruno, "connection.update", "connection:bruno", at(1), null);
        // the same person id and period in another tenant
        record(GLOBEX, ana, "connection.update", "connection:globex", at(1), Map.of("enabled", false));
    }

    @Test
    void aPeriodIncludesItsStartAndExcludesItsEnd() {
        as("acme-admin").queryParam("actorId", ana).queryParam("from", at(0).toString())
                .queryParam("to", at(2).toString()).get("/api/audit").then().statusCode(200)
                .body("target", contains("quick-reply:second", "connection:first"));
        as("acme-admin").queryParam("actorId", ana).queryParam("from", at(1).toString()).get("/api/audit")
                .then().statusCode(200).body("target", contains("connection:third", "quick-reply:second"));
        as("acme-admin").queryParam("actorId", ana).queryParam("to", at(1).toString()).get("/api/audit")
                .then().statusCode(200).body("target", contains("connection:first"));
        // the same instant written with other offsets (11:00Z = 08:00-03:00 = 12:00+01:00; "+" sent as %2B)
        as("acme-admin").queryParam("actorId", ana).queryParam("from", "2001-02-03T08:00:00-03:00")
                .get("/api/audit").then().statusCode(200)
                .body("target", contains("connection:third", "quick-reply:second"));
        as("acme-admin").queryParam("actorId", ana).queryParam("from", "2001-02-03T12:00:00+01:00")
                .get("/api/audit").then().statusCode(200)
                .body("target", contains("connection:third", "quick-reply:second"));
        as("acme-admin").queryParam("actorId", ana).queryParam("from", at(1).toString())
                .queryParam("to", at(1).toString()).get("/api/audit").then().statusCode(200).body("$", empty());
    }

    @Test
    void personActionAndPeriodCombineNewestFirstAndPageByPage() {
        as("acme-admin").queryParam("actorId", ana).queryParam("action", "connection.update").get("/api/audit")
                .then().statusCode(200)
                .body("target", contains("connection:third", "connection:first"))
                .body("actorId", everyItem(equalTo(ana)));
        as("acme-admin").queryParam("actorId", bruno).queryParam("from", at(0).toString())
                .queryParam("to", at(3).toString()).get("/api/audit").then().statusCode(200)
                .body("target", contains("connection:bruno"));
        as("acme-admin").queryParam("actorId", ana).queryParam("size", 2).get("/api/audit").then().statusCode(200)
                .body("target", contains("connection:third", "quick-reply:second"));
        as("acme-admin").queryParam("actorId", ana).queryParam("size", 2).queryParam("page", 1).get("/api/audit")
                .then().statusCode(200).body("target", contains("connection:first"));
        // empty parameters are no filter
        as("acme-admin").queryParam("actorId", ana).queryParam("action", "").queryParam("from", "")
                .queryParam("to", "").get("/api/audit").then().statusCode(200)
                .body("target", contains("connection:third", "quick-reply:second", "connection:first"));
    }

    @Test
    void aTenantAdminNeverSeesAnotherTenantsEntries() {
        as("acme-admin").queryParam("actorId", ana).get("/api/audit").then().statusCode(200)
                .body("tenantId", everyItem(equalTo(ACME)))
                .body("target", contains("connection:third", "quick-reply:second", "connection:first"));
        // asking for the other tenant changes nothing for a tenant admin
        as("acme-admin").queryParam("actorId", ana).queryParam("tenantId", GLOBEX).queryParam("from", at(1).toString())
                .queryParam("to", at(2).toString()).get("/api/audit").then().statusCode(200)
                .body("tenantId", everyItem(equalTo(ACME)))
                .body("target", contains("quick-reply:second"));
        as("globex-admin").queryParam("actorId", ana).get("/api/audit").then().statusCode(200)
                .body("target", contains("connection:globex"));
        as("globex-admin").queryParam("actorId", bruno).get("/api/audit").then().statusCode(200).body("$", empty());
        as("acme-agent").queryParam("actorId", ana).get("/api/audit").then().statusCode(403);
    }

    @Test
    void platformStaffFilterEveryTenantsEntriesOrOnes() {
        as("platform").queryParam("actorId", ana).get("/api/audit").then().statusCode(200)
                .body("target", containsInAnyOrder("connection:third", "quick-reply:second", "connection:first",
                        "connection:globex"));
        as("platform").queryParam("actorId", ana).queryParam("tenantId", GLOBEX).get("/api/audit").then()
                .statusCode(200).body("target", contains("connection:globex"));
        as("platform").queryParam("actorId", ana).queryParam("tenantId", ACME).queryParam("from", at(1).toString())
                .get("/api/audit").then().statusCode(200)
                .body("target", contains("connection:third", "quick-reply:second"));
    }

    @Test
    void whatChangedComesAsTheRecordedFieldsToo() {
        as("acme-admin").queryParam("actorId", ana).queryParam("action", "quick-reply.create").get("/api/audit")
                .then().statusCode(200)
                .body("[0].summary", equalTo("{\"shortcut\":\"hello\"}"))
                .body("[0].details.shortcut", equalTo("hello"))
                .body("[0].actorName", equalTo("Ana"))
                .body("[0].at", equalTo("2001-02-03T11:00:00Z"));
        as("acme-admin").queryParam("actorId", bruno).get("/api/audit").then().statusCode(200)
                .body("[0].summary", nullValue())
                .body("[0].details", nullValue());
    }

    @Test
    void aTimeThatCannotBeReadOrAPeriodEndingBeforeItStartsIsA400NamingIt() {
        for (String bad : List.of("yesterday", "2001-02-03", "2001-02-03T10:00:00", "2001-13-03T10:00:00Z",
                "2001-02-03T10:00:00 03:00")) {
            as("acme-admin").queryParam("from", bad).get("/api/audit").then().statusCode(400)
                    .body("violations.field", contains("from"));
            as("acme-admin").queryParam("to", bad).get("/api/audit").then().statusCode(400)
                    .body("violations.field", contains("to"));
        }
        as("acme-admin").queryParam("from", at(2).toString()).queryParam("to", at(1).toString())
                .get("/api/audit").then().statusCode(400)
                .body("violations.field", contains("to"))
                .body("violations.message", contains("must not be before from"));
        as("platform").queryParam("from", at(2).toString()).queryParam("to", at(1).toString())
                .get("/api/audit").then().statusCode(400).body("violations.field", contains("to"));
        as("acme-admin").queryParam("actorId", "x".repeat(65)).get("/api/audit").then().statusCode(400)
                .body("violations.field", contains("actorId"));
    }

    private static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private void record(String tenant, String actor, String action, String target, Instant at, Map<String, ?> summary)
            throws Throwable {
        AuditRecord record = new AuditRecord(actor, actor.equals(ana) ? "Ana" : "Bruno", action, target, "req-audit",
                summary == null ? null : JSON.valueToTree(summary), at);
        EventEnvelope event = EventEnvelope.of(EventTypes.AUDIT_RECORDED, tenant, null, JSON.valueToTree(record));
        VertxContextSupport.subscribeAndAwait(() -> trail.recordEvent(event, record));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoTokens.of(user)).contentType("application/json");
    }
}
