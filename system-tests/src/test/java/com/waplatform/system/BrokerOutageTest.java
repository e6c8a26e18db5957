package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
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
        CloudApiNumber streamed = CloudApiNumber.connect("globex-admin", false);
        WebhookStream stream = new WebhookStream(streamed);
        TopicTail inbound = TopicTail.of("whatsapp.inbound");
        stream.start();
        Thread.sleep(1000);
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
        Thread.sleep(2000);
        stream.stop();

        // every webhook of the stream was answered 200 (and its event is on Kafka) or 503 (and the provider would
        // retry it): none was acknowledged and lost
        Map<Integer, Integer> answers = stream.answers();
        List<String> accepted = stream.accepted();
        List<JsonNode> events = inbound.read(e -> streamed.connectionId().equals(e.path("connectionId").asText()),
                Duration.ofSeconds(30), found -> found.size() >= accepted.size());
        inbound.close();
        Set<String> published = new HashSet<>();
        events.forEach(e -> published.add(e.path("payload").path("providerMessageId").asText()));
        List<String> lost = accepted.stream().filter(id -> !published.contains(id)).toList();
        System.out.printf("broker outage stream: %d webhooks, answers %s, %d accepted, %d of them lost%n",
                stream.sent(), answers, accepted.size(), lost.size());
        assertTrue(answers.keySet().stream().allMatch(status -> status == 200 || status == 503),
                "answers other than 200 or 503: " + answers);
        assertTrue(answers.getOrDefault(503, 0) > 0 && answers.getOrDefault(200, 0) > 0, "no outage seen");
        assertTrue(lost.isEmpty(), "accepted but never published: " + lost);
        // the simulated Meta retries the refused webhook; the message arrives, once
        await().atMost(Duration.ofSeconds(90)).until(() -> Stack.as("globex-agent").get("/api/conversations?connectionId=" + number.connectionId())
                .then().extract().path("find { it.connectionId == '" + number.connectionId() + "' }.id") != null);
        String conversationId = Stack.as("globex-agent")
                .get("/api/conversations?connectionId=" + number.connectionId()).then()
                .extract().path("find { it.connectionId == '" + number.connectionId() + "' }.id");
        List<String> texts = Stack.as("globex-agent").get("/api/conversations/" + conversationId + "/messages")
                .then().statusCode(200).extract().path("text");
        assertEquals(1, texts.stream().filter(text::equals).count());
    }

    /** Signed webhooks posted one after another through the edge until stopped, with each answer. */
    private static final class WebhookStream implements Runnable {
        private final CloudApiNumber number;
        private final Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        private final List<String> accepted = new CopyOnWriteArrayList<>();
        private final AtomicInteger sent = new AtomicInteger();
        private volatile boolean running = true;
        private final Thread thread = new Thread(this, "webhook-stream");

        WebhookStream(CloudApiNumber number) {
            this.number = number;
        }

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        @Override
        public void run() {
            while (running) {
                String from = Conversations.randomCustomer();
                String id = "wamid.OUT" + UUID.randomUUID();
                byte[] body = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), from,
                        "Stream", MetaPayloads.message(id, from, "text", "{\"body\":\"stream\"}")))))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                int status = Stack.anonymous().header("X-Hub-Signature-256", MetaPayloads.sign(body,
                        number.appSecret())).body(body).post("/webhooks/meta/" + number.connectionId()).statusCode();
                sent.incrementAndGet();
                answers.merge(status, 1, Integer::sum);
                if (status == 200) {
                    accepted.add(id);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        Map<Integer, Integer> answers() {
            return Map.copyOf(answers);
        }

        List<String> accepted() {
            return List.copyOf(accepted);
        }

        int sent() {
            return sent.get();
        }
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
