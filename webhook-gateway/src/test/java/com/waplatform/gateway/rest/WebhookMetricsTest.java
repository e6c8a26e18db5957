package com.waplatform.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Webhooks taken and refused are counted ({@code webhooks_received_total}, {@code webhooks_rejected_total} on
 * /q/metrics), the refusals by reason: here on the platform app's endpoint, which needs no connection.
 */
@QuarkusTest
@TestProfile(WebhookMetricsTest.PlatformApp.class)
class WebhookMetricsTest {

    private static final String SECRET = "metrics-test-secret";

    public static class PlatformApp implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.platform-app-secret", SECRET, "gateway.platform-verify-token", "verify");
        }
    }

    @Inject
    MeterRegistry metrics;

    @Test
    void aSignedWebhookIsReceivedAndABadlySignedOrMalformedOneIsRejectedWithItsReason() throws Exception {
        double received = count("webhooks.received", "provider", "meta");
        double badSignature = count("webhooks.rejected", "provider", "meta", "reason", "signature");
        double malformed = count("webhooks.rejected", "provider", "meta", "reason", "malformed");

        String empty = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}";
        post(empty, sign(empty)).then().statusCode(200);
        post(empty, "sha256=" + "0".repeat(64)).then().statusCode(401);
        post("not json", sign("not json")).then().statusCode(400);

        assertEquals(received + 1, count("webhooks.received", "provider", "meta"));
        assertEquals(badSignature + 1, count("webhooks.rejected", "provider", "meta", "reason", "signature"));
        assertEquals(malformed + 1, count("webhooks.rejected", "provider", "meta", "reason", "malformed"));
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(scrape.contains("webhooks_received_total{provider=\"meta\"}"),
                "rendered for Prometheus");
        assertTrue(scrape.contains("webhooks_rejected_total{"), "rendered");
    }

    private double count(String name, String... tags) {
        var counter = metrics.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private static io.restassured.response.Response post(String body, String signature) {
        return given().header("X-Hub-Signature-256", signature).contentType("application/json").body(body)
                .post("/webhooks/meta");
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
