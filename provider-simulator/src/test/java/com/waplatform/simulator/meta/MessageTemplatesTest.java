package com.waplatform.simulator.meta;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A business account's templates through the Graph API: Meta's sample first, those added after, Meta's auth. */
@QuarkusTest
class MessageTemplatesTest {

    @Test
    void everyBusinessAccountHasHelloWorldAndTheTemplatesAddedToIt() {
        String number = registered("token-a");
        String waba = "1" + number;
        given().contentType("application/json").body(Map.of("name", "order_ready", "language", "pt_BR",
                "category", "utility", "body", "Olá {{1}}, seu pedido {{2}} está pronto.", "header", "Pedido",
                "footer", "Loja Demo")).post("/control/meta/numbers/" + number + "/templates")
                .then().statusCode(200).body("status", equalTo("APPROVED"));

        graph("token-a").get("/v21.0/" + waba + "/message_templates").then().statusCode(200)
                .body("data.name", contains("hello_world", "order_ready"))
                .body("data[0].language", equalTo("en_US")).body("data[0].status", equalTo("APPROVED"))
                .body("data[0].category", equalTo("UTILITY"))
                .body("data[0].components[0].type", equalTo("BODY"))
                .body("data[0].components[0].text", equalTo("Hello World"))
                .body("data[1].components.type", contains("HEADER", "BODY", "FOOTER"))
                .body("data[1].components[0].format", equalTo("TEXT"))
                .body("data[1].components[1].text", equalTo("Olá {{1}}, seu pedido {{2}} está pronto."))
                .body("paging.cursors.after", notNullValue());
    }

    @Test
    void fieldsLimitAndCursorsPageThroughTheTemplates() {
        String number = registered("token-b");
        String waba = "1" + number;
        for (String name : new String[] {"a_first", "b_second"}) {
            given().contentType("application/json").body(Map.of("name", name, "body", "Hi"))
                    .post("/control/meta/numbers/" + number + "/templates").then().statusCode(200);
        }
        String after = graph("token-b").queryParam("fields", "name,status").queryParam("limit", 2)
                .get("/v21.0/" + waba + "/message_templates").then().statusCode(200)
                .body("data", hasSize(2)).body("data[0].components", nullValue())
                .body("data[0].id", notNullValue()).body("paging.next", notNullValue())
                .extract().path("paging.cursors.after");
        graph("token-b").queryParam("limit", 2).queryParam("after", after)
                .get("/v21.0/" + waba + "/message_templates").then().statusCode(200)
                .body("data.name", contains("b_second")).body("paging.next", nullValue());
    }

    @Test
    void aWrongTokenOrUnknownAccountIsRefusedAsMetaDoes() {
        String number = registered("token-c");
        graph("not-the-token").get("/v21.0/1" + number + "/message_templates").then().statusCode(401)
                .body("error.code", equalTo(190));
        given().get("/v21.0/1" + number + "/message_templates").then().statusCode(401);
        graph("token-c").get("/v21.0/999" + number + "/message_templates").then().statusCode(400)
                .body("error.code", equalTo(100));
        graph("token-c").queryParam("appsecret_proof", "00").get("/v21.0/1" + number + "/message_templates")
                .then().statusCode(400).body("error.code", equalTo(100));
    }

    private static String registered(String token) {
        String id = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
        given().contentType("application/json").body(Map.of("phoneNumberId", id, "accessToken", token,
                "appSecret", "secret-" + token)).post("/control/meta/numbers").then().statusCode(200);
        return id;
    }

    private static RequestSpecification graph(String token) {
        return given().auth().oauth2(token);
    }
}
