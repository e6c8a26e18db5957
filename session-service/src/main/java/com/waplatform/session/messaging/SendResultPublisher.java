package com.waplatform.session.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.session.domain.Dispatch;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Publishes a send's outcome on {@code message.status} and completes when Kafka acknowledged it. */
@ApplicationScoped
public class SendResultPublisher {

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper objectMapper;

    public SendResultPublisher(@Channel("message-status") MutinyEmitter<String> emitter, ObjectMapper objectMapper) {
        this.emitter = emitter;
        this.objectMapper = objectMapper;
    }

    public Uni<Void> publish(Dispatch dispatch) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("messageId", dispatch.messageId.toString())
                .put("providerMessageId", dispatch.providerMessageId)
                .put("errorCode", dispatch.errorCode)
                .put("errorReason", dispatch.errorReason);
        String type = Dispatch.SENT.equals(dispatch.outcome)
                ? EventTypes.MESSAGE_SEND_ACCEPTED : EventTypes.MESSAGE_SEND_FAILED;
        EventEnvelope envelope = EventEnvelope.of(type, dispatch.tenantId, dispatch.connectionId.toString(), payload);
        String json;
        try {
            json = objectMapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(dispatch.tenantId).build();
        return emitter.sendMessage(Message.of(json).addMetadata(metadata));
    }
}
