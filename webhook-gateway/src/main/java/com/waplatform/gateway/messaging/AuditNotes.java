package com.waplatform.gateway.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.AuditRecord;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Platform staff's actions at the gateway (replays) for the audit log, acknowledged before the action starts. */
@ApplicationScoped
public class AuditNotes {

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper objectMapper;

    public AuditNotes(@Channel("audit-events") MutinyEmitter<String> emitter, ObjectMapper objectMapper) {
        this.emitter = emitter;
        this.objectMapper = objectMapper;
    }

    public Uni<Void> platformAction(String actorId, String actorName, String requestId, String action,
            String target, Map<String, ?> summary) {
        AuditRecord record = new AuditRecord(actorId, actorName, action, target, requestId,
                objectMapper.valueToTree(summary), Instant.now());
        EventEnvelope envelope = EventEnvelope.of(EventTypes.AUDIT_RECORDED, AuditRecord.PLATFORM, null,
                objectMapper.valueToTree(record));
        try {
            String json = objectMapper.writeValueAsString(envelope);
            var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(AuditRecord.PLATFORM).build();
            return emitter.sendMessage(Message.of(json).addMetadata(metadata));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }
}
