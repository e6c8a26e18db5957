package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Kafka goes away: every Kafka user reports not ready, the gateway refuses webhooks with 503 (never 200 for
 * something it could not hand over), and once the broker is back the provider's retry delivers the message once.
 */
@Order(Integer.MAX_VALUE)
class BrokerOutageTest {

    private static final List<String> KAFKA_USERS = Arrays.asList(System.getProperty("kafka.users", "").split(","));
    private static final String SCRIPT = System.getProperty("stack.script");

    @Test
    void readinessFollowsTheBrokerAndNoWebhookIsAcceptedWithoutIt() throws Exception {
        assumeTrue(SCRIPT != null && !KAFKA_USERS.get(0).isBlank(), "needs ./stack test");
        CloudApiNumber number = CloudApiNumber.connect("globex-admin");
        int stopped = stack("kafka-stop");
        assumeTrue(stopped == 0, "Kafka was not started by the stack; not stopping someone else's broker");
        String text = "during the outage " + UUID.randomUUID();
        try {
            for (String service : KAFKA_USERS) {
                await().atMost(Duration.ofSeconds(60)).until(() -> status(service) == 503);
            }
            int first = Stack.simulator()
                    .body("{\"from\":\"+5511966660000\",\"name\":\"Outage\",\"text\":\"" + text + "\"}")
                    .post("/control/meta/numbers/" + number.phoneNumberId() + "/inbound")
                    .then().statusCode(200).extract().path("webhookStatus");
            assertEquals(503, first, "the gateway must not accept a webhook it cannot hand to Kafka");
        } finally {
            assertEquals(0, stack("kafka-start"), "Kafka did not come back");
        }
        for (String service : KAFKA_USERS) {
            await().atMost(Duration.ofSeconds(90)).until(() -> status(service) == 200);
        }
        // the simulated Meta retries the refused webhook; the message arrives, once
        await().atMost(Duration.ofSeconds(90)).until(() -> Stack.as("globex-agent").get("/api/conversations")
                .then().extract().path("find { it.connectionId == '" + number.connectionId() + "' }.id") != null);
        String conversationId = Stack.as("globex-agent").get("/api/conversations").then()
                .extract().path("find { it.connectionId == '" + number.connectionId() + "' }.id");
        List<String> texts = Stack.as("globex-agent").get("/api/conversations/" + conversationId + "/messages")
                .then().statusCode(200).extract().path("text");
        assertEquals(1, texts.stream().filter(text::equals).count());
    }

    private static int status(String service) {
        try {
            return RestAssured.get(service + "/q/health/ready").statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static int stack(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", SCRIPT, command).inheritIO().start();
        return process.waitFor();
    }
}
