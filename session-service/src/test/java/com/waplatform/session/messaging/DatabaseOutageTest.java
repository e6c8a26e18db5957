package com.waplatform.session.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.web.testing.DatabaseOutage;
import com.waplatform.web.testing.OutageScenario;
import com.waplatform.web.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Send commands that arrive while PostgreSQL is down (this service's test database refuses connections for about
 * 20 s) all enter the send queue once it is back, each once, and none goes to the dead-letter topic.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnTopics.class)
class DatabaseOutageTest {

    private static final String DATABASE = "wa_session_test";
    private static final String OUTBOUND = "test.outage.message-outbound";
    private static final String DLQ = "test.outage.session-service-dlq";
    private static final int DURING_OUTAGE = 30;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** Topics of this test only, so that the running stack's session-service never sees these commands. */
    public static class OwnTopics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.message-outbound.topic", OUTBOUND,
                    "mp.messaging.incoming.message-outbound.dead-letter-queue.topic", DLQ);
        }
    }

    private final String tenant = "t-" + UUID.randomUUID();
    private final String connection = UUID.randomUUID().toString();
    private final String run = "outage-" + UUID.randomUUID() + "-";

    @Test
    void sendCommandsThatArriveWhileTheDatabaseIsDownAreAllQueuedOnceItIsBack() throws Exception {
        TestTopics.create(OUTBOUND, DLQ);
        try (KafkaProducer<String, String> producer = TestTopics.producer()) {
            OutageScenario.Result result = new OutageScenario(DATABASE, DLQ, run).run(DURING_OUTAGE, OUTAGE,
                    name -> publish(producer, name), this::queued);
            System.out.printf("database outage: %d send commands published while %s was down for %d s, "
                    + "%d queued, %d dead-lettered%n", DURING_OUTAGE, DATABASE, OUTAGE.toSeconds(), result.stored(),
                    result.deadLettered());
            assertEquals(DURING_OUTAGE, result.stored(), "every accepted send is queued, once");
            assertEquals(0, result.deadLettered(), "nothing goes to the dead-letter topic");
        }
    }

    private void publish(KafkaProducer<String, String> producer, String name) throws Exception {
        var payload = JSON.createObjectNode().put("messageId", UUID.randomUUID().toString())
                .put("to", "5511999990301").put("type", "text").put("text", run + name);
        String record = JSON.writeValueAsString(EventEnvelope.of(EventTypes.MESSAGE_SEND_REQUESTED, tenant,
                connection, payload));
        producer.send(new ProducerRecord<>(OUTBOUND, tenant, record)).get();
    }

    /** Queued commands of this run whose text starts with {@code name}. */
    private long queued(String name) {
        return Long.parseLong(DatabaseOutage.psql(DATABASE,
                "SELECT count(*) FROM dispatch WHERE command LIKE '%" + run + name + "%'"));
    }
}
