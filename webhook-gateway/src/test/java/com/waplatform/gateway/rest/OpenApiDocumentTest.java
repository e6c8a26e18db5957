package com.waplatform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The gateway describes its endpoints like the other services: /q/openapi with summaries, and Swagger UI. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theWebhooksAndTheReplayAreDescribed() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/webhooks/meta/{connectionId}'.post.summary", containsString("X-Hub-Signature-256"))
                .body("paths.'/webhooks/meta/{connectionId}'.get.summary", notNullValue())
                .body("paths.'/webhooks/evolution/{connectionId}'.post.summary", notNullValue())
                .body("paths.'/webhooks/meta'.post.summary", notNullValue())
                .body("paths.'/api/admin/webhooks/replay/count'.post.summary", containsString("replay"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().get("/q/openapi").then().statusCode(200).header("Content-Type", containsString("yaml"));
    }
}
