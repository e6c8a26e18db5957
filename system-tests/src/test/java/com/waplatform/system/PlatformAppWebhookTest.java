package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Numbers onboarded under the platform's own Meta app: one endpoint ({@code /webhooks/meta}) for all of them,
 * signed with the platform app's secret, each change routed by its phone number id to its tenant.
 */
class PlatformAppWebhookTest {

    /** The local stack's platform app (dev-only values of deploy/lib/services.sh). */
    private static final String PLATFORM_SECRET = "dev-only-platform-app-secret";
    private static final String PLATFORM_VERIFY_TOKEN = "dev-only-platform-verify-token";

    @Test
    void aNumberUnderThePlatformAppReceivesThroughTheSingleEndpoint() {
        String phoneNumberId = "10" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String token = "EAAG-platform-" + phoneNumberId;
        Stack.simulator().body("""
                {"phoneNumberId":"%s","businessAccountId":"20%s","displayPhoneNumber":"15550002222",
                 "verifiedName":"Platform App Co","accessToken":"%s","appSecret":"%s"}"""
                .formatted(phoneNumberId, phoneNumberId, token, PLATFORM_SECRET))
                .post("/control/meta/numbers").then().statusCode(200);
        String request = """
                {"type":"CLOUD_API","name":"Under the platform app","phoneNumberId":"%s","businessAccountId":"20%s",
                 "accessToken":"%s","platformApp":true%s}""";
        Stack.as("acme-admin").body(request.formatted(phoneNumberId, phoneNumberId, token, ",\"appSecret\":\"x\""))
                .post("/api/connections").then().statusCode(400);
        String connectionId = Stack.as("acme-admin").body(request.formatted(phoneNumberId, phoneNumberId, token, ""))
                .post("/api/connections").then().statusCode(201).body("state", equalTo("OPEN"))
                .body("platformApp", equalTo(true)).body("webhookUrl", endsWith("/webhooks/meta"))
                .body("verifyToken", nullValue()).extract().path("id");
        Stack.as("globex-admin").body(request.formatted(phoneNumberId, phoneNumberId, token, ""))
                .post("/api/connections").then().statusCode(409);

        // platform staff subscribe the app once: Meta's GET handshake against the platform endpoint
        Stack.anonymous().get("/webhooks/meta?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1").then()
                .statusCode(403);
        Stack.simulator().body("{\"url\":\"%s/webhooks/meta\",\"verifyToken\":\"%s\"}".formatted(Stack.URL,
                        PLATFORM_VERIFY_TOKEN))
                .put("/control/meta/numbers/" + phoneNumberId + "/webhook").then().statusCode(200)
                .body("verified", equalTo(true));

        String customer = Conversations.randomCustomer();
        Stack.simulator().body("{\"from\":\"+%s\",\"name\":\"Platform Customer\",\"text\":\"via the platform app\"}"
                        .formatted(customer)).post("/control/meta/numbers/" + phoneNumberId + "/inbound")
                .then().statusCode(200).body("webhookStatus", equalTo(200));
        String conversation = Conversations.of("acme-agent", connectionId, customer);
        Stack.as("globex-agent").get("/api/conversations/" + conversation).then().statusCode(404);

        // one batch with a change of this number and one of a number nobody onboarded here
        String other = Conversations.randomCustomer();
        String ours = "wamid.platform-" + UUID.randomUUID();
        String body = MetaPayloads.body(List.of(
                List.of(MetaPayloads.messages(phoneNumberId, other, "Second Customer",
                        MetaPayloads.message(ours, other, "text", "{\"body\":\"batched\"}"))),
                List.of(MetaPayloads.messages("109999999999", other, "Stranger",
                        MetaPayloads.message("wamid.stranger-" + UUID.randomUUID(), other, "text",
                                "{\"body\":\"not for this platform\"}")))));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Stack.anonymous().header("X-Hub-Signature-256", MetaPayloads.sign(bytes, "not-the-platform-secret"))
                .body(bytes).post("/webhooks/meta").then().statusCode(401);
        Stack.anonymous().header("X-Hub-Signature-256", MetaPayloads.sign(bytes, PLATFORM_SECRET)).body(bytes)
                .post("/webhooks/meta").then().statusCode(200);
        String second = Conversations.of("acme-agent", connectionId, other);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Stack.as("acme-agent")
                .get("/api/conversations/" + second + "/messages").then()
                .body("providerMessageId", equalTo(List.of(ours))));
    }
}
