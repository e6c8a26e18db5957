package com.waplatform.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * message-service is killed (SIGKILL) while 5,000 customer messages stream in through the gateway; after its
 * restart every message is stored exactly once and its {@code conversation.message.created} event was published.
 */
class CrashRecoveryTest {

    private static final String SCRIPT = System.getProperty("stack.script");
    private static final int CUSTOMERS = 50;
    private static final int REQUESTS = 100;
    private static final int PER_REQUEST = 50;
    private static final int TOTAL = REQUESTS * PER_REQUEST;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyMessageIsStoredOnceAndAnnouncedAfterAKill() throws Exception {
        assumeTrue(SCRIPT != null, "needs ./stack test (stack.script)");
        CloudApiNumber number = CloudApiNumber.connect("globex-admin", false);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> customers = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            customers.add("55219" + String.format("%08d", (int) (Math.random() * 99_999_999)));
        }
        Set<String> wamids = new HashSet<>();
        try (TopicTail events = TopicTail.of("conversation.events")) {
            int killAfter = 40;
            for (int r = 0; r < REQUESTS; r++) {
                if (r == killAfter) {
                    List<JsonNode> before = created(events, number, Duration.ofSeconds(60), 300);
                    assertEquals(0, stack("crash", "message-service"), "message-service was not started by the stack");
                    System.out.printf("crash test: message-service killed after %d of %d messages were announced%n",
                            before.size(), TOTAL);
                }
                wamids.addAll(post(number, customers.get(r % CUSTOMERS), run, r));
            }
            assertEquals(TOTAL, wamids.size());
            Instant restart = Instant.now();
            assertEquals(0, stack("restore"), "message-service did not come back");

            List<JsonNode> announced = created(events, number, Duration.ofMinutes(5), TOTAL);
            Map<String, Integer> perMessage = new HashMap<>();
            announced.forEach(e -> perMessage.merge(e.path("payload").path("message").path("providerMessageId")
                    .asText(), 1, Integer::sum));
            long repeats = perMessage.values().stream().filter(n -> n > 1).count();
            System.out.printf("crash test: %d messages sent, %d created events (%d distinct, %d announced twice), "
                    + "all in %d s after the restart%n", TOTAL, announced.size(), perMessage.size(), repeats,
                    Duration.between(restart, Instant.now()).toSeconds());
            assertEquals(wamids, perMessage.keySet(), "every message's event was published");

            List<String> stored = storedProviderIds(number);
            assertEquals(TOTAL, stored.size(), "every message stored exactly once");
            assertEquals(wamids, new HashSet<>(stored));
        }
    }

    private List<String> post(CloudApiNumber number, String customer, String run, int request) throws Exception {
        List<String> ids = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        for (int m = 0; m < PER_REQUEST; m++) {
            String id = "wamid.crash-" + run + "-" + request + "-" + m;
            ids.add(id);
            messages.add(MetaPayloads.message(id, customer, "text", "{\"body\":\"crash " + request + "/" + m + "\"}")
                    .replace(MetaPayloads.TIMESTAMP, timestamp));
        }
        byte[] body = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), customer,
                "Crash " + customer, messages.toArray(String[]::new))))).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Stack.gateway()
                        + "/webhooks/meta/" + number.connectionId()))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", MetaPayloads.sign(body, number.appSecret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "the gateway keeps accepting while message-service is down");
        return ids;
    }

    private static List<JsonNode> created(TopicTail events, CloudApiNumber number, Duration wait, int enough) {
        return events.read(e -> "conversation.message.created".equals(e.path("type").asText())
                        && number.connectionId().equals(e.path("connectionId").asText()), wait,
                found -> found.stream().map(e -> e.path("payload").path("message").path("providerMessageId")
                        .asText()).distinct().count() >= enough);
    }

    private static List<String> storedProviderIds(CloudApiNumber number) {
        List<String> ids = new ArrayList<>();
        List<String> threads = Stack.as("globex-agent").get("/api/conversations?limit=200&connectionId="
                + number.connectionId()).then().statusCode(200).extract().path("id");
        for (String thread : threads) {
            ids.addAll(Stack.as("globex-agent").get("/api/conversations/" + thread + "/messages?limit=500").then()
                    .statusCode(200).extract().<List<String>>path("providerMessageId"));
        }
        return ids;
    }

    private static int stack(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("bash", SCRIPT));
        args.addAll(List.of(command));
        return new ProcessBuilder(args).inheritIO().start().waitFor();
    }
}
