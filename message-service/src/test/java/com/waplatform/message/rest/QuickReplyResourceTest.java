package com.waplatform.message.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.web.testing.DemoTokens;
import com.waplatform.web.testing.TestTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Quick replies: admins write them, agents read them, each tenant sees only its own. */
@QuarkusTest
class QuickReplyResourceTest {

    private static final String PATH = "/api/quick-replies";

    @Test
    void anAdminCreatesQuickRepliesAndAgentsFindThemByTheStartOfTheirShortcut() {
        String prefix = unique();
        String second = create("acme-admin", body(prefix + "-b", "Thanks for waiting!"));
        var created = as("acme-admin").body(body(prefix + "-a", "Hello, how can I help?")).post(PATH).then()
                .statusCode(201).body("shortcut", equalTo(prefix + "-a"))
                .body("text", equalTo("Hello, how can I help?")).body("mediaUrl", nullValue()).body("createdBy", not(nullValue())).extract();
        String first = created.path("id");
        assertTrue(created.header("Location").endsWith(PATH + "/" + first), created.header("Location"));
        create("acme-admin", body("zz" + prefix, "not listed"));

        as("acme-agent").queryParam("q", prefix.toUpperCase()).get(PATH).then().statusCode(200)
                .body("id", contains(first, second)).body("shortcut", contains(prefix + "-a", prefix + "-b"));
        as("acme-agent").get(PATH + "/" + first).then().statusCode(200).body("text", equalTo("Hello, how can I help?"));
        as("acme-agent").queryParam("q", prefix + "_").get(PATH).then().statusCode(200)
                .body("id", not(hasItem(first)));
        as("acme-agent").get(PATH).then().statusCode(200).body("shortcut", hasItem(prefix + "-a"));
    }

    @Test
    void aShortcutTakenInTheTenantIsA409NamingIt() {
        String shortcut = unique();
        create("acme-admin", body(shortcut, "first"));
        as("acme-admin").body(body(shortcut, "second")).post(PATH).then().statusCode(409)
                .body("violations.field", contains("shortcut")).body("detail", containsString(shortcut));
        String other = create("acme-admin", body(unique(), "other"));
        as("acme-admin").body(body(shortcut, "other")).put(PATH + "/" + other).then().statusCode(409)
                .body("violations.field", contains("shortcut"));
        // another tenant may use the same shortcut
        create("globex-admin", body(shortcut, "globex's own"));
    }

    @Test
    void eachInvalidFieldIsA400NamingIt() {
        assertInvalid(body("Hello", "x"), "shortcut");
        assertInvalid(body("/hello", "x"), "shortcut");
        assertInvalid(body("a".repeat(33), "x"), "shortcut");
        assertInvalid("{\"text\":\"x\"}", "shortcut");
        assertInvalid("{\"shortcut\":\"" + unique() + "\",\"text\":\" \"}", "text");
        assertInvalid(body(unique(), "x".repeat(4097)), "text");
        assertInvalid(media(unique(), "http://example.com/a.png", "image"), "mediaUrl");
        assertInvalid(media(unique(), "https://example.com/" + "a".repeat(2000), "image"), "mediaUrl");
        assertInvalid(media(unique(), "https://example.com/a.png", "gif"), "mediaType");
        assertInvalid(media(unique(), "https://example.com/a.png", null), "mediaType");
        assertInvalid("{\"shortcut\":\"" + unique() + "\",\"text\":\"x\",\"mediaType\":\"image\"}", "mediaType");
        as("acme-admin").body(media(unique(), "https://10.1.2.3/a.png", "image")).post(PATH).then()
                .statusCode(422).body("detail", containsString("'mediaUrl'"));
        as("acme-agent").queryParam("q", "a%").get(PATH).then().statusCode(400).body("violations.field", hasItem("q"));
        as("acme-agent").queryParam("limit", "501").get(PATH).then().statusCode(400)
                .body("violations.field", hasItem("limit"));
    }

    @Test
    void anAdminReplacesAndDeletesAQuickReplyAndEachChangeIsAudited() {
        try (TestTopics.Tail audit = TestTopics.tail("audit.events")) {
            String shortcut = unique();
            String id = create("acme-admin", media(shortcut, "https://example.com/price-list.pdf", "document"));
            as("acme-agent").get(PATH + "/" + id).then().body("mediaType", equalTo("document"));

            as("acme-admin").body(body(shortcut + "-v2", "New text")).put(PATH + "/" + id).then().statusCode(200)
                    .body("shortcut", equalTo(shortcut + "-v2")).body("text", equalTo("New text"))
                    .body("mediaUrl", nullValue()).body("mediaType", nullValue());
            as("acme-agent").get(PATH + "/" + id).then().statusCode(200).body("text", equalTo("New text"));

            as("acme-admin").delete(PATH + "/" + id).then().statusCode(204);
            as("acme-agent").get(PATH + "/" + id).then().statusCode(404);
            as("acme-admin").delete(PATH + "/" + id).then().statusCode(404);
            assertEquals(3, audit.count("\"target\":\"quick-reply:" + id + "\"", Duration.ofSeconds(5)),
                    "create, update and delete are in the audit log");
        }
    }

    @Test
    void agentsReadButDoNotWrite() {
        String id = create("acme-admin", body(unique(), "admins only"));
        as("acme-agent").body(body(unique(), "x")).post(PATH).then().statusCode(403);
        as("acme-agent").body(body(unique(), "x")).put(PATH + "/" + id).then().statusCode(403);
        as("acme-agent").delete(PATH + "/" + id).then().statusCode(403);
        as("acme-agent").get(PATH + "/" + id).then().statusCode(200).body("text", equalTo("admins only"));
    }

    @Test
    void anotherTenantsQuickReplyIsNotFoundLikeAnUnknownOne() {
        String shortcut = unique();
        String id = create("acme-admin", body(shortcut, "acme's secret answer"));
        String unknown = PATH + "/" + UUID.randomUUID();
        String unknownAnswer = as("globex-admin").get(unknown).then().statusCode(404).extract().asString();
        for (String user : new String[] {"globex-admin", "globex-agent"}) {
            as(user).get(PATH + "/" + id).then().statusCode(404).body(equalTo(unknownAnswer));
            as(user).queryParam("q", shortcut).get(PATH).then().statusCode(200).body("id", not(hasItem(id)));
        }
        as("globex-admin").body(body(unique(), "taken over")).put(PATH + "/" + id).then().statusCode(404)
                .body(equalTo(unknownAnswer));
        as("globex-admin").delete(PATH + "/" + id).then().statusCode(404).body(equalTo(unknownAnswer));
        as("acme-agent").get(PATH + "/" + id).then().statusCode(200).body("text", equalTo("acme's secret answer"));
    }

    private static void assertInvalid(String body, String field) {
        as("acme-admin").body(body).post(PATH).then().statusCode(400).body("violations.field", hasItem(field));
    }

    /** Creates the quick reply as the user: its id. */
    private static String create(String user, String body) {
        return as(user).body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    private static String body(String shortcut, String text) {
        return "{\"shortcut\":\"" + shortcut + "\",\"text\":\"" + text + "\"}";
    }

    private static String media(String shortcut, String url, String type) {
        return "{\"shortcut\":\"" + shortcut + "\",\"text\":\"see attached\",\"mediaUrl\":\"" + url + "\""
                + (type == null ? "" : ",\"mediaType\":\"" + type + "\"") + "}";
    }

    private static String unique() {
        return "qr" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoTokens.of(user)).contentType("application/json");
    }
}
