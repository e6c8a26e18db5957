package com.waplatform.realtime.socket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The live connection's upgrade is described at /q/openapi (its frames in asyncapi.yaml), with Swagger UI. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theUpgradeAndItsParametersAreDescribed() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/ws'.get.summary", containsString("WebSocket"))
                .body("paths.'/ws'.get.parameters.name", hasItem("resume"))
                .body("info.description", containsString("asyncapi.yaml"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }
}
