package com.waplatform.session.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.persistence.outbox.OutboxWriter;
import com.waplatform.session.domain.Dispatch;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A send's outcome on {@code message.status}, written to the outbox in the transaction that records it. */
@ApplicationScoped
public class SendResults {

    private final OutboxWriter outbox;
    private final ObjectMapper objectMapper;

    public SendResults(OutboxWriter outbox, ObjectMapper objectMapper) {
        this.outbox = outbox;
        this.objectMapper = objectMapper;
    }

    public Uni<Void> publish(Dispatch dispatch) {
        ObjectNode payload = objectMapper.createObjectNode()
                .put("messageId", dispatch.messageId.toString())
                .put("providerMessageId", dispatch.providerMessageId)
                .put("errorCode", dispatch.errorCode)
                .put("errorReason", dispatch.errorReason)
                .put("attempts", dispatch.attempts);
        String type = Dispatch.SENT.equals(dispatch.status)
                ? EventTypes.MESSAGE_SEND_ACCEPTED : EventTypes.MESSAGE_SEND_FAILED;
        return outbox.publish(Topics.MESSAGE_STATUS,
                EventEnvelope.of(type, dispatch.tenantId, dispatch.connectionId.toString(), payload));
    }
}
