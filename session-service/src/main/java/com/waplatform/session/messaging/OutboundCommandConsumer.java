package com.waplatform.session.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.session.service.OutboundDispatcher;
import com.waplatform.session.service.SendCommand;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code message.outbound}: sends, then publishes the result; the record is acknowledged only after the
 * result was acknowledged by Kafka (a crash in between redelivers the command, which the dispatch log answers).
 */
@ApplicationScoped
public class OutboundCommandConsumer {

    private static final Logger LOG = Logger.getLogger(OutboundCommandConsumer.class);

    private final ObjectMapper objectMapper;
    private final OutboundDispatcher dispatcher;
    private final SendResultPublisher results;

    public OutboundCommandConsumer(ObjectMapper objectMapper, OutboundDispatcher dispatcher,
            SendResultPublisher results) {
        this.objectMapper = objectMapper;
        this.dispatcher = dispatcher;
        this.results = results;
    }

    @Incoming("message-outbound")
    public Uni<Void> consume(String record) throws JsonProcessingException {
        EventEnvelope envelope = objectMapper.readValue(record, EventEnvelope.class);
        if (!EventTypes.MESSAGE_SEND_REQUESTED.equals(envelope.type())) {
            LOG.debugf("ignoring %s", envelope.type());
            return Uni.createFrom().voidItem();
        }
        JsonNode p = envelope.payload();
        SendCommand command = new SendCommand(UUID.fromString(p.path("messageId").asText()), envelope.tenantId(),
                UUID.fromString(envelope.connectionId()), p.path("to").asText(), p.path("text").asText());
        return dispatcher.dispatch(command).flatMap(results::publish);
    }
}
