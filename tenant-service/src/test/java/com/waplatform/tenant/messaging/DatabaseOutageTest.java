package com.waplatform.tenant.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.AuditRecord;
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
 * Audit entries published while PostgreSQL is down (this service's test database refuses connections for about
 * 20 s) are all recorded once it is back, each once, and none goes to the dead-letter topic.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnTopics.class)
class DatabaseOutageTest {

    private static final String DATABASE = "wa_tenant_test";
    private static final String AUDIT = "test.outage.audit-events";
    private static final String DLQ = "test.outage.tenant-service-dlq";
    private static final int DURING_OUTAGE = 20;
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** Topics of this test only, so that the running stack's tenant-service never sees these entries. */
    public static class OwnTopics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.audit-events.topic", AUDIT,
                    "mp.messaging.incoming.audit-events.dead-letter-queue.topic", DLQ);
        }
    }

    private final String tenant = "t-" + UUID.randomUUID();
    private final String run = "outage-" + UUID.randomUUID() + "-";

    @Test
    void auditEntriesPublishedWhileTheDatabaseIsDownAreAllRecordedOnceItIsBack() throws Exception {
        TestTopics.create(AUDIT, DLQ);
        try (KafkaProducer<String, String> producer = TestTopics.producer()) {
            OutageScenario.Result result = new OutageScenario(DATABASE, DLQ, run).run(DURING_OUTAGE, OUTAGE,
                    name -> publish(producer, name), this::recorded);
            System.out.printf("database outage: %d audit entries published while %s was down for %d s, "
                    + "%d recorded, %d dead-lettered%n", DURING_OUTAGE, DATABASE, OUTAGE.toSeconds(),
                    result.stored(), result.deadLettered());
            assertEquals(DURING_OUTAGE, result.stored(), "every audit entry is recorded, once");
            assertEquals(0, result.deadLettered(), "nothing goes to the dead-letter topic");
        }
    }

    private void publish(KafkaProducer<String, String> producer, String name) throws Exception {
        AuditRecord record = new AuditRecord("user-1", "Ana", "agent.created", run + name, "req-" + name, null,
                Instant.now());
        String json = JSON.writeValueAsString(EventEnvelope.of(EventTypes.AUDIT_RECORDED, tenant, null,
                JSON.valueToTree(record)));
        producer.send(new ProducerRecord<>(AUDIT, tenant, json)).get();
    }

    /** Audit entries of this run whose target continues with {@code name}. */
    private long recorded(String name) {
        return Long.parseLong(DatabaseOutage.psql(DATABASE,
                "SELECT count(*) FROM audit_entry WHERE target LIKE '" + run + name + "%'"));
    }
}
