package com.waplatform.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 1,200 generated bad (and some odd but valid) webhooks: truncated JSON, wrong types, huge strings, deep nesting,
 * wrong or missing signatures and secrets, wrong content types, oversized bodies. No answer is a 5xx (the
 * deliberate 503 aside), nothing refused is published, and the gateway stays healthy.
 */
class WebhookFuzzTest {

    private static final int REQUESTS = 1200;
    private final Random random = new Random(20261123);

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void badInputNeverCrashesNorPublishes() throws Exception {
        CloudApiNumber meta = CloudApiNumber.connect("acme-admin", false);
        EvolutionNumber evolution = EvolutionNumber.create("acme-admin");
        String secret = evolution.webhookSecret();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> refusedMarkers = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        try (TopicTail inbound = TopicTail.of("whatsapp.inbound")) {
            for (int i = 0; i < REQUESTS; i++) {
                String marker = "fuzz" + UUID.randomUUID().toString().replace("-", "");
                boolean toMeta = i % 3 != 0;
                byte[] body = body(marker, toMeta ? meta.phoneNumberId() : evolution.instanceName());
                String path = random.nextInt(25) == 0 ? "/webhooks/meta/" + UUID.randomUUID()
                        : toMeta ? "/webhooks/meta/" + meta.connectionId()
                        : "/webhooks/evolution/" + evolution.connectionId();
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Stack.URL + path))
                        .header("Content-Type", contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body));
                if (toMeta) {
                    signature(request, body, meta.appSecret());
                } else if (random.nextInt(4) > 0) {
                    request.header("X-Wa-Connection-Secret", random.nextInt(3) == 0 ? "wrong" : secret);
                }
                int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                statuses.merge(status, 1, Integer::sum);
                if (status >= 500 && status != 503) {
                    serverErrors.add(status + " for " + new String(body, 0, Math.min(body.length, 200),
                            StandardCharsets.UTF_8));
                }
                if (status != 200) {
                    refusedMarkers.add(marker);
                }
            }
            String published = inbound.read(e -> true, Duration.ofSeconds(5), l -> false).toString();
            long leaked = refusedMarkers.stream().filter(published::contains).count();
            System.out.printf("webhook fuzz: %d requests, answers %s, %d server errors, %d refused ones "
                    + "published%n", REQUESTS, statuses, serverErrors.size(), leaked);
            assertTrue(serverErrors.isEmpty(), "server errors: " + serverErrors);
            assertEquals(0, leaked, "refused webhooks were published");
            assertTrue(statuses.getOrDefault(401, 0) > 100 && statuses.getOrDefault(400, 0) > 100,
                    "the generator did not exercise refusals: " + statuses);
        } finally {
            evolution.delete();
        }
        RestAssured.given().get(Stack.gateway() + "/q/health/ready").then().statusCode(200);
    }

    private void signature(HttpRequest.Builder request, byte[] body, String secret) {
        switch (random.nextInt(5)) {
            case 0 -> { } // missing
            case 1 -> request.header("X-Hub-Signature-256", "sha256=" + "0".repeat(64));
            case 2 -> request.header("X-Hub-Signature-256", "sha1=abc");
            default -> request.header("X-Hub-Signature-256", MetaPayloads.sign(body, secret));
        }
    }

    private String contentType() {
        return switch (random.nextInt(6)) {
            case 0 -> "text/plain";
            case 1 -> "application/x-www-form-urlencoded";
            case 2 -> "application/octet-stream";
            default -> "application/json";
        };
    }

    /** A body of one of many bad (or odd) shapes, carrying {@code marker} so that it can be found on Kafka. */
    private byte[] body(String marker, String target) {
        String valid = "{\"object\":\"whatsapp_business_account\",\"event\":\"messages.upsert\",\"instance\":\""
                + target + "\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":{"
                + "\"metadata\":{\"phone_number_id\":\"" + target + "\"},\"messages\":[{\"from\":\"5511\","
                + "\"id\":\"" + marker + "\",\"type\":\"text\",\"text\":{\"body\":\"" + marker + "\"}}]}}]}],"
                + "\"data\":{\"key\":{\"remoteJid\":\"5511@s.whatsapp.net\",\"id\":\"" + marker + "\"},"
                + "\"message\":{\"conversation\":\"" + marker + "\"}}}";
        String text = switch (random.nextInt(12)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length()));
            case 1 -> valid.replace("[{\"id\"", "{\"id\"").replace("}]}}]}]", "}]}}]}");
            case 2 -> valid.replace("\"text\":{\"body\":\"", "\"text\":[\"").replace(marker + "\"}}]", marker + "\"]}]");
            case 3 -> valid.replace(marker + "\"}}]", marker + "x".repeat(200_000 + random.nextInt(300_000)) + "\"}}]");
            case 4 -> "[".repeat(5000 + random.nextInt(20000)) + marker + "]".repeat(10);
            case 5 -> "{\"a\":".repeat(3000) + "\"" + marker + "\"" + "}".repeat(3000);
            case 6 -> "\"" + marker + "\"";
            case 7 -> "";
            case 8 -> "{\"object\":12,\"entry\":\"" + marker + "\",\"data\":null,\"event\":[\"x\"]}";
            case 9 -> random.nextInt(8) == 0 ? "{\"x\":\"" + "y".repeat(3_200_000) + marker + "\"}" : valid
                    .replace("\"type\":\"text\"", "\"type\":\"" + marker + "\"");
            case 10 -> "\u0000\u00ff" + marker + "{{{";
            default -> valid.replace("\"5511\"", "5511").replace("\"id\":\"1\"", "\"id\":null");
        };
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
