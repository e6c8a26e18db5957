package com.waplatform.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every Evolution v2 event the platform reads, posted with the connection's secret header through the public
 * edge: messages of each kind and delivery acks to {@code whatsapp.inbound}, connection state and QR codes to
 * {@code session.events}; timestamps and JIDs normalized.
 */
class EvolutionWebhookTypesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void everyEventKindIsNormalized() {
        EvolutionNumber number = EvolutionNumber.create("acme-admin");
        try (TopicTail inbound = TopicTail.of("whatsapp.inbound"); TopicTail session = TopicTail.of("session.events")) {
            String secret = number.webhookSecret();
            String jid = Conversations.randomCustomer() + "@s.whatsapp.net";
            Map<String, String> ids = new HashMap<>();
            Map<String, String> messages = Map.of(
                    "conversation", "{\"conversation\":\"olá\"}",
                    "extended", "{\"extendedTextMessage\":{\"text\":\"respondendo\",\"contextInfo\":{\"stanzaId\":"
                            + "\"ORIGINAL1\"}}}",
                    "image", "{\"imageMessage\":{\"url\":\"https://mmg.whatsapp.net/i\",\"mimetype\":\"image/jpeg\","
                            + "\"caption\":\"foto\"}}",
                    "audio", "{\"audioMessage\":{\"url\":\"https://mmg.whatsapp.net/a\",\"mimetype\":\"audio/ogg\","
                            + "\"ptt\":true}}",
                    "video", "{\"videoMessage\":{\"url\":\"https://mmg.whatsapp.net/v\",\"mimetype\":\"video/mp4\"}}",
                    "document", "{\"documentMessage\":{\"url\":\"https://mmg.whatsapp.net/d\",\"fileName\":\"a.pdf\"}}",
                    "sticker", "{\"stickerMessage\":{\"url\":\"https://mmg.whatsapp.net/s\",\"mimetype\":\"image/webp\"}}",
                    "location", "{\"locationMessage\":{\"degreesLatitude\":-23.55,\"degreesLongitude\":-46.63}}");
            for (Map.Entry<String, String> m : messages.entrySet()) {
                String id = "EVO" + m.getKey().toUpperCase() + UUID.randomUUID().toString().replace("-", "");
                ids.put(m.getKey(), id);
                post(number, secret, "messages.upsert", "{\"key\":{\"remoteJid\":\"" + jid + "\",\"fromMe\":false,"
                        + "\"id\":\"" + id + "\"},\"pushName\":\"Cliente\",\"message\":" + m.getValue()
                        + ",\"messageTimestamp\":1763892930}");
            }
            String sentId = "3EB0" + UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase();
            post(number, secret, "send.message", "{\"key\":{\"remoteJid\":\"" + jid + "\",\"fromMe\":true,\"id\":\""
                    + sentId + "\"},\"message\":{\"conversation\":\"x\"},\"status\":\"SERVER_ACK\","
                    + "\"messageTimestamp\":1763893000}");
            for (String ack : List.of("DELIVERY_ACK", "READ", "PLAYED", "ERROR")) {
                post(number, secret, "messages.update", "{\"keyId\":\"" + sentId + "\",\"remoteJid\":\"" + jid
                        + "\",\"fromMe\":true,\"status\":\"" + ack + "\"}");
            }
            post(number, secret, "connection.update", "{\"instance\":\"" + number.instanceName() + "\",\"state\":"
                    + "\"connecting\",\"statusReason\":200}");

            List<JsonNode> events = inbound.read(e -> number.connectionId().equals(e.path("connectionId").asText()),
                    WAIT, found -> found.size() >= messages.size() + 5);
            Map<String, JsonNode> received = new HashMap<>();
            events.stream().filter(e -> "message.received".equals(e.path("type").asText()))
                    .forEach(e -> received.put(e.path("payload").path("providerMessageId").asText(), e.path("payload")));
            assertEquals(messages.size(), received.size(), "one event per message: " + events);
            JsonNode text = received.get(ids.get("conversation"));
            assertEquals("olá", text.path("text").asText());
            assertEquals(jid.substring(0, jid.indexOf('@')), text.path("from").asText());
            assertEquals("2025-11-23T10:15:30Z", text.path("timestamp").asText());
            assertEquals("ORIGINAL1", received.get(ids.get("extended")).path("replyTo").asText());
            for (String media : List.of("image", "audio", "video", "document", "sticker", "location")) {
                assertEquals(media, received.get(ids.get(media)).path("type").asText(), media);
            }
            assertEquals("foto", received.get(ids.get("image")).path("content").path("caption").asText());
            List<String> statuses = events.stream().filter(e -> "message.status.reported".equals(e.path("type")
                    .asText())).map(e -> e.path("payload").path("status").asText()).sorted().toList();
            // PLAYED is read again for the same message: the duplicate fast path publishes it once
            assertEquals(List.of("delivered", "failed", "read", "sent"), statuses);

            List<JsonNode> connection = session.read(e -> number.connectionId().equals(e.path("connectionId")
                    .asText()) && "connection.provider.state".equals(e.path("type").asText()), WAIT,
                    found -> !found.isEmpty());
            assertTrue(connection.stream().anyMatch(e -> "connecting".equals(e.path("payload").path("state").asText())));
        } finally {
            number.delete();
        }
    }

    private static void post(EvolutionNumber number, String secret, String event, String data) {
        String body = "{\"event\":\"" + event + "\",\"instance\":\"" + number.instanceName() + "\",\"data\":" + data
                + ",\"destination\":\"x\",\"date_time\":\"2025-11-23T07:15:31.402Z\",\"server_url\":\"x\","
                + "\"apikey\":\"x\"}";
        Stack.anonymous().header("X-Wa-Connection-Secret", secret).body(body)
                .post("/webhooks/evolution/" + number.connectionId()).then().statusCode(200);
    }
}
