package com.waplatform.session.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A connection's name holding the NUL character is refused naming the field, before anything is created. */
@QuarkusTest
class ConnectionRequestTextTest {

    @Test
    void aNulCharacterInAConnectionNameIsA400NamingIt() {
        asAdmin().body("{\"type\":\"EVOLUTION\",\"name\":\"Support\\u0000\"}").post("/api/connections").then()
                .statusCode(400).body("violations.field", hasItem("name"))
                .body("violations.message", hasItem(containsString("NUL")));
        asAdmin().body("{\"name\":\"Sales\\u0000\"}").patch("/api/connections/" + UUID.randomUUID()).then()
                .statusCode(400).body("violations.field", hasItem("name"));
    }

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(DemoTokens.of("acme-admin")).contentType("application/json");
    }
}
