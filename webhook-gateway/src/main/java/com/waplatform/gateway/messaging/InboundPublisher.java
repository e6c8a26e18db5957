package com.waplatform.gateway.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.gateway.config.GatewayConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Hands a webhook's events to Kafka: the normalized ones on {@code whatsapp.inbound} (connection events on
 * {@code session.events}) and the raw body on {@code webhook.raw}, keyed by tenant. Completes only when Kafka acknowledged all of them, fails after the
 * configured timeout otherwise.
 */
@ApplicationScoped
public class InboundPublisher {

    private final MutinyEmitter<String> inbound;
    private final MutinyEmitter<String> raw;
    private final MutinyEmitter<String> session;
    private final ObjectMapper objectMapper;
    private final GatewayConfig config;

    public InboundPublisher(@Channel("whatsapp-inbound") MutinyEmitter<String> inbound,
            @Channel("webhook-raw") MutinyEmitter<String> raw, @Channel("session-events") MutinyEmitter<String> session,
            ObjectMapper objectMapper, GatewayConfig config) {
        this.inbound = inbound;
        this.raw = raw;
        this.session = session;
        this.objectMapper = objectMapper;
        this.config = config;
    }

    public Uni<Void> publish(EventEnvelope rawWebhook, List<EventEnvelope> events) {
        return publish(rawWebhook, events, List.of());
    }

    /** Also connection events (state, QR codes) for {@code session.events}. */
    public Uni<Void> publish(EventEnvelope rawWebhook, List<EventEnvelope> events, List<EventEnvelope> sessionEvents) {
        List<Uni<Void>> sends = new ArrayList<>(events.size() + sessionEvents.size() + 1);
        sends.add(send(raw, rawWebhook));
        events.forEach(event -> sends.add(send(inbound, event)));
        sessionEvents.forEach(event -> sends.add(send(session, event)));
        return Uni.join().all(sends).andFailFast()
                .ifNoItem().after(config.publishTimeout()).fail()
                .replaceWithVoid();
    }

    /** A replay's events, on {@code whatsapp.inbound} only (the raw webhook is on {@code webhook.raw} already). */
    public Uni<Void> publishReplay(List<EventEnvelope> events) {
        return Uni.join().all(events.stream().map(e -> send(inbound, e)).toList()).andFailFast()
                .ifNoItem().after(config.publishTimeout()).fail()
                .replaceWithVoid();
    }

    private Uni<Void> send(MutinyEmitter<String> emitter, EventEnvelope envelope) {
        return Uni.createFrom().deferred(() -> {
            String json;
            try {
                json = objectMapper.writeValueAsString(envelope);
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(e);
            }
            var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(envelope.tenantId()).build();
            return emitter.sendMessage(Message.of(json).addMetadata(metadata));
        });
    }
}
