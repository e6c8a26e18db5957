package com.waplatform.session.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The gateway's routing lookups are not held to a person's budget: past the per-user limit of the window the
 * gateway still gets its answers (404 for ids that do not exist), while a person is refused; each lookup is
 * counted for ops.
 */
@QuarkusTest
@TestProfile(RoutingLookupBudgetTest.FiveEveryTenSeconds.class)
class RoutingLookupBudgetTest {

    private static final int LOOKUPS = 30;

    public static class FiveEveryTenSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rate-limit.per-user", "5", "rate-limit.window", "10s",
                    "rate-limit.per-service-account", "40");
        }
    }

    @Test
    void theGatewayHasItsOwnFarHigherBudget() throws InterruptedException {
        long intoWindow = System.currentTimeMillis() % 10_000;
        if (intoWindow > 3_000) {
            Thread.sleep(10_000 - intoWindow + 50); // start at the beginning of a window
        }
        String gateway = gatewayToken();
        double before = unknownLookups();
        for (int i = 0; i < LOOKUPS; i++) {
            given().auth().oauth2(gateway).get("/internal/connections/" + UUID.randomUUID() + "/routing")
                    .then().statusCode(404);
        }
        String admin = DemoTokens.of("acme-admin");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(admin).get("/api/connections").then().statusCode(200);
        }
        given().auth().oauth2(admin).get("/api/connections").then().statusCode(429);
        double counted = unknownLookups() - before;
        System.out.printf("routing lookups counted by session-service: %.0f of %d%n", counted, LOOKUPS);
        assertEquals(LOOKUPS, counted, 0.1);
    }

    /** The gateway's service account (the local realm's dev-only secret). */
    private static String gatewayToken() {
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "webhook-gateway")
                .formParam("client_secret", "dev-only-gateway-secret")
                .post(issuer + "/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }

    private static double unknownLookups() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("routing_lookups_total{") && l.contains("unknown"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
