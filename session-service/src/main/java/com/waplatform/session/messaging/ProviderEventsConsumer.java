package com.waplatform.session.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.session.service.ProviderStateService;
import com.waplatform.web.ProblemException;
import com.waplatform.web.resilience.ConsumerRetry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code session.events} for what the providers report through the gateway (connection state, QR
 * codes) and updates the connection. Applying the same report twice changes nothing the second time. While the
 * database is unavailable a report is retried, never skipped.
 */
@ApplicationScoped
public class ProviderEventsConsumer {

    private final ObjectMapper objectMapper;
    private final ProviderStateService states;
    private final ConsumerRetry retry;

    public ProviderEventsConsumer(ObjectMapper objectMapper, ProviderStateService states, ConsumerRetry retry) {
        this.retry = retry;
        this.objectMapper = objectMapper;
        this.states = states;
    }

    @Incoming("provider-events")
    public Uni<Void> consume(String record) throws JsonProcessingException {
        EventEnvelope envelope = objectMapper.readValue(record, EventEnvelope.class);
        if (envelope.connectionId() == null) {
            return Uni.createFrom().voidItem();
        }
        UUID id = UUID.fromString(envelope.connectionId());
        JsonNode p = envelope.payload();
        Uni<?> applied = retry.untilDone(envelope.type(), () -> switch (envelope.type()) {
            case EventTypes.CONNECTION_PROVIDER_STATE -> states.stateReported(envelope.tenantId(), id,
                    p.path("state").asText(), p.path("statusReason").asInt(200), p.path("wuid").asText(null));
            case EventTypes.CONNECTION_QR_UPDATED -> states.qrShown(envelope.tenantId(), id);
            default -> Uni.createFrom().voidItem();
        });
        // a report about a connection deleted meanwhile is dropped
        return applied.onFailure(ProblemException.class).recoverWithNull().replaceWithVoid();
    }
}
