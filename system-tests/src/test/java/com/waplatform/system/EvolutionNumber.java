package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;
import java.time.Duration;

/** A number connected through the (simulated) Evolution API: created by a tenant admin, paired by a QR scan. */
record EvolutionNumber(String connectionId, String instanceName, String admin, String firstQr) {

    static final String EVOLUTION_KEY = "dev-only-evolution-key";

    static EvolutionNumber create(String admin) {
        Response created = Stack.as(admin).body("{\"type\":\"EVOLUTION\",\"name\":\"WhatsApp Web line\"}")
                .post("/api/connections")
                .then().statusCode(201)
                .body("type", equalTo("EVOLUTION"))
                .body("state", equalTo("QR_PENDING"))
                .body("qr.base64", startsWith("data:image/png;base64,iVBORw0KGgo"))
                .extract().response();
        return new EvolutionNumber(created.path("id"), created.path("instanceName"), admin,
                created.path("qr.base64"));
    }

    /** The phone scans the QR code on screen; waits until the platform shows the connection open. */
    void scan(String phone) {
        Stack.simulator().body("{\"phone\":\"" + phone + "\",\"profileName\":\"Acme Store\"}")
                .post("/control/evolution/instances/" + instanceName + "/scan").then().statusCode(200);
        awaitState("OPEN");
    }

    void awaitState(String state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Stack.as(admin)
                .get("/api/connections/" + connectionId).then().statusCode(200).body("state", equalTo(state)));
    }

    String state() {
        return Stack.as(admin).get("/api/connections/" + connectionId).then().extract().path("state");
    }

    /** A customer (or, with fromMe, the business from its phone) writes; returns the WhatsApp message id. */
    String writes(String from, String name, String text, boolean fromMe) {
        return Stack.simulator().body("{\"from\":\"%s\",\"name\":\"%s\",\"text\":\"%s\",\"fromMe\":%s}"
                        .formatted(from, name, text, fromMe))
                .post("/control/evolution/instances/" + instanceName + "/inbound")
                .then().statusCode(200).body("webhookStatus", equalTo(200))
                .extract().path("messageId");
    }

    String sent() {
        return Stack.simulator().get("/control/evolution/instances/" + instanceName + "/sent").asString();
    }

    /** The webhook secret header as the Evolution server's admin sees it (global key). */
    String webhookSecret() {
        return Stack.simulator().header("apikey", EVOLUTION_KEY).get("/webhook/find/" + instanceName)
                .then().statusCode(200).extract().path("headers.X-Wa-Connection-Secret");
    }

    void delete() {
        Stack.as(admin).delete("/api/connections/" + connectionId).then().statusCode(204);
    }
}
