package com.waplatform.system;

import static com.waplatform.system.MetaPayloads.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every documented Meta webhook kind, posted byte for byte with its signature through the public edge, becomes
 * the expected canonical events on {@code whatsapp.inbound}; tampered bodies are refused and publish nothing; a
 * duplicate delivery publishes nothing new.
 */
class MetaWebhookTypesTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static CloudApiNumber number;

    @BeforeAll
    static void connect() {
        number = CloudApiNumber.connect("acme-admin", false);
    }

    @Test
    void everyMessageKindIsNormalized() {
        String from = Conversations.randomCustomer();
        Map<String, String> ids = new HashMap<>();
        for (String kind : List.of("text", "image", "audio", "video", "document", "sticker", "location", "contacts",
                "button_reply", "list_reply", "button", "reaction", "unreaction", "reply", "order2")) {
            ids.put(kind, "wamid.T" + kind + UUID.randomUUID().toString().replace("-", ""));
        }
        String value = MetaPayloads.messages(number.phoneNumberId(), from, "Ana Types",
                message(ids.get("text"), from, "text", "{\"body\":\"hello types\"}"),
                message(ids.get("image"), from, "image", "{\"caption\":\"a photo\",\"mime_type\":\"image/jpeg\","
                        + "\"sha256\":\"abc\",\"id\":\"1001\"}"),
                message(ids.get("audio"), from, "audio", "{\"mime_type\":\"audio/ogg; codecs=opus\",\"sha256\":\"a\","
                        + "\"id\":\"1002\",\"voice\":true}"),
                message(ids.get("video"), from, "video", "{\"mime_type\":\"video/mp4\",\"sha256\":\"v\",\"id\":\"1003\"}"),
                message(ids.get("document"), from, "document", "{\"caption\":\"invoice\",\"filename\":\"inv.pdf\","
                        + "\"mime_type\":\"application/pdf\",\"sha256\":\"d\",\"id\":\"1004\"}"),
                message(ids.get("sticker"), from, "sticker", "{\"mime_type\":\"image/webp\",\"sha256\":\"s\","
                        + "\"id\":\"1005\",\"animated\":false}"),
                message(ids.get("location"), from, "location", "{\"latitude\":-23.5505,\"longitude\":-46.6333,"
                        + "\"name\":\"Paulista\",\"address\":\"Av. Paulista, 1000\"}"),
                message(ids.get("contacts"), from, "contacts", "[{\"name\":{\"formatted_name\":\"Rui\","
                        + "\"first_name\":\"Rui\"},\"phones\":[{\"phone\":\"+55 11 90000-0000\",\"type\":\"CELL\"}]}]"),
                message(ids.get("button_reply"), from, "interactive", "{\"type\":\"button_reply\",\"button_reply\":"
                        + "{\"id\":\"yes\",\"title\":\"Yes\"}}"),
                message(ids.get("list_reply"), from, "interactive", "{\"type\":\"list_reply\",\"list_reply\":"
                        + "{\"id\":\"slot-9\",\"title\":\"9:00\",\"description\":\"Morning\"}}"),
                message(ids.get("button"), from, "button", "{\"payload\":\"CONFIRM\",\"text\":\"Confirm\"}"),
                message(ids.get("reaction"), from, "reaction", "{\"message_id\":\"wamid.X1\",\"emoji\":\"👍\"}"),
                message(ids.get("unreaction"), from, "reaction", "{\"message_id\":\"wamid.X1\"}"),
                MetaPayloads.reply(ids.get("reply"), from, "answering", "wamid.ORIGINAL"),
                message(ids.get("order2"), from, "order2", "{\"catalog_id\":\"1\"}"));
        try (TopicTail inbound = TopicTail.of("whatsapp.inbound")) {
            post(MetaPayloads.body(List.of(List.of(value))), 200);
            List<JsonNode> events = inbound.read(e -> number.connectionId().equals(e.path("connectionId").asText()),
                    WAIT, found -> found.size() >= ids.size());
            Map<String, JsonNode> byId = new HashMap<>();
            events.forEach(e -> byId.put(e.path("payload").path("providerMessageId").asText(), e.path("payload")));
            assertEquals(ids.size(), byId.size(), "one event per message: " + events);
            assertEquals("hello types", byId.get(ids.get("text")).path("text").asText());
            assertEquals("Ana Types", byId.get(ids.get("text")).path("profileName").asText());
            assertEquals(from, byId.get(ids.get("text")).path("from").asText());
            assertEquals("2025-11-23T10:15:30Z", byId.get(ids.get("text")).path("timestamp").asText());
            for (String media : List.of("image", "audio", "video", "document", "sticker")) {
                assertEquals(media, byId.get(ids.get(media)).path("type").asText());
                assertTrue(byId.get(ids.get(media)).path("content").path("id").isTextual(), media);
            }
            assertEquals("a photo", byId.get(ids.get("image")).path("content").path("caption").asText());
            assertEquals(-23.5505, byId.get(ids.get("location")).path("content").path("latitude").asDouble());
            assertEquals("Rui", byId.get(ids.get("contacts")).path("content").get(0).path("name")
                    .path("first_name").asText());
            assertEquals("yes", byId.get(ids.get("button_reply")).path("content").path("button_reply").path("id")
                    .asText());
            assertEquals("slot-9", byId.get(ids.get("list_reply")).path("content").path("list_reply").path("id")
                    .asText());
            assertEquals("CONFIRM", byId.get(ids.get("button")).path("content").path("payload").asText());
            assertEquals("👍", byId.get(ids.get("reaction")).path("content").path("emoji").asText());
            assertTrue(byId.get(ids.get("unreaction")).path("content").path("emoji").isMissingNode());
            assertEquals("wamid.ORIGINAL", byId.get(ids.get("reply")).path("replyTo").asText());
            JsonNode unknown = byId.get(ids.get("order2"));
            assertEquals("unsupported", unknown.path("type").asText());
            assertEquals("order2", unknown.path("providerType").asText());
            assertEquals("1", unknown.path("raw").path("order2").path("catalog_id").asText());
        }
    }

    @Test
    void statusesErrorsAndBatchesAreReadCompletely() {
        String to = Conversations.randomCustomer();
        String sentId = "wamid.S" + UUID.randomUUID();
        String body = MetaPayloads.body(List.of(
                List.of(MetaPayloads.statuses(number.phoneNumberId(), MetaPayloads.status(sentId, "sent", to),
                                MetaPayloads.status(sentId, "delivered", to)),
                        MetaPayloads.statuses(number.phoneNumberId(), MetaPayloads.status(sentId, "read", to))),
                List.of(MetaPayloads.statuses(number.phoneNumberId(), MetaPayloads.status(sentId, "played", to),
                                MetaPayloads.status(sentId, "failed", to)),
                        MetaPayloads.errors(number.phoneNumberId()))));
        try (TopicTail inbound = TopicTail.of("whatsapp.inbound")) {
            post(body, 200);
            List<JsonNode> events = inbound.read(e -> number.connectionId().equals(e.path("connectionId").asText()),
                    WAIT, found -> found.size() >= 6);
            List<String> statuses = events.stream().filter(e -> "message.status.reported".equals(e.path("type")
                    .asText())).map(e -> e.path("payload").path("status").asText()).sorted().toList();
            assertEquals(List.of("delivered", "failed", "played", "read", "sent"), statuses);
            JsonNode failed = events.stream().filter(e -> "failed".equals(e.path("payload").path("status").asText()))
                    .findFirst().orElseThrow().path("payload");
            assertEquals(131026, failed.path("errors").get(0).path("code").asInt());
            assertTrue(events.stream().anyMatch(e -> "provider.error.reported".equals(e.path("type").asText())
                    && e.path("payload").path("errors").get(0).path("code").asInt() == 131051));
        }
    }

    @Test
    void tamperedBodiesAreRefusedAndDuplicatesPublishNothingNew() {
        String from = Conversations.randomCustomer();
        String id = "wamid.D" + UUID.randomUUID();
        String body = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), from, "Dup",
                message(id, from, "text", "{\"body\":\"only once\"}")))));
        String tamperedId = "wamid.F" + UUID.randomUUID();
        String tampered = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), from,
                "Forger", message(tamperedId, from, "text", "{\"body\":\"forged\"}")))));
        try (TopicTail inbound = TopicTail.of("whatsapp.inbound"); TopicTail raw = TopicTail.of("webhook.raw")) {
            String signature = MetaPayloads.sign(tampered.getBytes(StandardCharsets.UTF_8), number.appSecret());
            Stack.anonymous().header("X-Hub-Signature-256", signature).body(tampered.replace("forged", "f0rged"))
                    .post("/webhooks/meta/" + number.connectionId()).then().statusCode(401);
            Stack.anonymous().body(tampered).post("/webhooks/meta/" + number.connectionId()).then().statusCode(401);
            for (int i = 0; i < 3; i++) {
                post(body, 200);
            }
            List<JsonNode> events = inbound.ofConnection(number.connectionId(), Duration.ofSeconds(5));
            assertEquals(1, events.stream().filter(e -> id.equals(e.path("payload").path("providerMessageId")
                    .asText())).count(), "a duplicate was published again");
            assertFalse(events.toString().contains(tamperedId), "a refused webhook was published");
            List<JsonNode> raws = raw.ofConnection(number.connectionId(), Duration.ofSeconds(2));
            assertEquals(3, raws.size(), "each accepted delivery is kept raw, refused ones are not");
        }
    }

    private static void post(String body, int status) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Stack.anonymous().header("X-Hub-Signature-256", MetaPayloads.sign(bytes, number.appSecret()))
                .body(bytes).post("/webhooks/meta/" + number.connectionId()).then().statusCode(status);
    }
}
