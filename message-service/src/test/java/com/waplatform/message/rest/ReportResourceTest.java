package com.waplatform.message.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.domain.Message;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.message.service.ConversationActions;
import com.waplatform.message.service.ConversationService;
import com.waplatform.message.service.DeliveryStatusService;
import com.waplatform.message.service.InboundService;
import com.waplatform.message.service.MessageTallyJob;
import com.waplatform.message.service.OutgoingMessage;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.TenantDirectory;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tenant reports (admins of the company, its time zone, its data only) and the platform's statistics (platform
 * staff), from messages stored the way the service stores them.
 */
@QuarkusTest
class ReportResourceTest {

    private static final String ACME = "a0000000-0000-4000-8000-000000000001";
    private static final String GLOBEX = "b0000000-0000-4000-8000-000000000002";
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    InboundService inbound;

    @Inject
    ConversationService conversations;

    @Inject
    ConversationActions actions;

    @Inject
    DeliveryStatusService statuses;

    @Inject
    MessageRepository messages;

    @Inject
    MessageTallyJob tallies;

    @Inject
    TenantScope scope;

    @Inject
    TenantDirectory directory;

    @Inject
    BackgroundWork background;

    private TenantSnapshot acmeBefore;

    /** Acme's settings name São Paulo (UTC-3) as its time zone while a test runs. */
    @BeforeEach
    void acmeIsInSaoPaulo() {
        acmeBefore = directory.find(ACME).orElse(null);
        long version = acmeBefore == null ? 1_000_000 : acmeBefore.version() + 1;
        directory.remember(acme(version, SAO_PAULO.getId()));
    }

    @AfterEach
    void acmeAsBefore() {
        long version = directory.find(ACME).orElseThrow().version() + 1;
        directory.remember(acmeBefore == null ? acme(version, "UTC") : new TenantSnapshot(ACME, acmeBefore.slug(),
                acmeBefore.name(), acmeBefore.status(), acmeBefore.statusReason(), version,
                acmeBefore.maxConnections(), acmeBefore.maxAgents(), acmeBefore.messagesPerMonth(),
                acmeBefore.apiRequestsPerMinute(), acmeBefore.automationWebhookUrl(), acmeBefore.botEnabled(),
                acmeBefore.timezone(), acmeBefore.defaultLanguage(), acmeBefore.mediaQuotaBytes(),
                acmeBefore.mediaRetentionDays()));
    }

    @Test
    void messagesAreCountedPerDayOfTheCompanysTimeZoneAndOnlyTheCompanysOwn() {
        UUID number = UUID.randomUUID();
        // 01:00Z on March 10th is 22:00 on March 9th in São Paulo
        customerWrites(ACME, number, "5511900000001", "2021-03-10T01:00:00Z");
        customerWrites(ACME, number, "5511900000001", "2021-03-10T12:00:00Z");
        phoneWrites(ACME, number, "5511900000001", "2021-03-10T13:00:00Z");
        customerWrites(ACME, number, "5511900000002", "2021-03-11T02:59:00Z");
        customerWrites(ACME, number, "5511900000002", "2021-03-11T03:00:00Z");
        // another company, the same number id and day: never counted for acme
        customerWrites(GLOBEX, number, "5511900000003", "2021-03-10T12:00:00Z");
        phoneWrites(GLOBEX, number, "5511900000003", "2021-03-10T12:30:00Z");
        onVertx(tallies::catchUp);

        as("acme-admin").queryParam("from", "2021-03-09").queryParam("to", "2021-03-10")
                .queryParam("connectionId", number.toString()).get("/api/reports/messages").then().statusCode(200)
                .body("zone", equalTo("America/Sao_Paulo")).body("asOf", notNullValue())
                .body("from", equalTo("2021-03-09")).body("to", equalTo("2021-03-10"))
                .body("days.day", contains("2021-03-09", "2021-03-10"))
                .body("days.connectionId", contains(number.toString(), number.toString()))
                .body("days.received", contains(1, 2)).body("days.sent", contains(0, 1))
                .body("totals.received", equalTo(3)).body("totals.sent", equalTo(1));
        as("acme-admin").queryParam("from", "2021-03-11").queryParam("to", "2021-03-11")
                .get("/api/reports/messages").then().statusCode(200)
                .body("days.findAll { it.connectionId == '" + number + "' }.received", contains(1));
        as("globex-admin").queryParam("from", "2021-03-09").queryParam("to", "2021-03-10")
                .queryParam("connectionId", number.toString()).get("/api/reports/messages").then().statusCode(200)
                .body("zone", equalTo("UTC")).body("totals.received", equalTo(1)).body("totals.sent", equalTo(1));
    }

