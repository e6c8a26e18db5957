package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Platform staff re-publish a time range of raw webhooks (after a consumer bug, say): the events appear on
 * {@code whatsapp.inbound} again, and the idempotent consumers still keep each message once.
 */
class ReplayTest {

    @Test
    void aReplayRepublishesTheRangeAndConsumersKeepOneCopy() throws Exception {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin", false);
        String from = Conversations.randomCustomer();
        String id = "wamid.R" + UUID.randomUUID();
        String text = "replayed " + UUID.randomUUID();
        Instant before = Instant.now().minusSeconds(1);
        byte[] body = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), from,
                "Replay", MetaPayloads.message(id, from, "text", "{\"body\":\"" + text + "\"}")))))
                .getBytes(StandardCharsets.UTF_8);
        Stack.anonymous().header("X-Hub-Signature-256", MetaPayloads.sign(body, number.appSecret())).body(body)
                .post("/webhooks/meta/" + number.connectionId()).then().statusCode(200);
        String conversationId = Conversations.of("acme-agent", number.connectionId(), from);
        Thread.sleep(1000);
        Instant after = Instant.now();

        String range = "{\"from\":\"" + before + "\",\"to\":\"" + after + "\",\"connectionId\":\""
                + number.connectionId() + "\"}";
        Stack.as("acme-admin").body(range).post("/api/admin/webhooks/replay").then().statusCode(403);
        Stack.anonymous().body(range).post("/api/admin/webhooks/replay").then().statusCode(401);
        Stack.as("platform").body("{\"from\":\"yesterday\",\"to\":\"" + after + "\"}")
                .post("/api/admin/webhooks/replay").then().statusCode(400);
        Stack.as("platform").body("{\"from\":\"" + after + "\",\"to\":\"" + before + "\"}")
                .post("/api/admin/webhooks/replay").then().statusCode(422);

        try (TopicTail inbound = TopicTail.of("whatsapp.inbound")) {
            String job = Stack.as("platform").body(range).post("/api/admin/webhooks/replay").then().statusCode(202)
                    .extract().path("id");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Stack.as("platform")
                    .get("/api/admin/webhooks/replay/" + job).then().statusCode(200).body("state", equalTo("DONE")));
            Stack.as("platform").get("/api/admin/webhooks/replay/" + job).then()
                    .body("replayedWebhooks", equalTo(1)).body("publishedEvents", equalTo(1));
            List<JsonNode> again = inbound.read(e -> id.equals(e.path("payload").path("providerMessageId").asText()),
                    Duration.ofSeconds(20), found -> !found.isEmpty());
            assertEquals(1, again.size(), "the replayed event is on whatsapp.inbound again");
        }
        Thread.sleep(2000);
        List<String> texts = Stack.as("acme-agent").get("/api/conversations/" + conversationId + "/messages").then()
                .statusCode(200).extract().path("text");
        assertEquals(1, texts.stream().filter(text::equals).count(), "the consumers kept one copy");
        String audit = Stack.as("platform").get("/api/audit?action=webhooks.replay").asString();
        assertTrue(audit.contains("webhooks.replay"), "the replay is in the audit log: " + audit);
    }
}
