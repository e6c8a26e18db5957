package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed 003's flow with the tenant's automation (n8n): a customer's message goes to the automation, signed; the bot
 * answers through the API key, keeps attributes and escalates; while a person owns the conversation nothing is
 * forwarded; a dead automation ends in the dead letters (retry-able) without holding up another tenant's.
 */
class AutomationTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    void theBotAnswersEscalatesAndIsSilencedWhileAPersonOwnsTheConversation() {
        try (AutomationEndpoint n8n = AutomationEndpoint.start();
                BotSettings bot = BotSettings.enable("globex-admin", n8n.url())) {
            CloudApiNumber number = CloudApiNumber.connect("globex-admin");
            String key = Stack.as("globex-admin").body("{\"name\":\"n8n\"}").post("/api/tenant/api-keys")
                    .then().statusCode(201).extract().path("key");
            String secret = Stack.as("globex-admin").get("/api/automation/setup/signing-secret").then()
                    .statusCode(200).extract().path("secret");
            String[] thread = bot.newBotConversation(number, "globex-agent");
            String customer = thread[0];
            String id = thread[1];

            await().atMost(WAIT).until(() -> !n8n.about(id).isEmpty());
            AutomationEndpoint.Received first = n8n.about(id).get(0);
            assertTrue(first.signedWith(secret), "the request is signed with the tenant's secret");
            assertFalse(first.signedWith(secret + "x"));
            assertEquals("message.received", first.event());
            assertEquals(customer, first.json().path("contact").path("waId").asText());
            assertEquals("BOT", first.json().path("conversation").path("owner").asText());

            String api = "/api/automation/conversations/" + id;
            String reply = Stack.anonymous().header("X-API-Key", key).body("{\"text\":\"Hi, I am the bot\"}")
                    .post(api + "/messages").then().statusCode(202).body("sender", equalTo("BOT"))
                    .extract().path("id");
            Conversations.awaitStatus("globex-agent", id, reply, "READ");
            Stack.anonymous().header("X-API-Key", key).body("{\"plan\":\"gold\",\"step\":2}")
                    .patch(api + "/attributes").then().statusCode(200).body("attributes.plan", equalTo("gold"));
            Stack.anonymous().header("X-API-Key", key).body("{\"step\":null}").patch(api + "/attributes").then()
                    .statusCode(200).body("attributes", equalTo(Map.of("plan", "gold")));
            Stack.as("globex-agent").get("/api/conversations/" + id).then().body("attributes.plan", equalTo("gold"));

            Stack.anonymous().header("X-API-Key", key).body("{\"reason\":\"wants a refund\"}")
                    .post(api + "/escalate").then().statusCode(200).body("owner", equalTo("HUMAN"))
                    .body("handoffReason", equalTo("wants a refund"));
            Stack.anonymous().header("X-API-Key", key).body("{\"text\":\"still me\"}").post(api + "/messages")
                    .then().statusCode(409).body("detail", containsString("taken over"));
            number.customerWrites("+" + customer, "Bot customer", "while a person answers");
            await().atMost(WAIT).untilAsserted(() -> Stack.as("globex-agent").get("/api/conversations/" + id
                    + "/messages").then().body("text", hasItem("while a person answers")));
            Stack.as("globex-agent").post("/api/conversations/" + id + "/handback").then().statusCode(200)
                    .body("owner", equalTo("BOT"));
            number.customerWrites("+" + customer, "Bot customer", "back with the bot");
            await().atMost(WAIT).until(() -> texts(n8n, id).contains("back with the bot"));
            assertFalse(texts(n8n, id).contains("while a person answers"),
                    "nothing is forwarded while a person owns the conversation: " + texts(n8n, id));

            // the key: missing, wrong, another tenant's conversation, bad input
            Stack.anonymous().get(api).then().statusCode(401).body("detail", containsString("X-API-Key"));
            Stack.anonymous().header("X-API-Key", "wak_nope_nope").get(api).then().statusCode(401);
            Stack.as("globex-admin").get(api).then().statusCode(401);
            String acmeThread = acmeConversation();
            Stack.anonymous().header("X-API-Key", key).get("/api/automation/conversations/" + acmeThread).then()
                    .statusCode(404);
            Stack.anonymous().header("X-API-Key", key).body("{\"text\":\"x\"}")
                    .post("/api/automation/conversations/" + acmeThread + "/messages").then().statusCode(404);
            Stack.anonymous().header("X-API-Key", key).body("[1]").patch(api + "/attributes").then()
                    .statusCode(422).body("detail", containsString("JSON object"));
            Stack.anonymous().header("X-API-Key", key).body("{\"nested\":{\"a\":1}}").patch(api + "/attributes")
                    .then().statusCode(422).body("detail", containsString("nested"));
            Stack.anonymous().header("X-API-Key", key).body("{\"type\":\"image\",\"media\":{}}")
                    .post(api + "/messages").then().statusCode(422).body("detail", containsString("link"));
        }
    }

    @Test
    void aDeadAutomationEndsInTheDeadLettersWithoutHoldingUpAnotherTenant() {
        try (AutomationEndpoint globexN8n = AutomationEndpoint.start();
                AutomationEndpoint acmeN8n = AutomationEndpoint.start();
                BotSettings globexBot = BotSettings.enable("globex-admin", globexN8n.url());
                BotSettings acmeBot = BotSettings.enable("acme-admin", acmeN8n.url())) {
            acmeN8n.answer(500);
            CloudApiNumber acmeNumber = CloudApiNumber.connect("acme-admin");
            CloudApiNumber globexNumber = CloudApiNumber.connect("globex-admin");
            String acmeId = acmeBot.newBotConversation(acmeNumber, "acme-agent")[1];
            String globexId = globexBot.newBotConversation(globexNumber, "globex-agent")[1];

            // globex's automation gets its message while acme's keeps failing
            await().atMost(WAIT).until(() -> !globexN8n.about(globexId).isEmpty());
            await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-admin")
                    .get("/api/automation/setup/deliveries?status=DEAD").then().statusCode(200)
                    .body("conversationId", hasItem(acmeId)));
            String dead = Stack.as("acme-admin").get("/api/automation/setup/deliveries?status=DEAD").then()
                    .extract().path("find { it.conversationId == '" + acmeId + "' }.id");
            Stack.as("acme-admin").get("/api/automation/setup/deliveries?status=DEAD").then()
                    .body("find { it.id == '" + dead + "' }.lastError", containsString("500"))
                    .body("find { it.id == '" + dead + "' }.attempts", equalTo(4));
            assertTrue(acmeN8n.about(acmeId).size() >= 4, "every attempt reached the automation");
            Stack.as("globex-admin").get("/api/automation/setup/deliveries?status=DEAD").then()
                    .body("id", org.hamcrest.Matchers.not(hasItem(dead)));
            Stack.as("globex-admin").post("/api/automation/setup/deliveries/" + dead + "/retry").then()
                    .statusCode(404);
            Stack.as("acme-agent").get("/api/automation/setup/deliveries").then().statusCode(403);

            // the automation is fixed; the dead letter is retried and delivered
            acmeN8n.answer(200);
            Stack.as("acme-admin").post("/api/automation/setup/deliveries/" + dead + "/retry").then()
                    .statusCode(200).body("status", equalTo("PENDING"));
            await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-admin")
                    .get("/api/automation/setup/deliveries?status=DELIVERED").then()
                    .body("id", hasItem(dead)));
            Stack.as("acme-admin").post("/api/automation/setup/deliveries/" + dead + "/retry").then()
                    .statusCode(409);
        }
    }

    private static List<String> texts(AutomationEndpoint n8n, String conversationId) {
        return n8n.about(conversationId).stream().map(r -> r.json().path("message").path("text").asText()).toList();
    }

    private static String acmeConversation() {
        CloudApiNumber acme = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        acme.customerWrites("+" + customer, "Acme customer", "hello acme");
        return Conversations.of("acme-agent", acme.connectionId(), customer);
    }
}
