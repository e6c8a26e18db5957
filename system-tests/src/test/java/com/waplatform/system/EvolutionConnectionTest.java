package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Evolution API connections end to end against the simulated Evolution server: QR pairing (live to the admins
 * only), messages both ways with their statuses, automatic reconnection, logout from the platform or the phone,
 * disabling, and the webhook's authentication.
 */
class EvolutionConnectionTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void createScanTalkLogoutAndPairAgain() throws Exception {
        try (LiveSocket admin = LiveSocket.open(Stack.token("acme-admin"));
                LiveSocket agent = LiveSocket.open(Stack.token("acme-agent"))) {
            await().atMost(WAIT).until(() -> !admin.frames("hello", f -> true).isEmpty()
                    && !agent.frames("hello", f -> true).isEmpty());
            EvolutionNumber number = EvolutionNumber.create("acme-admin");
            try {
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(
                        number.firstQr().substring("data:image/png;base64,".length()))));
                assertNotNull(png, "the QR code is a real PNG");
                assertTrue(png.getWidth() >= 100, "the QR code is big enough to scan");

                // the QR code reaches the tenant's admins live, and no one else
                await().atMost(WAIT).until(() -> !admin.frames("connection.qr.updated",
                        f -> number.connectionId().equals(f.path("connectionId").asText())).isEmpty());
                assertTrue(agent.frames("connection.qr.updated", f -> true).isEmpty(), "an agent got a QR code");

                // no credential in any answer
                String view = Stack.as("acme-admin").get("/api/connections/" + number.connectionId()).asString();
                assertFalse(view.contains(number.webhookSecret()), "the webhook secret was shown");

                number.scan("+55 11 98888-7777");
                Stack.as("acme-agent").get("/api/connections/" + number.connectionId()).then()
                        .body("displayPhoneNumber", equalTo("+5511988887777"));
                await().atMost(WAIT).until(() -> !agent.frames("connection.changed",
                        f -> "OPEN".equals(f.path("payload").path("state").asText())
                                && number.connectionId().equals(f.path("connectionId").asText())).isEmpty());

                // a customer writes, the agent answers through the instance, statuses come back
                String customer = Conversations.randomCustomer();
                String text = "Oi, evolution " + UUID.randomUUID();
                number.writes(customer, "Maria Evo", text, false);
                String conversationId = Conversations.of("acme-agent", number.connectionId(), customer);
                String reply = "Reply via Evolution " + UUID.randomUUID();
                String messageId = Conversations.reply("acme-agent", conversationId, reply);
                await().atMost(WAIT).until(() -> number.sent().contains(reply));
                Conversations.awaitStatus("acme-agent", conversationId, messageId, "READ");
                assertTrue(Conversations.field("acme-agent", conversationId, messageId, "providerMessageId")
                        .startsWith("3EB0"));
                // the agent reads the conversation: the customer's message gets its read receipt
                String inbound = Stack.as("acme-agent").get("/api/conversations/" + conversationId + "/messages")
                        .then().extract().path("find { it.direction == 'INBOUND' }.providerMessageId");
                Stack.as("acme-agent").post("/api/conversations/" + conversationId + "/read").then().statusCode(200);
                await().atMost(WAIT).until(() -> Stack.simulator().get("/control/evolution/instances/"
                        + number.instanceName() + "/read").asString().contains(inbound));

                // a message the business typed on the phone itself is kept as outbound
                String fromPhone = "Typed on the phone " + UUID.randomUUID();
                number.writes(customer, "Acme Store", fromPhone, true);
                await().atMost(WAIT).untilAsserted(() -> Stack.as("acme-agent")
                        .get("/api/conversations/" + conversationId + "/messages").then()
                        .body("find { it.text == '" + fromPhone + "' }.direction", equalTo("OUTBOUND"))
                        .body("find { it.text == '" + fromPhone + "' }.sender", equalTo("PHONE")));

