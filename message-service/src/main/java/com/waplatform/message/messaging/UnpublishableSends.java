package com.waplatform.message.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.message.service.DeliveryStatusService;
import com.waplatform.persistence.outbox.OutboxDeadLetter;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

/**
 * A send command the outbox had to set aside (Kafka can never take it) fails its message with
 * {@code errorCode: unpublishable}, so that the agent sees it failed instead of pending for ever.
 */
@ApplicationScoped
public class UnpublishableSends {

    static final String ERROR_CODE = "unpublishable";

    private final ObjectMapper objectMapper;
    private final DeliveryStatusService statuses;

    public UnpublishableSends(ObjectMapper objectMapper, DeliveryStatusService statuses) {
        this.objectMapper = objectMapper;
        this.statuses = statuses;
    }

    void failTheMessage(@ObservesAsync OutboxDeadLetter letter) throws Throwable {
        if (!Topics.MESSAGE_OUTBOUND.equals(letter.topic())) {
            return;
        }
        EventEnvelope command = command(letter);
        if (command == null || !EventTypes.MESSAGE_SEND_REQUESTED.equals(command.type())) {
            return;
        }
        ObjectNode failure = objectMapper.createObjectNode()
                .put("messageId", command.payload().path("messageId").asText())
                .put("errorCode", ERROR_CODE)
                .put("errorReason", "The message could not be handed over for sending (too large or malformed)");
        VertxContextSupport.subscribeAndAwait(() -> statuses.sendResult(command.tenantId(), failure, false));
    }

    private EventEnvelope command(OutboxDeadLetter letter) {
        try {
            return objectMapper.readValue(letter.payload(), EventEnvelope.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
