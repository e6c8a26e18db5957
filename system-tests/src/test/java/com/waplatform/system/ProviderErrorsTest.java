package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the provider's errors do to a send: throttling backs off and succeeds, a closed 24-hour window fails with
 * Meta's code and reason, an expired token fails the connection, an unreachable provider keeps the message until
 * it is back. Other numbers are never affected.
 */
class ProviderErrorsTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    @Test
    void throttlingBacksOffAndEventuallySucceeds() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String conversationId = conversation(number);
        fault(number, "{\"mode\":\"130429\",\"count\":3}");
        String messageId = Conversations.reply("acme-agent", conversationId, "after throttling " + UUID.randomUUID());
        Conversations.awaitStatus("acme-agent", conversationId, messageId, "READ");
    }

    @Test
    void outsideTheWindowFailsWithTheProvidersReason() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String conversationId = conversation(number);
        fault(number, "{\"mode\":\"131047\",\"count\":1}");
        String messageId = Conversations.reply("acme-agent", conversationId, "too late " + UUID.randomUUID());
        Conversations.awaitStatus("acme-agent", conversationId, messageId, "FAILED");
        assertEquals("131047", Conversations.field("acme-agent", conversationId, messageId, "errorCode"));
        assertTrue(Conversations.field("acme-agent", conversationId, messageId, "errorReason")
                .contains("Re-engagement message"));
    }

    @Test
    void anExpiredTokenFailsTheConnectionAndTellsTheTenant() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        CloudApiNumber other = CloudApiNumber.connect("acme-admin");
        String conversationId = conversation(number);
        String otherConversation = conversation(other);
        try (LiveSocket admin = LiveSocket.open(Stack.token("acme-admin"))) {
            await().atMost(WAIT).until(() -> !admin.frames("hello", f -> true).isEmpty());
            fault(number, "{\"mode\":\"190\"}");
            String messageId = Conversations.reply("acme-agent", conversationId, "expired " + UUID.randomUUID());
            Conversations.awaitStatus("acme-agent", conversationId, messageId, "FAILED");
            Stack.as("acme-admin").get("/api/connections/" + number.connectionId()).then()
                    .body("state", equalTo("FAILED")).body("stateReason", containsString("access token"));
            await().atMost(WAIT).until(() -> !admin.frames("connection.changed",
                    f -> number.connectionId().equals(f.path("connectionId").asText())
                            && "FAILED".equals(f.path("payload").path("state").asText())).isEmpty());
            // the tenant's other number is untouched
            String fine = Conversations.reply("acme-agent", otherConversation, "still fine " + UUID.randomUUID());
            Conversations.awaitStatus("acme-agent", otherConversation, fine, "READ");
        } finally {
            clear(number);
        }
    }

    @Test
    void anUnreachableProviderIsReportedAndTheMessageIsSentWhenItIsBack() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String conversationId = conversation(number);
        fault(number, "{\"mode\":\"down\"}");
        String text = "kept while down " + UUID.randomUUID();
        String messageId = Conversations.reply("acme-agent", conversationId, text);
        await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-admin")
                .get("/api/connections/" + number.connectionId()).then()
                .body("stateReason", containsString("cannot be reached")));
        assertEquals("PENDING", Conversations.field("acme-agent", conversationId, messageId, "status"));
        clear(number);
        Conversations.awaitStatus("acme-agent", conversationId, messageId, "READ");
        String sent = Stack.simulator().get("/control/meta/numbers/" + number.phoneNumberId() + "/sent").asString();
        assertEquals(sent.indexOf(text), sent.lastIndexOf(text), "sent more than once");
        await().atMost(WAIT).untilAsserted(() -> {
            Object reason = Stack.as("acme-admin").get("/api/connections/" + number.connectionId()).then()
                    .extract().path("stateReason");
            assertFalse(String.valueOf(reason).contains("cannot be reached"));
        });
    }

    private static String conversation(CloudApiNumber number) {
        String customer = Conversations.randomCustomer();
        number.customerWrites("+" + customer, "Error Test", "hello " + UUID.randomUUID());
        return Conversations.of("acme-agent", number.connectionId(), customer);
    }

    private static void fault(CloudApiNumber number, String body) {
        Stack.simulator().body(body).put("/control/faults/meta/" + number.phoneNumberId()).then().statusCode(200);
    }

    private static void clear(CloudApiNumber number) {
        Stack.simulator().delete("/control/faults/meta/" + number.phoneNumberId()).then().statusCode(204);
    }
}
