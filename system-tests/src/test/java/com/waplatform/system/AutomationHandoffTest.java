package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A dead automation does not leave the customer unanswered: once the bot's delivery is a dead letter the
 * conversation goes to the tenant's people (owner HUMAN, "automation unavailable"), agents see it live, the tenant
 * admin sees it in the dead letters and the audit log. The forwarded message names the business number.
 */
class AutomationHandoffTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aDeadLetterHandsTheConversationToPeople() {
        try (AutomationEndpoint n8n = AutomationEndpoint.start();
                BotSettings bot = BotSettings.enable("globex-admin", n8n.url());
                LiveSocket agent = LiveSocket.open(Stack.token("globex-agent"))) {
            n8n.answer(503);
            CloudApiNumber number = CloudApiNumber.connect("globex-admin");
            String[] thread = bot.newBotConversation(number, "globex-agent");
            String id = thread[1];
            number.customerWrites("+" + thread[0], "Bot customer", "is anyone there?");

            await().atMost(WAIT).untilAsserted(() -> Stack.as("globex-agent").get("/api/conversations/" + id)
                    .then().statusCode(200).body("owner", equalTo("HUMAN"))
                    .body("handoffReason", equalTo("automation unavailable")));
            await().atMost(WAIT).until(() -> !agent.frames("conversation.updated",
                    f -> id.equals(f.path("payload").path("conversationId").asText())
                            && "HUMAN".equals(f.path("payload").path("owner").asText())
                            && "automation unavailable".equals(f.path("payload").path("handoffReason").asText()))
                    .isEmpty());
            Stack.as("globex-admin").get("/api/automation/setup/deliveries?status=DEAD").then().statusCode(200)
                    .body("find { it.conversationId == '" + id + "' }.lastError", startsWith("answered HTTP 503"));
            await().atMost(WAIT).untilAsserted(() -> Stack.as("globex-admin")
                    .get("/api/audit?action=conversation.handoff&size=200").then().statusCode(200)
                    .body("target", hasItem("conversation:" + id)));

            JsonNode connection = n8n.about(id).get(n8n.about(id).size() - 1).json().path("connection");
            assertEquals(number.connectionId(), connection.path("id").asText());
            assertEquals("Support line", connection.path("name").asText());
            assertTrue(connection.path("displayPhoneNumber").asText("").contains("5550001111"),
                    "the business number the customer wrote to: " + connection);
        }
    }
}
