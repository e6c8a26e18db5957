package com.waplatform.message.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.web.testing.DatabaseOutage;
import com.waplatform.web.testing.OutageScenario;
import com.waplatform.web.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Customer messages that arrive while PostgreSQL is down (this service's test database refuses connections for
 * about 20 s) are all stored once it is back, each exactly once, and none goes to the dead-letter topic.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnTopics.class)
class DatabaseOutageTest {

    private static final String DATABASE = "wa_message_test";
    private static final String INBOUND = "test.outage.whatsapp-inbound";
    private static final String DLQ = "test.outage.message-service-dlq";
    private static final int DURING_OUTAGE = 30;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** Topics of this test only, so that the running stack's message-service never sees these records. */
    public static class OwnTopics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.whatsapp-inbound.topic", INBOUND,
                    "mp.messaging.incoming.whatsapp-inbound.dead-letter-queue.topic", DLQ);
        }
    }

    private final String tenant = "t-" + UUID.randomUUID();
    private final String connection = UUID.randomUUID().toString();
    private final String run = "wamid.outage-" + UUID.randomUUID() + "-";

    @Test
    void customerMessagesThatArriveWhileTheDatabaseIsDownAreAllStoredOnceItIsBack() throws Exception {
        TestTopics.create(INBOUND, DLQ);
        try (KafkaProducer<String, String> producer = TestTopics.producer()) {
            OutageScenario.Result result = new OutageScenario(DATABASE, DLQ, run).run(DURING_OUTAGE, OUTAGE,
                    name -> publish(producer, name), name -> stored(name, "*"));
            long distinct = stored("m", "DISTINCT provider_message_id");
            System.out.printf("database outage: %d customer messages published while %s was down for %d s, "
                    + "%d stored (%d distinct), %d dead-lettered%n", DURING_OUTAGE, DATABASE, OUTAGE.toSeconds(),
                    result.stored(), distinct, result.deadLettered());
            assertEquals(DURING_OUTAGE, distinct, "every customer message is stored");
            assertEquals(DURING_OUTAGE, result.stored(), "each one once");
            assertEquals(0, result.deadLettered(), "nothing goes to the dead-letter topic");
        }
    }

    private void publish(KafkaProducer<String, String> producer, String name) throws Exception {
        ObjectNode payload = JSON.createObjectNode().put("provider", "META").put("providerMessageId", run + name)
                .put("from", "5511999900" + (10 + Math.floorMod(name.hashCode(), 5))).put("profileName", "Customer")
                .put("timestamp", Instant.now().toString()).put("type", "text").put("text", "hello " + name);
        String record = JSON.writeValueAsString(EventEnvelope.of(EventTypes.MESSAGE_RECEIVED, tenant, connection,
                payload));
        producer.send(new ProducerRecord<>(INBOUND, tenant, record)).get();
    }

    /** {@code count(what)} of this run's messages whose provider id continues with {@code name}. */
    private long stored(String name, String what) {
        return Long.parseLong(DatabaseOutage.psql(DATABASE, "SELECT count(" + what + ") FROM message "
                + "WHERE provider_message_id LIKE '" + run + name + "%'"));
    }
}
