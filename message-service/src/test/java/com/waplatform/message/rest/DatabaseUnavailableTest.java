package com.waplatform.message.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.waplatform.web.testing.DatabaseOutage;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL is down (this service's test database) the API answers 503 with Retry-After, never 500, and the
 * service is not ready (the load balancer sends it nothing) but stays alive (it is not restarted).
 */
@QuarkusTest
class DatabaseUnavailableTest {

    @Test
    void theApiAnswers503WithRetryAfterWhileTheDatabaseIsDown() {
        String token = DemoTokens.of("acme-agent");
        DatabaseOutage outage = DatabaseOutage.begin("wa_message_test");
        try {
            for (int i = 0; i < 3; i++) {
                Response answer = given().auth().oauth2(token).get("/api/conversations");
                System.out.printf("database outage: GET /api/conversations answered %d, Retry-After %s%n",
                        answer.statusCode(), answer.header("Retry-After"));
                assertEquals(503, answer.statusCode(), answer.asString());
                assertEquals("5", answer.header("Retry-After"));
                assertEquals(503, answer.jsonPath().getInt("status"));
            }
            int ready = given().get("/q/health/ready").statusCode();
            int live = given().get("/q/health/live").statusCode();
            System.out.printf("database outage: readiness %d, liveness %d%n", ready, live);
            assertEquals(503, ready, "not ready while the database is down");
            assertEquals(200, live, "alive while the database is down");
        } finally {
            outage.end();
        }
        given().auth().oauth2(token).get("/api/conversations").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
