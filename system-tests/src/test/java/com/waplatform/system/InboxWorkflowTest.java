package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The agents' inbox: filtered listings paged with a cursor, assign / resolve / reopen / take over / hand back /
 * read (each live on the socket), and the Cloud API's 24-hour window for free-form replies.
 */
class InboxWorkflowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void listingsFilterAndPageWithACursor() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String customer = Conversations.randomCustomer();
            number.customerWrites("+" + customer, "Pager " + tag + " " + i, "hello " + i);
            ids.add(Conversations.of("acme-agent", number.connectionId(), customer));
        }
        String base = "/api/conversations?connectionId=" + number.connectionId() + "&limit=2";
        Response first = Stack.as("acme-agent").get(base).then().statusCode(200).extract().response();
        String cursor = first.header("X-Next-Cursor");
        assertNotNull(cursor, "a full page names the next one");
        Response second = Stack.as("acme-agent").get(base + "&cursor=" + cursor).then().statusCode(200).extract()
                .response();
        List<String> seen = new ArrayList<>(first.path("id"));
        seen.addAll(second.path("id"));
        assertEquals(3, new HashSet<>(seen).size(), "pages overlap or miss: " + seen);
        assertTrue(seen.containsAll(ids));
        assertNull(second.header("X-Next-Cursor"), "the last page names no next one");

        Stack.as("acme-agent").get("/api/conversations?q=Pager " + tag + " 1").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].contact.name", equalTo("Pager " + tag + " 1"));
        Stack.as("acme-agent").get("/api/conversations?status=NOPE").then().statusCode(400);
        Stack.as("acme-agent").get("/api/conversations?assigned=someone").then().statusCode(400);
        Stack.as("acme-agent").get("/api/conversations?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("detail", containsString("cursor"));
    }

    @Test
    void agentsAssignResolveTakeOverAndReadLive() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        number.customerWrites("+" + customer, "Workflow", "please help");
        String id = Conversations.of("acme-agent", number.connectionId(), customer);
        String path = "/api/conversations/" + id;
        try (LiveSocket admin = LiveSocket.open(Stack.token("acme-admin"))) {
            await().atMost(WAIT).until(() -> !admin.frames("hello", f -> true).isEmpty());

            String me = Stack.as("acme-agent").post(path + "/assign").then().statusCode(200).extract()
                    .path("assigneeId");
            Stack.as("acme-agent").get("/api/conversations?assigned=me&connectionId=" + number.connectionId())
                    .then().body("id", hasItem(id));
            Stack.as("acme-agent").get("/api/conversations?assigned=unassigned&connectionId="
                    + number.connectionId()).then().body("id", not(hasItem(id)));
            Stack.as("acme-agent").post(path + "/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"))
                    .body("unreadCount", equalTo(0));
            Stack.as("acme-agent").get("/api/conversations?status=RESOLVED&connectionId=" + number.connectionId())
                    .then().body("id", hasItem(id));
            Stack.as("acme-agent").post(path + "/reopen").then().statusCode(200).body("status", equalTo("OPEN"));
            // acme's bot is off: nobody would answer the customer
            Stack.as("acme-agent").post(path + "/handback").then().statusCode(422)
                    .body("detail", containsString("bot is off"));
            Stack.as("acme-agent").body("{\"reason\":\"customer asked for a person\"}").post(path + "/takeover")
                    .then().statusCode(200).body("owner", equalTo("HUMAN"));
            Stack.as("acme-agent").post(path + "/unassign").then().statusCode(200).body("assigneeId", equalTo(null));
            number.customerWrites("+" + customer, "Workflow", "one more");
            await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-agent").get(path).then()
                    .body("unreadCount", equalTo(1)));
            Stack.as("acme-agent").post(path + "/read").then().statusCode(200).body("unreadCount", equalTo(0));
            String last = Stack.as("acme-agent").get(path + "/messages").then().extract()
                    .path("find { it.text == 'one more' }.providerMessageId");
            await().atMost(WAIT).until(() -> Stack.simulator().get("/control/meta/numbers/" + number.phoneNumberId()
                    + "/read").asString().contains(last));
            Stack.as("acme-agent").body("{\"reason\":\"" + "x".repeat(301) + "\"}").post(path + "/takeover")
                    .then().statusCode(400);
            Stack.as("globex-agent").post(path + "/resolve").then().statusCode(404);

            for (String action : List.of("assign", "resolve", "reopen", "unassign", "read")) {
                await().atMost(WAIT).until(() -> !admin.frames("conversation.updated",
                        f -> id.equals(f.path("payload").path("conversationId").asText())
                                && action.equals(f.path("payload").path("action").asText())).isEmpty());
            }
            assertNotNull(me);
        }
    }

    @Test
    void cloudApiRepliesNeedAnOpenWindow() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        String old = Long.toString(Instant.now().minus(Duration.ofHours(30)).getEpochSecond());
        String message = MetaPayloads.message("wamid.OLD" + UUID.randomUUID(), customer, "text",
                "{\"body\":\"yesterday's question\"}").replace(MetaPayloads.TIMESTAMP, old);
        byte[] body = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), customer,
                "Late", message)))).getBytes(StandardCharsets.UTF_8);
        Stack.anonymous().header("X-Hub-Signature-256", MetaPayloads.sign(body, number.appSecret())).body(body)
                .post("/webhooks/meta/" + number.connectionId()).then().statusCode(200);
        String id = Conversations.of("acme-agent", number.connectionId(), customer);
        Stack.as("acme-agent").body("{\"text\":\"too late\"}").post("/api/conversations/" + id + "/messages")
                .then().statusCode(422).body("detail", containsString("24-hour"));
        number.customerWrites("+" + customer, "Late", "and now?");
        await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-agent").body("{\"text\":\"in time\"}")
                .post("/api/conversations/" + id + "/messages").then().statusCode(202));
    }
}