    @Test
    void firstResponseAndResolutionAreMediansOverEachOpeningWithTheBotLeftOut() {
        UUID number = UUID.randomUUID();
        String agent = "agent-" + UUID.randomUUID();
        Instant now = Instant.now();
        UUID a = customerWrites(ACME, number, "5511900000011", now.minusSeconds(600).toString());
        UUID otherNumber = UUID.randomUUID();
        UUID b = customerWrites(ACME, otherNumber, "5511900000012", now.minusSeconds(1200).toString());
        UUID c = customerWrites(ACME, number, "5511900000013", now.minusSeconds(300).toString());
        agentWrites(a, agent, Message.Sender.AGENT);
        onVertx(() -> actions.apply(ACME, a, agent, ConversationActions.Action.RESOLVE, null));
        // the bot answers B at once; the first person only 40 minutes after the customer (typed on the phone)
        agentWrites(b, null, Message.Sender.BOT);
        phoneWrites(ACME, otherNumber, "5511900000012", now.plusSeconds(1200).toString());
        agentWrites(c, agent, Message.Sender.AGENT);
        onVertx(() -> actions.apply(ACME, c, agent, ConversationActions.Action.RESOLVE, null));
        onVertx(() -> actions.apply(ACME, c, agent, ConversationActions.Action.REOPEN, null));

        String today = LocalDate.now(SAO_PAULO).toString();
        String tomorrow = LocalDate.now(SAO_PAULO).plusDays(1).toString();
        String yesterday = LocalDate.now(SAO_PAULO).minusDays(1).toString();
        report(yesterday, tomorrow, number).body("resolved", equalTo(1))
                .body("resolution.count", equalTo(1)).body("resolution.medianSeconds", closeTo(600, 30));

        onVertx(() -> actions.apply(ACME, c, agent, ConversationActions.Action.RESOLVE, null));
        // the customer of A writes again after the resolution: a second opening of the same conversation
        customerWrites(ACME, number, "5511900000011", Instant.now().toString());

        report(yesterday, tomorrow, otherNumber).body("opened", equalTo(1)).body("resolved", equalTo(0))
                .body("firstResponse.count", equalTo(1)).body("firstResponse.medianSeconds", closeTo(2400, 30))
                .body("resolution.medianSeconds", nullValue()).body("byAgent", hasSize(0));
        report(yesterday, tomorrow, number)
                .body("opened", equalTo(3)).body("resolved", equalTo(2))
                .body("firstResponse.count", equalTo(2)).body("firstResponse.medianSeconds", closeTo(450, 30))
                .body("resolution.count", equalTo(2)).body("resolution.medianSeconds", closeTo(450, 30))
                .body("byAgent", hasSize(1)).body("byAgent[0].agentId", equalTo(agent))
                .body("byAgent[0].firstResponse.count", equalTo(2))
                .body("byAgent[0].firstResponse.medianSeconds", closeTo(450, 30))
                .body("byAgent[0].resolution.count", equalTo(2)).body("byAgent[0].resolved", equalTo(2))
                .body("byNumber", hasSize(1)).body("byNumber[0].connectionId", equalTo(number.toString()))
                .body("byNumber[0].opened", equalTo(3)).body("byNumber[0].resolved", equalTo(2))
                .body("byNumber[0].firstResponse.count", equalTo(2));
        as("globex-admin").queryParam("from", yesterday).queryParam("to", tomorrow)
                .queryParam("connectionId", number.toString()).get("/api/reports/conversations").then()
                .statusCode(200).body("opened", equalTo(0)).body("firstResponse.medianSeconds", nullValue())
                .body("byAgent.agentId", not(hasItem(agent)));
        as("acme-admin").queryParam("from", today).queryParam("to", today).get("/api/reports/conversations")
                .then().statusCode(200).body("byAgent.agentId", hasItem(agent));
    }

    @Test
    void outboundMessagesAreCountedByTheirStatusNowAndFailuresByTheProvidersErrorCode() {
        UUID number = UUID.randomUUID();
        String customer = "5511900000021";
        UUID conversation = customerWrites(ACME, number, customer, Instant.now().toString());
        reported(ACME, phoneMessage(ACME, number, customer), "delivered", null, null);
        reported(ACME, phoneMessage(ACME, number, customer), "failed", "131047", "Re-engagement message");
        reported(ACME, phoneMessage(ACME, number, customer), "failed", "131047", "Re-engagement message");
        reported(ACME, phoneMessage(ACME, number, customer), "failed", "131026", "Message undeliverable");
        phoneMessage(ACME, number, customer);
        waitingToBeSent(ACME, conversation);
        onVertx(tallies::catchUp);

        String today = LocalDate.now(SAO_PAULO).toString();
        as("acme-admin").queryParam("from", LocalDate.now(SAO_PAULO).minusDays(1).toString()).queryParam("to", today)
                .queryParam("connectionId", number.toString()).get("/api/reports/statuses").then().statusCode(200)
                .body("byStatus.status", contains("DELIVERED", "FAILED", "PENDING", "SENT"))
                .body("byStatus.count", contains(1, 3, 1, 1))
                .body("failedByErrorCode.code", contains("131047", "131026"))
                .body("failedByErrorCode.title", contains("Re-engagement message", "Message undeliverable"))
                .body("failedByErrorCode.count", contains(2, 1));
    }