                // logout: the number is disconnected and pairing again needs a new QR code
                Stack.as("acme-admin").post("/api/connections/" + number.connectionId() + "/logout").then()
                        .statusCode(200).body("state", equalTo("CLOSED"));
                String newQr = Stack.as("acme-admin").get("/api/connections/" + number.connectionId() + "/qr")
                        .then().statusCode(200).body("state", equalTo("QR_PENDING"))
                        .body("qr.base64", startsWith("data:image/png;base64,")).extract().path("qr.base64");
                assertNotEquals(number.firstQr(), newQr, "a new QR code after logout");
                number.scan("+55 11 98888-7777");
            } finally {
                number.delete();
            }
        }
    }

    @Test
    void aDroppedConnectionReconnectsByItselfAndAPhoneLogoutAsksForANewQr() {
        EvolutionNumber number = EvolutionNumber.create("acme-admin");
        try {
            number.scan("5511977776666");
            Stack.simulator().body("{\"statusReason\":428}")
                    .post("/control/evolution/instances/" + number.instanceName() + "/disconnect")
                    .then().statusCode(200);
            await().atMost(WAIT).until(() -> !"OPEN".equals(number.state()));
            number.awaitState("OPEN");

            Stack.simulator().body("{\"statusReason\":401}")
                    .post("/control/evolution/instances/" + number.instanceName() + "/disconnect")
                    .then().statusCode(200);
            number.awaitState("QR_PENDING");
            Stack.as("acme-admin").get("/api/connections/" + number.connectionId()).then()
                    .body("stateReason", containsString("scan a new QR code"));
        } finally {
            number.delete();
        }
    }

    @Test
    void aDisabledNumberRefusesSendsAndComesBackWhenEnabled() {
        EvolutionNumber number = EvolutionNumber.create("acme-admin");
        try {
            number.scan("5511966665555");
            String customer = Conversations.randomCustomer();
            number.writes(customer, "Disabled Test", "hello " + UUID.randomUUID(), false);
            String conversationId = Conversations.of("acme-agent", number.connectionId(), customer);

            Stack.as("acme-admin").body("{\"enabled\":false}").patch("/api/connections/" + number.connectionId())
                    .then().statusCode(200).body("state", equalTo("DISABLED")).body("enabled", equalTo(false));
            String refused = Conversations.reply("acme-agent", conversationId, "not sent " + UUID.randomUUID());
            Conversations.awaitStatus("acme-agent", conversationId, refused, "FAILED");
            assertEquals("connection_disabled", Conversations.field("acme-agent", conversationId, refused,
                    "errorCode"));

            Stack.as("acme-admin").body("{\"enabled\":true}").patch("/api/connections/" + number.connectionId())
                    .then().statusCode(200).body("enabled", equalTo(true));
            number.awaitState("OPEN");
            String sent = Conversations.reply("acme-agent", conversationId, "sent again " + UUID.randomUUID());
            Conversations.awaitStatus("acme-agent", conversationId, sent, "READ");

            // agents look, they do not manage
            Stack.as("acme-agent").body("{\"enabled\":false}").patch("/api/connections/" + number.connectionId())
                    .then().statusCode(403);
            Stack.as("globex-admin").body("{\"enabled\":false}").patch("/api/connections/" + number.connectionId())
                    .then().statusCode(404);
        } finally {
            number.delete();
        }
    }

    @Test
    void evolutionWebhooksNeedTheConnectionsSecretAndInstance() {
        EvolutionNumber number = EvolutionNumber.create("acme-admin");
        try {
            String secret = number.webhookSecret();
            String body = """
                    {"event":"messages.upsert","instance":"%s","data":{"key":{"remoteJid":"5511912340000@s.whatsapp.net",
                    "fromMe":false,"id":"FORGED%s"},"pushName":"Mallory","message":{"conversation":"forged"},
                    "messageType":"conversation","messageTimestamp":1763892930}}""";
            String path = "/webhooks/evolution/" + number.connectionId();
            Stack.anonymous().body(body.formatted(number.instanceName(), "1")).post(path).then().statusCode(401);
            Stack.anonymous().header("X-Wa-Connection-Secret", "wrong").body(body.formatted(number.instanceName(), "2"))
                    .post(path).then().statusCode(401);
            Stack.anonymous().header("X-Wa-Connection-Secret", secret).body(body.formatted("someone-else", "3"))
                    .post(path).then().statusCode(401);
            Stack.anonymous().header("X-Wa-Connection-Secret", secret).body("{not json")
                    .post(path).then().statusCode(400);
            Stack.anonymous().header("X-Wa-Connection-Secret", secret).body(body.formatted(number.instanceName(), "4"))
                    .post("/webhooks/evolution/" + UUID.randomUUID()).then().statusCode(404);
            Stack.anonymous().header("X-Wa-Connection-Secret", secret).body(body.formatted(number.instanceName(), "5"))
                    .post(path).then().statusCode(200);
        } finally {
            number.delete();
        }
    }

    @Test
    void badRequestsAreExplained() {
        Stack.as("acme-admin").body("{\"type\":\"EVOLUTION\"}").post("/api/connections").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("name"));
        Stack.as("acme-admin").body("{\"type\":\"TELEGRAM\",\"name\":\"x\"}").post("/api/connections").then()
                .statusCode(400).body("violations.message", org.hamcrest.Matchers.hasItem("must be EVOLUTION or CLOUD_API"));
        Stack.as("acme-admin").body("{\"type\":\"CLOUD_API\",\"name\":\"x\"}").post("/api/connections").then()
                .statusCode(400).body("detail", containsString("phoneNumberId: is required for CLOUD_API"));
        Stack.as("acme-agent").body("{\"type\":\"EVOLUTION\",\"name\":\"x\"}").post("/api/connections").then()
                .statusCode(403);
        Stack.as("acme-admin").body("{\"sendRatePerSecond\":0}").patch("/api/connections/" + UUID.randomUUID())
                .then().statusCode(400);
        Stack.as("acme-admin").get("/api/connections/" + UUID.randomUUID() + "/qr").then().statusCode(404);
    }
}
