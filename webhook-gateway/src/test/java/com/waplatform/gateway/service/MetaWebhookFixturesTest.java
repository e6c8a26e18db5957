package com.waplatform.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventTypes;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented Meta payloads (byte-exact, with their published signatures) verify and normalize. */
class MetaWebhookFixturesTest {

    private static final String SECRET = "fixture-app-secret";
    private final ObjectMapper mapper = new ObjectMapper();
    private final MetaNormalizer normalizer = new MetaNormalizer(mapper);

    @Test
    void fixtureSignaturesVerifyAndTamperingIsRefused() throws IOException {
        byte[] text = fixture("meta-text.json");
        String signature = "sha256=89ef87edb876970e4e62788159d7a6745f8f89e76668a8496831606362847a21";
        assertTrue(MetaSignature.valid(text, signature, SECRET));
        assertFalse(MetaSignature.valid(text, signature, "another-secret"));
        text[text.length / 2] ^= 1;
        assertFalse(MetaSignature.valid(text, signature, SECRET));
        assertFalse(MetaSignature.valid(fixture("meta-text.json"), null, SECRET));
        assertFalse(MetaSignature.valid(fixture("meta-text.json"), "sha256=zz", SECRET));
    }

    @Test
    void inboundTextBecomesOneMessageReceived() throws IOException {
        List<InboundEvent> events = normalizer.normalize(mapper.readTree(fixture("meta-text.json")), "109876543210001");
        assertEquals(1, events.size());
        InboundEvent event = events.get(0);
        assertEquals(EventTypes.MESSAGE_RECEIVED, event.type());
        assertEquals("5511999990001", event.payload().get("from").asText());
        assertEquals("Maria Silva", event.payload().get("profileName").asText());
        assertEquals("text", event.payload().get("type").asText());
        assertEquals("Oi! Vocês têm horário amanhã de manhã?", event.payload().get("text").asText());
        assertEquals("2025-11-23T10:15:30Z", event.payload().get("timestamp").asText());
    }

    @Test
    void statusBecomesStatusReported() throws IOException {
        var root = mapper.readTree(fixture("meta-status-delivered.json"));
        List<InboundEvent> events = normalizer.normalize(root, "109876543210001");
        assertEquals(1, events.size());
        assertEquals(EventTypes.MESSAGE_STATUS_REPORTED, events.get(0).type());
        assertEquals("delivered", events.get(0).payload().get("status").asText());
        assertEquals(0, normalizer.normalize(root, "another-number").size(), "other numbers' changes are skipped");
    }

    @Test
    void unknownTypesAreKeptAsUnsupported() throws IOException {
        String body = new String(fixture("meta-text.json")).replace("\"type\": \"text\"", "\"type\": \"hologram\"");
        InboundEvent event = normalizer.normalize(mapper.readTree(body), "109876543210001").get(0);
        assertEquals("unsupported", event.payload().get("type").asText());
        assertEquals("hologram", event.payload().get("providerType").asText());
        assertTrue(event.payload().has("raw"));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = MetaWebhookFixturesTest.class.getResourceAsStream("/meta/" + name)) {
            return in.readAllBytes();
        }
    }
}
