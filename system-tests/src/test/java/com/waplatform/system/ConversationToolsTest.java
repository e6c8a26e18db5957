package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What agents use beside replying: notes, labels (and the inbox filter by label), paging through a long
 * conversation both ways, and sending media, interactive and template messages that reach the Graph API.
 */
class ConversationToolsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void notesAndLabels() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        number.customerWrites("+" + customer, "Labelled", "hello");
        String id = Conversations.of("acme-agent", number.connectionId(), customer);
        String path = "/api/conversations/" + id;

        Stack.as("acme-agent").body("{\"text\":\"VIP, call back before 5pm\"}").post(path + "/notes").then()
                .statusCode(201).body("authorName", equalTo("acme-agent"));
        Stack.as("acme-admin").get(path + "/notes").then().statusCode(200)
                .body("text", equalTo(List.of("VIP, call back before 5pm")));
        Stack.as("acme-agent").body("{\"text\":\" \"}").post(path + "/notes").then().statusCode(400);
        Stack.as("acme-agent").body("{\"text\":\"" + "n".repeat(4001) + "\"}").post(path + "/notes").then()
                .statusCode(400);
        Stack.as("globex-agent").get(path + "/notes").then().statusCode(404);
        Stack.as("globex-agent").body("{\"text\":\"sneaky\"}").post(path + "/notes").then().statusCode(404);

        String label = "vip-" + UUID.randomUUID().toString().substring(0, 6);
        Stack.as("acme-agent").body("{\"labels\":[\"" + label + "\",\"billing\",\"billing\"]}").put(path + "/labels")
                .then().statusCode(200).body("labels", equalTo(List.of(label, "billing")));
        Stack.as("acme-agent").get("/api/conversations?label=" + label).then().statusCode(200)
                .body("id", equalTo(List.of(id)));
        Stack.as("globex-agent").get("/api/conversations?label=" + label).then().statusCode(200)
                .body("id", not(hasItem(id)));
        Stack.as("acme-agent").body("{\"labels\":[\"<script>\"]}").put(path + "/labels").then().statusCode(422)
                .body("detail", containsString("<script>"));
        Stack.as("acme-agent").body("{}").put(path + "/labels").then().statusCode(400);
        Stack.as("acme-agent").get(path).then().body("labels", equalTo(List.of(label, "billing")));
        Stack.as("acme-agent").body("{\"labels\":[]}").put(path + "/labels").then().statusCode(200)
                .body("labels", equalTo(List.of()));
        Stack.as("acme-agent").get("/api/conversations?label=" + label).then().body("id", not(hasItem(id)));
    }

    @Test
    void contactsAreListedSearchedAndShowTheirConversations() {
        CloudApiNumber first = CloudApiNumber.connect("acme-admin");
        CloudApiNumber second = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        String name = "Contact " + UUID.randomUUID().toString().substring(0, 8);
        first.customerWrites("+" + customer, name, "on the first number");
        second.customerWrites("+" + customer, name, "on the second number");
        String one = Conversations.of("acme-agent", first.connectionId(), customer);
        String two = Conversations.of("acme-agent", second.connectionId(), customer);

        String contact = Stack.as("acme-agent").get("/api/contacts?q=" + name).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].waId", equalTo(customer)).extract().path("[0].id");
        Stack.as("acme-agent").get("/api/contacts/" + contact).then().statusCode(200)
                .body("name", equalTo(name)).body("conversations.id", org.hamcrest.Matchers.containsInAnyOrder(one,
                        two));
        Stack.as("acme-agent").get("/api/contacts?q=" + customer).then().body("id", hasItem(contact));
        Response page = Stack.as("acme-agent").get("/api/contacts?limit=1").then().statusCode(200).extract()
                .response();
        assertNotNull(page.header("X-Next-Cursor"));
        Stack.as("acme-agent").get("/api/contacts?limit=1&cursor=" + page.header("X-Next-Cursor")).then()
                .statusCode(200).body("id", not(hasItem((String) page.path("[0].id"))));

        Stack.as("globex-agent").get("/api/contacts/" + contact).then().statusCode(404);
        Stack.as("globex-agent").get("/api/contacts?q=" + name).then().body("size()", equalTo(0));
        Stack.as("acme-agent").get("/api/contacts?limit=500").then().statusCode(400);
        Stack.as("acme-agent").get("/api/contacts?cursor=nope").then().statusCode(400);
        Stack.as("acme-agent").get("/api/contacts/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aLongConversationPagesBothWays() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        for (int i = 1; i <= 5; i++) {
            number.customerWrites("+" + customer, "Pager", "line " + i);
        }
        String id = Conversations.of("acme-agent", number.connectionId(), customer);
        String path = "/api/conversations/" + id + "/messages";
        await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-agent").get(path).then().body("size()", equalTo(5)));

        Response newest = Stack.as("acme-agent").get(path + "?limit=2").then().statusCode(200).extract().response();
        assertEquals(List.of("line 4", "line 5"), newest.path("text"));
        List<String> all = new ArrayList<>(newest.path("text"));
        String before = newest.header("X-Before-Cursor");
        while (before != null) {
            Response older = Stack.as("acme-agent").get(path + "?limit=2&before=" + before).then().statusCode(200)
                    .extract().response();
            all.addAll(0, older.path("text"));
            before = older.header("X-Before-Cursor");
        }
        assertEquals(List.of("line 1", "line 2", "line 3", "line 4", "line 5"), all);

        String after = newest.header("X-After-Cursor");
        assertNotNull(after);
        Response nothingNew = Stack.as("acme-agent").get(path + "?after=" + after).then().statusCode(200).extract()
                .response();
        assertEquals(List.of(), nothingNew.path("text"));
        assertEquals(after, nothingNew.header("X-After-Cursor"), "polling keeps its place");
        number.customerWrites("+" + customer, "Pager", "line 6");
        await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-agent").get(path + "?after=" + after).then()
                .body("text", equalTo(List.of("line 6"))));
        Response first = Stack.as("acme-agent").get(path + "?limit=2&after=" + after).then().extract().response();
        assertNull(first.header("X-Before-Cursor"), "an 'after' page does not page back");

        Stack.as("acme-agent").get(path + "?before=" + after + "&after=" + after).then().statusCode(400);
        Stack.as("acme-agent").get(path + "?before=garbage").then().statusCode(400);
        Stack.as("acme-agent").get(path + "?limit=0").then().statusCode(400);
    }

    @Test
    void agentsSendMediaInteractiveAndTemplates() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        number.customerWrites("+" + customer, "Rich", "show me");
        String id = Conversations.of("acme-agent", number.connectionId(), customer);
        String path = "/api/conversations/" + id + "/messages";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> bodies = List.of(
                "{\"type\":\"image\",\"media\":{\"link\":\"https://cdn.example.com/" + tag + ".png\","
                        + "\"caption\":\"the catalogue\"}}",
                "{\"type\":\"document\",\"media\":{\"link\":\"https://cdn.example.com/" + tag + ".pdf\","
                        + "\"filename\":\"price-list.pdf\"}}",
                "{\"type\":\"interactive\",\"interactive\":{\"type\":\"button\",\"body\":{\"text\":\"Pick " + tag
                        + "\"},\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"yes\",\"title\":"
                        + "\"Yes\"}},{\"type\":\"reply\",\"reply\":{\"id\":\"no\",\"title\":\"No\"}}]}}}",
                "{\"type\":\"template\",\"template\":{\"name\":\"order_update_" + tag + "\",\"language\":"
                        + "{\"code\":\"en_US\"}}}");
        for (String body : bodies) {
            String messageId = Stack.as("acme-agent").body(body).post(path).then().statusCode(202).extract()
                    .path("id");
            Conversations.awaitStatus("acme-agent", id, messageId, "READ");
        }
        JsonNode sent = Stack.json(Stack.simulator().get("/control/meta/numbers/" + number.phoneNumberId()
                + "/sent").asString());
        String all = sent.toString();
        for (String expected : List.of(tag + ".png", "the catalogue", "price-list.pdf", "Pick " + tag,
                "order_update_" + tag)) {
            await().atMost(WAIT).until(() -> Stack.simulator().get("/control/meta/numbers/" + number.phoneNumberId()
                    + "/sent").asString().contains(expected));
        }
        assertNotNull(all);
        Stack.as("acme-agent").get(path).then().body("type", hasItem("interactive"))
                .body("find { it.type == 'image' }.text", equalTo("the catalogue"));

        Stack.as("acme-agent").body("{\"type\":\"video\",\"media\":{\"link\":\"javascript:alert(1)\"}}").post(path)
                .then().statusCode(422).body("detail", containsString("media.link"));
        Stack.as("acme-agent").body("{\"type\":\"sticker\"}").post(path).then().statusCode(400);
        Stack.as("acme-agent").body("{\"type\":\"text\",\"text\":\"x\",\"colour\":\"red\"}").post(path).then()
                .statusCode(400);
        Stack.as("acme-agent").body("{\"type\":\"template\",\"template\":{\"name\":\"x\"}}").post(path).then()
                .statusCode(422).body("detail", containsString("language"));
    }

    @Test
    void reactionsAndRepliesLinkToTheirMessageInTheSameTenantOnly() {
        CloudApiNumber number = CloudApiNumber.connect("acme-admin");
        String customer = Conversations.randomCustomer();
        number.customerWrites("+" + customer, "Reacting", "hello");
        String id = Conversations.of("acme-agent", number.connectionId(), customer);
        String ours = Conversations.reply("acme-agent", id, "Here is your answer");
        Conversations.awaitStatus("acme-agent", id, ours, "READ");
        String wamid = Conversations.field("acme-agent", id, ours, "providerMessageId");
        CloudApiNumber globex = CloudApiNumber.connect("globex-admin");
        String globexCustomer = Conversations.randomCustomer();
        globex.customerWrites("+" + globexCustomer, "Other", "globex secret");
        String globexThread = Conversations.of("globex-agent", globex.connectionId(), globexCustomer);
        String globexWamid = Stack.as("globex-agent").get("/api/conversations/" + globexThread + "/messages").then()
                .extract().path("find { it.text == 'globex secret' }.providerMessageId");

        post(number, customer, MetaPayloads.message("wamid.R" + UUID.randomUUID(), customer, "reaction",
                "{\"message_id\":\"" + wamid + "\",\"emoji\":\"👍\"}"));
        await().atMost(WAIT).untilAsserted(() -> assertEquals("👍",
                Conversations.field("acme-agent", id, ours, "reaction")));
        post(number, customer, MetaPayloads.message("wamid.U" + UUID.randomUUID(), customer, "reaction",
                "{\"message_id\":\"" + wamid + "\"}"));
        await().atMost(WAIT).untilAsserted(() -> assertEquals("null",
                Conversations.field("acme-agent", id, ours, "reaction")));

        String reply = "wamid.Q" + UUID.randomUUID();
        String foreign = "wamid.F" + UUID.randomUUID();
        post(number, customer, MetaPayloads.reply(reply, customer, "about your answer", wamid));
        post(number, customer, MetaPayloads.reply(foreign, customer, "about something else", globexWamid));
        String path = "/api/conversations/" + id + "/messages";
        await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-agent").get(path).then()
                .body("find { it.providerMessageId == '" + reply + "' }.replyToMessageId", equalTo(ours))
                .body("find { it.providerMessageId == '" + foreign + "' }.replyTo", equalTo(globexWamid)));
        Stack.as("acme-agent").get(path).then()
                .body("find { it.providerMessageId == '" + foreign + "' }.replyToMessageId", equalTo(null));
        Stack.as("globex-agent").get("/api/conversations/" + globexThread + "/messages").then()
                .body("find { it.text == 'globex secret' }.reaction", equalTo(null));
    }

    private static void post(CloudApiNumber number, String customer, String message) {
        byte[] body = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), customer,
                "Reacting", message)))).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Stack.anonymous().header("X-Hub-Signature-256", MetaPayloads.sign(body, number.appSecret())).body(body)
                .post("/webhooks/meta/" + number.connectionId()).then().statusCode(200);
    }
}
