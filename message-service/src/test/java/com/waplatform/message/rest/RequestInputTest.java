package com.waplatform.message.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.message.service.InboundService;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What people and their tools type is checked where it enters: a NUL character in a text, a value of the wrong type
 * in a query parameter or an oversized part of a message is a 400 naming the field, never a 500 or a 404.
 */
@QuarkusTest
class RequestInputTest {

    private static final String ACME = "a0000000-0000-4000-8000-000000000001";
    private static final String NUL = "\u0000";

    @Inject
    InboundService inbound;

    private String conversation;

    @BeforeEach
    void aCustomerWrote() throws Throwable {
        String number = "55119" + (100000 + (int) (Math.random() * 800000));
        ObjectNode message = new ObjectMapper().createObjectNode().put("provider", "META")
                .put("providerMessageId", "wamid.input-" + UUID.randomUUID()).put("from", number)
                .put("profileName", "Input Test").put("timestamp", Instant.now().toString()).put("type", "text")
                .put("text", "hello");
        VertxContextSupport.subscribeAndAwait(() -> inbound.receive(ACME, UUID.randomUUID(), message));
        conversation = asAgent().queryParam("q", number).get("/api/conversations").then().statusCode(200)
                .extract().path("[0].id");
    }

    @Test
    void aNulCharacterIsRefusedNamingTheField() {
        asAgent().queryParam("q", "Ma" + NUL + "ria").get("/api/conversations").then()
                .statusCode(400).body("violations.field", hasItem("q"));
        asAgent().queryParam("q", "Ma" + NUL).get("/api/contacts").then()
                .statusCode(400).body("violations.field", hasItem("q"));
        asAgent().body("{\"text\":\"a note\\u0000\"}").post("/api/conversations/" + conversation + "/notes")
                .then().statusCode(400).body("violations.field", hasItem("text"))
                .body("violations.message", hasItem(containsString("NUL")));
        asAgent().body("{\"text\":\"hi\\u0000 there\"}").post("/api/conversations/" + conversation + "/messages")
                .then().statusCode(400).body("violations.field", hasItem("text"));
        asAgent().body("{\"assigneeId\":\"me\\u0000\"}").post("/api/conversations/" + conversation + "/assign")
                .then().statusCode(400).body("violations.field", hasItem("assigneeId"));
        asAgent().body("{\"labels\":[\"vip\\u0000\"]}").put("/api/conversations/" + conversation + "/labels")
                .then().statusCode(400).body("violations.field", hasItem("labels"));
        asAgent().body("{\"type\":\"image\",\"media\":{\"link\":\"https://example.com/a.png\",\"caption\":\"a\\u0000\"}}")
                .post("/api/conversations/" + conversation + "/messages").then().statusCode(400)
                .body("violations.field", hasItem("media"))
                .body("violations.message", hasItem(containsString("'caption'")));
        given().auth().oauth2(DemoTokens.of("acme-agent")).multiPart("file", "a.png", new byte[] {1, 2, 3}, "image/png")
                .multiPart("caption", "a photo" + NUL).post("/api/conversations/" + conversation + "/messages/media")
                .then().statusCode(400).body("violations.field", hasItem("caption"));
        // the conversation is untouched and still answers
        asAgent().get("/api/conversations/" + conversation).then().statusCode(200).body("assigneeId", equalTo(null));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsA400NamingIt() {
        asAgent().queryParam("limit", "abc").get("/api/conversations").then().statusCode(400)
                .body("violations.field", hasItem("limit"))
                .body("violations.message", hasItem("must be a whole number"));
        asAgent().queryParam("limit", "99999999999").get("/api/conversations").then().statusCode(400)
                .body("violations.field", hasItem("limit"));
        asAgent().queryParam("connectionId", "zzz").get("/api/conversations").then().statusCode(400)
                .body("violations.field", hasItem("connectionId"));
        asAgent().queryParam("limit", "abc").get("/api/contacts").then().statusCode(400)
                .body("violations.field", hasItem("limit"));
        asAgent().queryParam("limit", "abc").get("/api/conversations/" + conversation + "/messages").then()
                .statusCode(400).body("violations.field", hasItem("limit"));
        // an id in the path that cannot exist is still "not found"
        asAgent().get("/api/conversations/zzz").then().statusCode(404);
    }

    @Test
    void everyFreeTextPartOfAMessageHasALimit() {
        String longName = "x".repeat(1_200_000);
        asAgent().body("{\"type\":\"document\",\"media\":{\"link\":\"https://example.com/a.pdf\",\"filename\":\""
                + longName + "\"}}").post("/api/conversations/" + conversation + "/messages").then()
                .statusCode(400).body("violations.field", hasItem("media"))
                .body("violations.message", hasItem(containsString("'filename' must be at most")));
        asAgent().body("{\"type\":\"document\",\"media\":{\"link\":\"https://example.com/a.pdf\",\"filename\":\""
                + "y".repeat(241) + "\"}}").post("/api/conversations/" + conversation + "/messages").then()
                .statusCode(422).body("detail", containsString("'media.filename'"));
        asAgent().body("{\"type\":\"document\",\"media\":{\"link\":\"https://example.com/a.pdf\",\"mimeType\":\""
                + "z".repeat(300) + "\"}}").post("/api/conversations/" + conversation + "/messages").then()
                .statusCode(422).body("detail", containsString("'media.mimeType'"));
        asAgent().body("{\"type\":\"template\",\"template\":{\"name\":\"hello\",\"language\":{\"code\":\"en\"},"
                + "\"components\":[{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"" + longName
                + "\"}]}]}}").post("/api/conversations/" + conversation + "/messages").then()
                .statusCode(400).body("violations.field", hasItem("template"))
                .body("violations.message", hasItem(containsString("'components[0].parameters[0].text'")));
        asAgent().body("{\"type\":\"interactive\",\"interactive\":{\"type\":\"button\",\"body\":{\"text\":\"pick\"},"
                + "\"action\":{\"buttons\":[" + "{\"type\":\"reply\",\"reply\":{\"id\":\"a\",\"title\":\"b\"}},".repeat(
                        2000) + "{}]}}}").post("/api/conversations/" + conversation + "/messages").then()
                .statusCode(400).body("violations.field", hasItem("interactive"))
                .body("violations.message", hasItem(containsString("characters in all")));
    }

    private static RequestSpecification asAgent() {
        return given().auth().oauth2(DemoTokens.of("acme-agent")).contentType("application/json");
    }
}
