package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

/** The agent inbox as the system tests use it. */
final class Conversations {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private Conversations() {
    }

    /** Waits for the conversation of this customer on this connection; returns its id. */
    static String of(String agent, String connectionId, String waId) {
        String thread = "find { it.contact.waId == '" + waId + "' && it.connectionId == '" + connectionId + "' }.id";
        String inbox = "/api/conversations?limit=200&connectionId=" + connectionId;
        await().atMost(WAIT).until(() -> Stack.as(agent).get(inbox).then().extract().path(thread) != null);
        return Stack.as(agent).get(inbox).then().extract().path(thread);
    }

    /** The agent replies; returns the message id. */
    static String reply(String agent, String conversationId, String text) {
        return Stack.as(agent).body("{\"text\":\"" + text + "\"}")
                .post("/api/conversations/" + conversationId + "/messages")
                .then().statusCode(202).extract().path("id");
    }

    static void awaitStatus(String agent, String conversationId, String messageId, String status) {
        await().atMost(WAIT).untilAsserted(() -> Stack.as(agent)
                .get("/api/conversations/" + conversationId + "/messages").then().statusCode(200)
                .body("find { it.id == '" + messageId + "' }.status", equalTo(status)));
    }

    static String field(String agent, String conversationId, String messageId, String field) {
        Object value = Stack.as(agent).get("/api/conversations/" + conversationId + "/messages").then()
                .extract().path("find { it.id == '" + messageId + "' }." + field);
        return String.valueOf(value);
    }

    static String randomCustomer() {
        return "5511" + (900_000_000L + (long) (Math.random() * 99_999_999L));
    }
}
