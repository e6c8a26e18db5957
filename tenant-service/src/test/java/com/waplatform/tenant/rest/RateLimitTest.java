package com.waplatform.tenant.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.waplatform.web.testing.DemoTokens;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.web.TenantDirectory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-user limits counted in the real Redis: past the limit, 429 with Retry-After; other users unaffected. */
@QuarkusTest
@TestProfile(RateLimitTest.FiveEveryTenSeconds.class)
class RateLimitTest {

    public static class FiveEveryTenSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rate-limit.per-user", "5", "rate-limit.window", "10s");
        }
    }

    @Test
    void theSixthRequestInAWindowIsRefusedWithRetryAfter() throws InterruptedException {
        long intoWindow = System.currentTimeMillis() % 10_000;
        if (intoWindow > 6_000) {
            Thread.sleep(10_000 - intoWindow + 50); // start at the beginning of a window
        }
        String agent = DemoTokens.of("acme-agent");
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(agent).get("/api/tenant").then().statusCode(200);
        }
        given().auth().oauth2(agent).get("/api/tenant").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?"))
                .body("detail", containsString("try again"));
        given().auth().oauth2(DemoTokens.of("acme-admin")).get("/api/tenant").then().statusCode(200)
                .body("slug", equalTo("acme"));
    }

    @Inject
    TenantDirectory directory;

    @Test
    void aTenantsPlanSetsItsOwnRate() throws InterruptedException {
        // the directory as tenant.events would leave it after a plan change (kept apart from the shared topic,
        // where the local stack's copy of the demo tenant may carry higher versions)
        String globex = "b0000000-0000-4000-8000-000000000002";
        directory.remember(plan(globex, 60, Long.MAX_VALUE - 1));
        try {
            long intoWindow = System.currentTimeMillis() % 10_000;
            if (intoWindow > 4_000) {
                Thread.sleep(10_000 - intoWindow + 50);
            }
            String agent = DemoTokens.of("globex-agent");
            for (int i = 0; i < 10; i++) { // 60 a minute is 10 in this test's ten-second window
                given().auth().oauth2(agent).get("/api/tenant").then().statusCode(200);
            }
            given().auth().oauth2(agent).get("/api/tenant").then().statusCode(429);
        } finally {
            directory.remember(plan(globex, 0, Long.MAX_VALUE));
        }
    }

    private static TenantSnapshot plan(String tenantId, int perMinute, long version) {
        return new TenantSnapshot(tenantId, "globex", "Globex Inc", TenantSnapshot.ACTIVE, null, version, 1000, 100,
                1_000_000, perMinute, null, false, "UTC", "en");
    }
}
