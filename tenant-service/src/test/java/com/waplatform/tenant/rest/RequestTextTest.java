package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** A NUL character in a text of a request is refused naming the field, instead of failing in the database. */
@QuarkusTest
class RequestTextTest {

    @Test
    void aNulCharacterInAnApiKeyNameIsA400NamingIt() {
        as("acme-admin").body("{\"name\":\"n8n\\u0000\"}").post("/api/tenant/api-keys").then()
                .statusCode(400).body("violations.field", hasItem("name"))
                .body("violations.message", hasItem(containsString("NUL")));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsA400NamingIt() {
        as("platform").queryParam("size", "abc").get("/api/admin/tenants").then()
                .statusCode(400).body("violations.field", hasItem("size"));
        as("platform").queryParam("q", "acme\u0000").get("/api/admin/tenants").then()
                .statusCode(400).body("violations.field", hasItem("q"));
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DemoTokens.of(user)).contentType("application/json");
    }
}
