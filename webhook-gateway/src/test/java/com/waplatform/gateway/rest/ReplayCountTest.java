package com.waplatform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.waplatform.web.testing.DemoTokens;
import com.waplatform.web.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Platform staff learn how many webhooks a replay would re-read before starting it: the raw webhooks of the range
 * (both ends included) from Kafka's offsets for those times, or one connection's, counted within a bounded scan.
 * The raw topic is this test's own, so that neither the running stack's webhooks nor its replays meet these.
 */
@QuarkusTest
@TestProfile(ReplayCountTest.OwnRawTopic.class)
class ReplayCountTest {

    private static final String TOPIC = "test.replay-count.webhook-raw";
    private static final String A = UUID.randomUUID().toString();
    private static final String B = UUID.randomUUID().toString();
    /** Times follow offsets as on the real topic: each run's records are later than the previous run's. */
    private static final Instant BASE = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);

    public static class OwnRawTopic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.outgoing.webhook-raw.topic", TOPIC, "gateway.replay-count-scan-limit", "4");
        }
    }

    @BeforeAll
    static void webhooksReceived() throws Exception {
        TestTopics.create(TOPIC);
        try (KafkaProducer<String, String> producer = TestTopics.producer()) {
            received(producer, A, "t-replay-1", -2, A);
            received(producer, A, "t-replay-1", 0, A);
            received(producer, B, "t-replay-2", 1, B);
            received(producer, A, "t-replay-1", 2, A);
            // its body names A; only the envelope's own connectionId counts
            received(producer, B, "t-replay-3", 3, A);
            received(producer, A, "t-replay-4", 4, A);
            received(producer, A, "t-replay-1", 5, A);
        }
    }

    @Test
    void theRangeIsCountedWithBothEndsIncluded() {
        count(BASE, BASE.plusSeconds(4), null).statusCode(200).body("count", equalTo(5))
                .body("from", equalTo(BASE.toString())).body("to", equalTo(BASE.plusSeconds(4).toString()));
        count(BASE.plusSeconds(10), BASE.plusSeconds(11), null).statusCode(200).body("count", equalTo(0));
    }

    @Test
    void oneConnectionsWebhooksAreCountedWithinTheScanLimit() {
        count(BASE.plusSeconds(1), BASE.plusSeconds(4), A).statusCode(200).body("count", equalTo(2));
        count(BASE.plusSeconds(1), BASE.plusSeconds(4), B).statusCode(200).body("count", equalTo(2));
        count(BASE.plusSeconds(1), BASE.plusSeconds(4), UUID.randomUUID().toString()).statusCode(200)
                .body("count", equalTo(0));
        count(BASE, BASE.plusSeconds(4), A).statusCode(422)
                .body("detail", equalTo("The range holds 5 webhooks; one connection's can be counted in at most 4: "
                        + "choose a shorter range"));
    }

    @Test
    void theBodyIsCheckedAsTheReplayChecksIt() {
        String to = BASE.toString();
        as("platform").body("{\"from\":\"yesterday\",\"to\":\"" + to + "\"}").post("/api/admin/webhooks/replay/count")
                .then().statusCode(400)
                .body("detail", equalTo("from must be an ISO-8601 instant such as 2026-11-23T08:00:00Z"));
        as("platform").body("{\"to\":\"" + to + "\"}").post("/api/admin/webhooks/replay/count").then()
                .statusCode(400).body("detail", equalTo("from and to (ISO-8601 instants) are required"));
        count(BASE.plusSeconds(4), BASE, null).statusCode(422)
                .body("detail", equalTo("from must be before to, at most 7 days apart"));
        count(BASE, BASE.plusSeconds(8 * 24 * 3600), null).statusCode(422);
    }

    @Test
    void onlyPlatformStaffCount() {
        String range = "{\"from\":\"" + BASE + "\",\"to\":\"" + BASE.plusSeconds(4) + "\"}";
        as("acme-admin").body(range).post("/api/admin/webhooks/replay/count").then().statusCode(403);
        given().contentType("application/json").body(range).post("/api/admin/webhooks/replay/count").then()
                .statusCode(401);
    }

    private static ValidatableResponse count(Instant from, Instant to, String connectionId) {
        String body = "{\"from\":\"" + from + "\",\"to\":\"" + to + "\""
                + (connectionId == null ? "" : ",\"connectionId\":\"" + connectionId + "\"") + "}";
        return as("platform").body(body).post("/api/admin/webhooks/replay/count").then();
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(DemoTokens.of(user)).contentType("application/json");
    }

    /** A raw webhook of {@code connectionId} as the gateway keeps it, received {@code second}s after BASE. */
    private static void received(KafkaProducer<String, String> producer, String connectionId, String tenantId,
            int second, String mentioned) throws Exception {
        Instant at = BASE.plusSeconds(second);
        String body = "{\\\"object\\\":\\\"whatsapp_business_account\\\",\\\"note\\\":\\\"" + mentioned + "\\\"}";
        String envelope = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"type\":\"webhook.received\",\"tenantId\":\""
                + tenantId + "\",\"occurredAt\":\"" + at + "\",\"connectionId\":\"" + connectionId
                + "\",\"schemaVersion\":1,\"payload\":{\"provider\":\"META\",\"receivedAt\":\"" + at
                + "\",\"body\":\"" + body + "\",\"headers\":{}}}";
        producer.send(new ProducerRecord<>(TOPIC, null, at.toEpochMilli(), tenantId, envelope)).get();
    }
}
