package com.waplatform.session.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.session.repository.DispatchRepository;
import com.waplatform.web.TenantDirectory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Send commands enter the send queue once per message, each with the trace it was asked for in; those of a purged
 * tenant, still on their way, do not.
 */
@QuarkusTest
class OutboundCommandConsumerTest {

    @Inject
    OutboundCommandConsumer consumer;

    @Inject
    TenantDirectory directory;

    @Inject
    DispatchRepository dispatches;

    @Inject
    TenantScope scope;

    @Inject
    ObjectMapper json;

    @Test
    @RunOnVertxContext
    void commandsOfAPurgedTenantAreDroppedAndOthersQueued(UniAsserter asserter) {
        String purged = UUID.randomUUID().toString();
        String active = UUID.randomUUID().toString();
        directory.remember(new TenantSnapshot(purged, "gone-" + purged.substring(0, 8), "Gone", TenantSnapshot.PURGED,
                null, 3, 10, 10, 1_000_000, 0, null, false, "UTC", "en"));
        UUID lost = UUID.randomUUID();
        UUID queued = UUID.randomUUID();

        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        ConsumerRecord<String, String> tracedRecord = record(active, queued);
        tracedRecord.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        asserter.execute(() -> consumer.consume(new ConsumerRecords<>(Map.of(new TopicPartition("message.outbound", 0),
                List.of(record(purged, lost), tracedRecord)))));
        asserter.assertThat(() -> queuedOf(purged, lost), ids -> assertEquals(Set.of(), ids));
        asserter.assertThat(() -> queuedOf(active, queued), ids -> assertEquals(Set.of(queued), ids));
        asserter.assertThat(() -> Panache.withTransaction(() -> scope.enter(active).chain(() -> dispatches
                .findById(queued))), dispatch -> assertEquals(traceparent, dispatch.traceparent));
    }

    private ConsumerRecord<String, String> record(String tenant, UUID messageId) {
        return new ConsumerRecord<>("message.outbound", 0, 0L, tenant, sendRequested(tenant, messageId));
    }

    private String sendRequested(String tenant, UUID messageId) {
        var payload = json.createObjectNode().put("messageId", messageId.toString()).put("to", "5511999990301")
                .put("type", "text").put("text", "hello");
        try {
            return json.writeValueAsString(EventEnvelope.of(EventTypes.MESSAGE_SEND_REQUESTED, tenant,
                    UUID.randomUUID().toString(), payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Uni<Set<UUID>> queuedOf(String tenant, UUID messageId) {
        return Panache.withTransaction(() -> scope.enter(tenant).chain(() -> dispatches.knownIds(List.of(messageId))));
    }
}