    @Test
    void onlyTheCompanysAdminsSeeItsReports() {
        for (String report : new String[] {"messages", "conversations", "statuses"}) {
            as("acme-agent").queryParam("from", "2021-03-01").queryParam("to", "2021-03-02")
                    .get("/api/reports/" + report).then().statusCode(403);
            as("acme-agent").get("/api/reports/" + report).then().statusCode(403);
            as("platform").queryParam("from", "2021-03-01").queryParam("to", "2021-03-02")
                    .get("/api/reports/" + report).then().statusCode(403);
            given().get("/api/reports/" + report).then().statusCode(401);
        }
    }

    @Test
    void aMissingOrBadPeriodIsA400NamingTheParameter() {
        assertInvalid(null, "2021-03-02", "from", "is required");
        assertInvalid("2021-03-01", null, "to", "is required");
        assertInvalid("2021-13-01", "2021-12-02", "from", "YYYY-MM-DD");
        assertInvalid("01/03/2021", "2021-03-02", "from", "YYYY-MM-DD");
        assertInvalid("2021-03-02", "2021-03-01", "to", "must not be before");
        assertInvalid("2021-01-01", "2022-01-02", "to", "366");
        as("acme-admin").queryParam("from", "2021-01-01").queryParam("to", "2021-12-31")
                .get("/api/reports/statuses").then().statusCode(200);
        as("acme-admin").queryParam("from", "2020-01-01").queryParam("to", "2020-12-31")
                .get("/api/reports/messages").then().statusCode(200);
        as("acme-admin").queryParam("from", "2021-03-01").queryParam("to", "2021-03-02")
                .queryParam("connectionId", "zzz").get("/api/reports/conversations").then().statusCode(400)
                .body("violations.field", contains("connectionId"));
        as("platform").queryParam("from", "2021-03-01").get("/api/admin/messages/daily").then().statusCode(400)
                .body("violations.field", contains("to"));
    }

    @Test
    void platformStaffSeeEveryTenantsCountsAndNoOneElseDoes() {
        String first = "t-" + UUID.randomUUID();
        String second = "t-" + UUID.randomUUID();
        customerWrites(first, UUID.randomUUID(), "5511900000031", "2019-05-01T10:00:00Z");
        customerWrites(first, UUID.randomUUID(), "5511900000032", "2019-05-01T23:59:00Z");
        customerWrites(second, UUID.randomUUID(), "5511900000033", "2019-05-02T00:00:00Z");
        phoneWrites(second, UUID.randomUUID(), "5511900000034", "2019-05-01T08:00:00Z");
        UUID number = UUID.randomUUID();
        UUID conversation = customerWrites(second, number, "5511900000035", Instant.now().toString());
        reported(second, phoneMessage(second, number, "5511900000035"), "failed", "131026", "Message undeliverable");
        waitingToBeSent(second, conversation);
        onVertx(tallies::catchUp);

        as("platform").queryParam("from", "2019-05-01").queryParam("to", "2019-05-02")
                .get("/api/admin/messages/daily").then().statusCode(200)
                .body("days.day", contains("2019-05-01", "2019-05-02")).body("days.received", contains(2, 1))
                .body("days.sent", contains(1, 0)).body("days.failed", contains(0, 0));
        String today = LocalDate.now(ZoneId.of("UTC")).toString();
        String body = as("platform").queryParam("from", today).queryParam("to", today).queryParam("tenantId", second)
                .get("/api/admin/messages/summary").then().statusCode(200)
                .body("tenantId", equalTo(second)).body("received", equalTo(1)).body("sent", equalTo(2))
                .body("failed", equalTo(1)).body("failedByErrorCode.code", contains("131026"))
                .body("failedByErrorCode.title", contains("Message undeliverable"))
                .body("automationDeadLetters", equalTo(0)).body("sendQueueBacklog", equalTo(1))
                .body("outboxBacklog", notNullValue()).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("report text"), "counts only, never content");
        as("platform").queryParam("from", today).queryParam("to", today).get("/api/admin/messages/summary").then()
                .statusCode(200).body("tenantId", nullValue()).body("sent", org.hamcrest.Matchers.greaterThan(1));

