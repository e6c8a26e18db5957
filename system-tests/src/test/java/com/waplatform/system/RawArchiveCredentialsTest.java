package com.waplatform.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Evolution puts the instance token in every body ({@code apikey}) and the QR code in its QR events: the archived
 * raw webhooks ({@code webhook.raw}) keep the rest of the body, never those.
 */
class RawArchiveCredentialsTest {

    @Test
    void theInstanceTokenAndTheQrCodeNeverReachTheArchive() {
        EvolutionNumber number = EvolutionNumber.create("acme-admin");
        String token = "TOKEN-" + UUID.randomUUID();
        String qr = "2@QR-" + UUID.randomUUID();
        try (TopicTail raw = TopicTail.of("webhook.raw")) {
            String secret = number.webhookSecret();
            post(number, secret, token, "messages.upsert", "{\"key\":{\"remoteJid\":\"5511999990001@s.whatsapp.net\","
                    + "\"fromMe\":false,\"id\":\"RAW" + UUID.randomUUID().toString().replace("-", "") + "\"},"
                    + "\"pushName\":\"Maria\",\"message\":{\"conversation\":\"the token of my gratitude\"},"
                    + "\"messageTimestamp\":1763892930}");
            post(number, secret, token, "qrcode.updated", "{\"qrcode\":{\"instance\":\"" + number.instanceName()
                    + "\",\"pairingCode\":\"WZYEH1YY\",\"code\":\"" + qr + "\",\"base64\":\"data:image/png;base64,"
                    + "iVBORw0KGgo\"}}");
            List<JsonNode> archived = raw.read(e -> number.connectionId().equals(e.path("connectionId").asText()),
                    Duration.ofSeconds(20), found -> found.size() >= 2);
            System.out.printf("raw archive: %d webhooks of the connection%n", archived.size());
            assertEquals(2, archived.size());
            String bodies = archived.stream().map(e -> e.path("payload").path("body").asText()).toList().toString();
            assertFalse(bodies.contains(token), "the instance token was archived: " + bodies);
            assertFalse(bodies.contains(qr) || bodies.contains("WZYEH1YY"), "a QR code was archived: " + bodies);
            assertTrue(bodies.contains("the token of my gratitude") && bodies.contains(number.instanceName()), bodies);
        } finally {
            number.delete();
        }
    }

    private static void post(EvolutionNumber number, String secret, String token, String event, String data) {
        String body = "{\"event\":\"" + event + "\",\"instance\":\"" + number.instanceName() + "\",\"data\":" + data
                + ",\"destination\":\"x\",\"date_time\":\"2025-11-23T07:15:31.402Z\",\"server_url\":\"x\","
                + "\"apikey\":\"" + token + "\"}";
        Stack.anonymous().header("X-Wa-Connection-Secret", secret).body(body)
                .post("/webhooks/evolution/" + number.connectionId()).then().statusCode(200);
    }
}
