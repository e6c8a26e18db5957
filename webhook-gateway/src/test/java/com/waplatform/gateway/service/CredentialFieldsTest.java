package com.waplatform.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** What Evolution puts in its bodies that would let someone act as the connection never reaches the archive. */
class CredentialFieldsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theInstanceTokenAndQrCodesAreTakenOutAndTheRestKept() throws IOException {
        JsonNode message = fixture("evolution-messages-upsert-text.json");
        JsonNode archived = CredentialFields.stripped(message);
        assertFalse(archived.toString().contains("8C2D4E6F-1A3B-4C5D-9E7F-0A1B2C3D4E5F"), archived.toString());
        assertTrue(message.has("apikey"), "the body the events are made of is left as it is");
        assertEquals(new EvolutionNormalizer(mapper).normalize(message).inbound().get(0).payload(),
                new EvolutionNormalizer(mapper).normalize(archived).inbound().get(0).payload(),
                "a replay of the archived body gives the same event");

        JsonNode qr = CredentialFields.stripped(fixture("evolution-qrcode-updated.json"));
        assertFalse(qr.path("data").path("qrcode").has("code"));
        assertFalse(qr.path("data").path("qrcode").has("base64"));
        assertFalse(qr.path("data").path("qrcode").has("pairingCode"));
        assertEquals("tenant-acme-01", qr.path("data").path("qrcode").path("instance").asText());
    }

    @Test
    void credentialLikeFieldsAreFoundAtAnyDepthWhateverTheirSpelling() throws IOException {
        JsonNode body = mapper.readTree("""
                {"event":"messages.upsert","API_KEY":"k1","data":{"message":{"imageMessage":{"url":"u",
                "mediaKey":"m1","caption":"a token of thanks"},"messageContextInfo":{"messageSecret":"s1"}},
                "list":[{"access-token":"t1","text":"secret plans"}]}}""");
        String archived = CredentialFields.stripped(body).toString();
        for (String gone : new String[] {"k1", "m1", "s1", "t1"}) {
            assertFalse(archived.contains(gone), gone + " still in " + archived);
        }
        assertTrue(archived.contains("a token of thanks") && archived.contains("secret plans"), archived);
    }

    private JsonNode fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/evolution/" + name)) {
            return mapper.readTree(in.readAllBytes());
        }
    }
}