        for (String user : new String[] {"acme-admin", "acme-agent"}) {
            as(user).queryParam("from", today).queryParam("to", today).get("/api/admin/messages/daily").then()
                    .statusCode(403);
            as(user).queryParam("from", today).queryParam("to", today).get("/api/admin/messages/summary").then()
                    .statusCode(403);
        }
    }

    private static void assertInvalid(String from, String to, String field, String message) {
        for (String report : new String[] {"messages", "conversations", "statuses"}) {
            RequestSpecification request = as("acme-admin");
            if (from != null) {
                request.queryParam("from", from);
            }
            if (to != null) {
                request.queryParam("to", to);
            }
            request.get("/api/reports/" + report).then().statusCode(400)
                    .body("violations.field", contains(field))
                    .body("violations.message", hasItem(containsString(message)));
        }
    }

    private io.restassured.response.ValidatableResponse report(String from, String to, UUID number) {
        return as("acme-admin").queryParam("from", from).queryParam("to", to)
                .queryParam("connectionId", number.toString()).get("/api/reports/conversations").then()
                .statusCode(200);
    }

    /** A customer's text message as the gateway normalizes it; the id of its conversation. */
    private UUID customerWrites(String tenant, UUID number, String customer, String at) {
        return stored(tenant, number, message(customer, at));
    }

    /** A message the business typed on the phone itself (Evolution fromMe): outbound, sent, written by a person. */
    private UUID phoneWrites(String tenant, UUID number, String customer, String at) {
        return stored(tenant, number, message(customer, at).put("fromMe", true));
    }

    /** A text sent through the service (stored PENDING, then handed to session-service); its id. */
    private UUID agentWrites(UUID conversation, String agent, Message.Sender sender) {
        return onVertx(() -> conversations.send(ACME, conversation, sender, agent,
                OutgoingMessage.text("report text"))).id;
    }

    /** A message typed on the phone now (sent already); its provider id, for the statuses that follow. */
    private String phoneMessage(String tenant, UUID number, String customer) {
        ObjectNode payload = message(customer, Instant.now().toString()).put("fromMe", true);
        stored(tenant, number, payload);
        return payload.path("providerMessageId").asText();
    }

    /** A status webhook of the provider, with its error when it failed. */
    private void reported(String tenant, String wamid, String status, String code, String title) {
        ObjectNode payload = JSON.createObjectNode().put("provider", "META").put("providerMessageId", wamid)
                .put("status", status).put("timestamp", Instant.now().toString());
        if (code != null) {
            payload.putArray("errors").addObject().put("code", code).put("title", title);
        }
        onVertx(() -> statuses.reported(tenant, payload));
    }

    /**
     * An outbound message stored PENDING as a send stores it, but with no send command on its way (the stack's
     * session-service would answer one of these tests' commands with a failure at a moment of its own).
     */
    private void waitingToBeSent(String tenant, UUID conversation) {
        Message message = new Message();
        message.id = UUID.randomUUID();
        message.tenantId = tenant;
        message.conversationId = conversation;
        message.direction = Message.Direction.OUTBOUND;
        message.sender = Message.Sender.AGENT;
        message.senderId = "agent-w";
        message.type = "text";
        message.text = "report text";
        message.status = com.waplatform.contracts.DeliveryStatus.PENDING;
        message.createdAt = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        message.statusAt = message.createdAt;
        onVertx(() -> Panache.withTransaction(() -> scope.enter(tenant).chain(() -> messages.persist(message))));
    }

    private static ObjectNode message(String customer, String at) {
        return JSON.createObjectNode().put("provider", "META").put("providerMessageId", "wamid.r-" + UUID.randomUUID())
                .put("from", customer).put("profileName", "Report Customer").put("timestamp", at).put("type", "text")
                .put("text", "report text");
    }

    private UUID stored(String tenant, UUID number, ObjectNode payload) {
        String wamid = payload.path("providerMessageId").asText();
        onVertx(() -> inbound.receive(tenant, number, payload));
        return onVertx(() -> Panache.withTransaction(() -> scope.enter(tenant)
                .chain(() -> messages.findByProviderId(tenant, wamid)))).conversationId;
    }

    private static TenantSnapshot acme(long version, String zone) {
        return new TenantSnapshot(ACME, "acme", "Acme", TenantSnapshot.ACTIVE, null, version, 10, 10, 1_000_000, 0,
                null, false, zone, "en");
    }

    private <T> T onVertx(Supplier<Uni<T>> work) {
        return background.isolated(work).await().atMost(Duration.ofSeconds(30));
    }

    /** Fractions are read as doubles (for closeTo). */
    private static RequestSpecification as(String user) {
        return given().config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE))).auth().oauth2(DemoTokens.of(user));
    }
}
