package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/**
 * Cloud API connections: credentials Meta rejects are refused with the field named and nothing stored; a
 * connected number sends every message type the Graph API takes, shaped as Meta documents it.
 */
class CloudApiConnectionTest {

    @Test
    void badCredentialsAreRefusedNamingWhatIsWrong() {
        String phoneNumberId = "10" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        Stack.simulator().body("{\"phoneNumberId\":\"%s\",\"accessToken\":\"EAAG-right\",\"appSecret\":\"right\"}"
                .formatted(phoneNumberId)).post("/control/meta/numbers").then().statusCode(200);
        String body = "{\"type\":\"CLOUD_API\",\"name\":\"Bad\",\"phoneNumberId\":\"%s\",\"businessAccountId\":\"1\","
                + "\"accessToken\":\"%s\",\"appSecret\":\"%s\"}";
        Stack.as("acme-admin").body(body.formatted(phoneNumberId, "EAAG-wrong", "right")).post("/api/connections")
                .then().statusCode(422).body("detail", containsString("accessToken"));
        Stack.as("acme-admin").body(body.formatted(phoneNumberId, "EAAG-right", "wrong")).post("/api/connections")
                .then().statusCode(422).body("detail", containsString("appSecret"));
        Stack.as("acme-admin").body(body.formatted("99" + phoneNumberId, "EAAG-right", "right"))
                .post("/api/connections").then().statusCode(422).body("detail", containsString("phoneNumberId"));
        String list = Stack.as("acme-admin").get("/api/connections").asString();
        assertTrue(!list.contains(phoneNumberId), "a refused connection was stored");
    }

    @Test
    void everyMessageTypeGoesOutShapedAsMetaDocumentsIt() throws Exception {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin", false);
        String to = Conversations.randomCustomer();
        List<String> payloads = List.of(
                "{\"type\":\"image\",\"media\":{\"link\":\"https://example.com/cat.png\",\"caption\":\"A cat\"}}",
                "{\"type\":\"document\",\"media\":{\"id\":\"1234567890\",\"filename\":\"invoice.pdf\"}}",
                "{\"type\":\"audio\",\"media\":{\"link\":\"https://example.com/hello.ogg\",\"caption\":\"dropped\"}}",
                "{\"type\":\"video\",\"media\":{\"link\":\"https://example.com/clip.mp4\"}}",
                "{\"type\":\"interactive\",\"interactive\":{\"type\":\"button\",\"body\":{\"text\":\"Tomorrow?\"},"
                        + "\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"yes\",\"title\":\"Yes\"}}]}}}",
                "{\"type\":\"template\",\"template\":{\"name\":\"appointment_reminder\",\"language\":{\"code\":\"pt_BR\"}}}");
        try (KafkaProducer<String, String> producer = SendLimitsTest.producer()) {
            for (String p : payloads) {
                producer.send(SendLimitsTest.command(number.connectionId(), to, p)).get();
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> sent(number).size() >= payloads.size());
        List<JsonNode> sent = sent(number);
        JsonNode image = byType(sent, "image");
        assertEquals("https://example.com/cat.png", image.path("body").path("link").asText());
        assertEquals("A cat", image.path("body").path("caption").asText());
        JsonNode document = byType(sent, "document");
        assertEquals("1234567890", document.path("body").path("id").asText());
        assertEquals("invoice.pdf", document.path("body").path("filename").asText());
        assertTrue(byType(sent, "audio").path("body").path("caption").isMissingNode(), "audio has no caption");
        assertEquals("yes", byType(sent, "interactive").path("body").path("action").path("buttons").get(0)
                .path("reply").path("id").asText());
        assertEquals("appointment_reminder", byType(sent, "template").path("body").path("name").asText());
        byType(sent, "video");
    }

    private static JsonNode byType(List<JsonNode> sent, String type) {
        return sent.stream().filter(m -> type.equals(m.path("type").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " message reached Meta"));
    }

    private static List<JsonNode> sent(CloudApiNumber number) {
        List<JsonNode> all = new java.util.ArrayList<>();
        Stack.json(Stack.simulator().get("/control/meta/numbers/" + number.phoneNumberId() + "/sent").asString())
                .forEach(all::add);
        return all;
    }
}
