package com.waplatform.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventTypes;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The documented Evolution v2 payloads normalize to the platform's events, each to its topic. */
class EvolutionWebhookFixturesTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final EvolutionNormalizer normalizer = new EvolutionNormalizer(mapper);

    @Test
    void anInboundTextBecomesOneMessageReceived() throws IOException {
        EvolutionNormalizer.Events events = normalizer.normalize(fixture("evolution-messages-upsert-text.json"));
        assertTrue(events.session().isEmpty());
        assertEquals(1, events.inbound().size());
        assertEquals(EventTypes.MESSAGE_RECEIVED, events.inbound().get(0).type());
        JsonNode p = events.inbound().get(0).payload();
        assertEquals("AC3D5E7F9B1D2F4A6C8E0B2D4F6A8C0E", p.path("providerMessageId").asText());
        assertEquals("5511999990001", p.path("from").asText());
        assertEquals("Maria Silva", p.path("profileName").asText());
        assertEquals("text", p.path("type").asText());
        assertEquals("Oi! Vocês têm horário amanhã de manhã?", p.path("text").asText());
        assertEquals("2025-11-23T10:15:30Z", p.path("timestamp").asText());
        assertFalse(p.path("fromMe").asBoolean());
    }

    @Test
    void connectionAndQrEventsGoToSessionEvents() throws IOException {
        EvolutionNormalizer.Events open = normalizer.normalize(fixture("evolution-connection-update.json"));
        assertTrue(open.inbound().isEmpty());
        assertEquals(EventTypes.CONNECTION_PROVIDER_STATE, open.session().get(0).type());
        assertEquals("open", open.session().get(0).payload().path("state").asText());
        assertEquals("5511988880001@s.whatsapp.net", open.session().get(0).payload().path("wuid").asText());

        EvolutionNormalizer.Events qr = normalizer.normalize(fixture("evolution-qrcode-updated.json"));
        assertEquals(EventTypes.CONNECTION_QR_UPDATED, qr.session().get(0).type());
        assertTrue(qr.session().get(0).payload().path("base64").asText().startsWith("data:image/png;base64,"));
    }

    @Test
    void deliveryAcksMapToStatusesAndPlayedCountsAsRead() throws IOException {
        for (String[] ack : new String[][] {{"SERVER_ACK", "sent"}, {"DELIVERY_ACK", "delivered"},
                {"READ", "read"}, {"PLAYED", "read"}, {"ERROR", "failed"}}) {
            JsonNode update = mapper.readTree("""
                    {"event":"messages.update","instance":"i","data":{"keyId":"3EB0AA","remoteJid":
                    "5511999990001@s.whatsapp.net","fromMe":true,"status":"%s"},"date_time":"2025-11-23T07:15:31.402Z"}"""
                    .formatted(ack[0]));
            JsonNode p = normalizer.normalize(update).inbound().get(0).payload();
            assertEquals(ack[1], p.path("status").asText(), ack[0]);
            assertEquals("3EB0AA", p.path("providerMessageId").asText());
            assertEquals("5511999990001", p.path("recipient").asText());
        }
        JsonNode pending = mapper.readTree("{\"event\":\"messages.update\",\"data\":{\"keyId\":\"x\",\"status\":\"PENDING\"}}");
        assertTrue(normalizer.normalize(pending).inbound().isEmpty());
    }

    @Test
    void anUnknownMessageKindIsKeptAsUnsupported() throws IOException {
        JsonNode poll = mapper.readTree("""
                {"event":"messages.upsert","instance":"i","data":{"key":{"remoteJid":"5511999990001@s.whatsapp.net",
                "fromMe":false,"id":"P1"},"message":{"pollCreationMessage":{"name":"?"}},"messageTimestamp":1763892930}}""");
        JsonNode p = normalizer.normalize(poll).inbound().get(0).payload();
        assertEquals("unsupported", p.path("type").asText());
        assertEquals("pollCreationMessage", p.path("providerType").asText());
        assertTrue(p.path("raw").isObject());
    }

    private JsonNode fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/evolution/" + name)) {
            return mapper.readTree(in.readAllBytes());
        }
    }
}
