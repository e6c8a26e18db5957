package com.waplatform.system;

import static org.hamcrest.Matchers.equalTo;

import java.util.concurrent.ThreadLocalRandom;

/** A WhatsApp number known to the simulated Meta, connected by a tenant admin and subscribed to its webhook. */
record CloudApiNumber(String phoneNumberId, String connectionId, String appSecret, String webhookUrl) {

    static CloudApiNumber connect(String tenantAdmin) {
        return connect(tenantAdmin, true);
    }

    /** Without the webhook subscription the simulated Meta posts no status webhooks (load tests). */
    static CloudApiNumber connect(String tenantAdmin, boolean subscribe) {
        String phoneNumberId = "10" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
        String token = "EAAG-test-" + phoneNumberId;
        String appSecret = "app-secret-" + phoneNumberId;
        Stack.simulator().body("""
                {"phoneNumberId":"%s","businessAccountId":"20%s","displayPhoneNumber":"15550001111",
                 "verifiedName":"System Test","accessToken":"%s","appSecret":"%s"}"""
                .formatted(phoneNumberId, phoneNumberId, token, appSecret))
                .post("/control/meta/numbers").then().statusCode(200);
        var created = Stack.as(tenantAdmin).body("""
                {"type":"CLOUD_API","name":"Support line","phoneNumberId":"%s","businessAccountId":"20%s",
                 "accessToken":"%s","appSecret":"%s"}""".formatted(phoneNumberId, phoneNumberId, token, appSecret))
                .post("/api/connections")
                .then().statusCode(201).body("state", equalTo("OPEN"))
                .extract().response();
        String connectionId = created.path("id");
        String webhookUrl = created.path("webhookUrl");
        String verifyToken = created.path("verifyToken");
        if (!subscribe) {
            return new CloudApiNumber(phoneNumberId, connectionId, appSecret, webhookUrl);
        }
        // what the admin does in Meta's dashboard; Meta checks the URL with the GET handshake first
        Stack.simulator().body("{\"url\":\"%s\",\"verifyToken\":\"%s\"}".formatted(webhookUrl, verifyToken))
                .put("/control/meta/numbers/" + phoneNumberId + "/webhook")
                .then().statusCode(200).body("verified", equalTo(true));
        return new CloudApiNumber(phoneNumberId, connectionId, appSecret, webhookUrl);
    }

    /** A customer writes to this number; returns the provider's message id. */
    String customerWrites(String from, String name, String text) {
        return Stack.simulator().body("{\"from\":\"%s\",\"name\":\"%s\",\"text\":\"%s\"}".formatted(from, name, text))
                .post("/control/meta/numbers/" + phoneNumberId + "/inbound")
                .then().statusCode(200).body("webhookStatus", equalTo(200))
                .extract().path("messageId");
    }
}
