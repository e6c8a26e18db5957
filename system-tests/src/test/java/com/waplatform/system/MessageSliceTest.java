package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton's slice through all five services: a customer's message reaches the agents of its tenant
 * only, the agent's reply goes out through the tenant's own credentials, and its statuses come back live.
 */
class MessageSliceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static CloudApiNumber acmeNumber;

    @BeforeAll
    static void connectANumber() {
        acmeNumber = CloudApiNumber.connect("acme-admin");
    }

    @Test
    void inboundReachesOnlyItsTenantAndTheReplyIsDeliveredAndRead() {
        String waId = randomCustomer();
        String customer = "+" + waId.substring(0, 2) + " " + waId.substring(2);
        String text = "Hello from the system test " + UUID.randomUUID();
        try (LiveSocket acme = LiveSocket.open(Stack.token("acme-agent"));
                LiveSocket globex = LiveSocket.open(Stack.token("globex-agent"))) {
            await().atMost(WAIT).until(() -> !acme.frames("hello", f -> true).isEmpty()
                    && !globex.frames("hello", f -> true).isEmpty());

            acmeNumber.customerWrites(customer, "Maria Test", text);

            // the agent's socket gets the new message, live
            List<JsonNode> created = await().atMost(WAIT).until(
                    () -> acme.frames("conversation.message.created",
                            f -> text.equals(f.path("payload").path("message").path("text").asText())),
                    list -> !list.isEmpty());
            JsonNode payload = created.get(0).path("payload");
            String conversationId = payload.path("conversationId").asText();
            assertEquals(waId, payload.path("contact").path("waId").asText());

            // and the inbox API has it, scoped to the tenant
            Stack.as("acme-agent").get("/api/conversations/" + conversationId + "/messages")
                    .then().statusCode(200).body("text", org.hamcrest.Matchers.hasItem(text));
            Stack.as("globex-agent").get("/api/conversations/" + conversationId).then().statusCode(404);
            Stack.as("globex-agent").get("/api/conversations/" + conversationId + "/messages").then().statusCode(404);
            Stack.as("globex-agent").get("/api/conversations").then().statusCode(200)
                    .body("id", not(org.hamcrest.Matchers.hasItem(conversationId)));

            // the agent replies; it goes out through the tenant's own number at the simulated Meta
            String reply = "Reply " + UUID.randomUUID();
            String messageId = Stack.as("acme-agent").body("{\"text\":\"" + reply + "\"}")
                    .post("/api/conversations/" + conversationId + "/messages")
                    .then().statusCode(202).body("status", equalTo("PENDING")).extract().path("id");
            await().atMost(WAIT).until(() -> Stack.simulator().get("/control/meta/numbers/"
                    + acmeNumber.phoneNumberId() + "/sent").asString().contains(reply));

            // each status change reaches the socket, and the message ends READ
            for (String status : List.of("SENT", "DELIVERED", "READ")) {
                await().atMost(WAIT).until(() -> !acme.frames("conversation.message.status.changed",
                        f -> messageId.equals(f.path("payload").path("messageId").asText())
                                && status.equals(f.path("payload").path("status").asText())).isEmpty());
            }
            await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-agent")
                    .get("/api/conversations/" + conversationId + "/messages").then().statusCode(200)
                    .body("find { it.id == '" + messageId + "' }.status", equalTo("READ"))
                    .body("find { it.id == '" + messageId + "' }.providerMessageId", containsString("wamid.")));

            // the other tenant's agent, connected all along, saw none of it
            assertTrue(globex.all().stream().allMatch(f -> "hello".equals(f.path("type").asText())
                    || !acmeTenant().equals(f.path("tenantId").asText())), "globex saw an acme event");
            assertTrue(globex.all().stream().noneMatch(f -> f.toString().contains(text)
                    || f.toString().contains(reply)), "globex saw acme's conversation");
        }
    }

    @Test
    void aWebhookWithAWrongSignatureIs401AndStoresNothing() throws Exception {
        String text = "forged " + UUID.randomUUID();
        String customer = randomCustomer();
        String body = """
                {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550001111","phone_number_id":"%s"},
                "contacts":[{"profile":{"name":"Mallory"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"wamid.forged%s","timestamp":"%d","type":"text",
                "text":{"body":"%s"}}]}}]}]}""".formatted(acmeNumber.phoneNumberId(), customer, customer, UUID.randomUUID(),
                Instant.now().getEpochSecond(), text);
        String path = "/webhooks/meta/" + acmeNumber.connectionId();
        Stack.anonymous().header("X-Hub-Signature-256", sign(body, "not-the-app-secret")).body(body).post(path)
                .then().statusCode(401);
        Stack.anonymous().body(body).post(path).then().statusCode(401);
        Stack.anonymous().header("X-Hub-Signature-256", sign(body, acmeNumber.appSecret())).body(body)
                .post("/webhooks/meta/" + UUID.randomUUID()).then().statusCode(404);

        // a correctly signed control message sent afterwards arrives, the forged one never did
        String control = "control " + UUID.randomUUID();
        acmeNumber.customerWrites("+" + customer, "Mallory", control);
        String thread = "find { it.contact.waId == '" + customer + "' && it.connectionId == '"
                + acmeNumber.connectionId() + "' }.id";
        String inbox = "/api/conversations?connectionId=" + acmeNumber.connectionId();
        await().atMost(WAIT).until(() -> Stack.as("acme-agent").get(inbox)
                .then().extract().path(thread) != null);
        String conversationId = Stack.as("acme-agent").get(inbox).then().extract().path(thread);
        await().atMost(WAIT).until(() -> Stack.as("acme-agent")
                .get("/api/conversations/" + conversationId + "/messages").asString().contains(control));
        String messages = Stack.as("acme-agent").get("/api/conversations/" + conversationId + "/messages").asString();
        assertTrue(!messages.contains(text), "the forged message was stored");
    }

    @Test
    void metaVerificationHandshakeNeedsTheConnectionsToken() {
        Stack.anonymous().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "wrong")
                .queryParam("hub.challenge", "123").get("/webhooks/meta/" + acmeNumber.connectionId())
                .then().statusCode(403);
    }

    /** A customer number no other run used (E.164 digits). */
    private static String randomCustomer() {
        return "5511" + (900_000_000L + (long) (Math.random() * 99_999_999L));
    }

    @Test
    void aNumberIsConnectedOncePlatformWide() {
        String body = "{\"type\":\"CLOUD_API\",\"name\":\"Again\",\"phoneNumberId\":\"" + acmeNumber.phoneNumberId()
                + "\",\"businessAccountId\":\"20" + acmeNumber.phoneNumberId() + "\",\"accessToken\":\"EAAG-test-"
                + acmeNumber.phoneNumberId() + "\",\"appSecret\":\"" + acmeNumber.appSecret() + "\"}";
        for (String admin : List.of("acme-admin", "globex-admin")) {
            Stack.as(admin).body(body).post("/api/connections").then().statusCode(409)
                    .body("detail", equalTo("This phone number is already connected"));
        }
    }

    private static String acmeTenant() {
        return "a0000000-0000-4000-8000-000000000001";
    }

    private static String sign(String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
