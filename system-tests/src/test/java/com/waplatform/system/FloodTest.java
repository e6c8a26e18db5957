package com.waplatform.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 20,000 webhooks to made-up connection ids and 20,000 automation calls with made-up API keys, from four loopback
 * source addresses through the edge, while a tenant connects a number and keeps posting signed webhooks to it and
 * calling the automation API with its key: every one of the tenant's requests succeeds, the gateway's heap after
 * a GC stays within 10 % of before, and session-service and tenant-service are asked a bounded number of times.
 */
class FloodTest {

    private static final int MADE_UP_IDS = 20_000;
    private static final int MADE_UP_KEYS = 20_000;
    private static final List<String> SOURCES = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5");
    /** The services' own budgets per source address and minute (gateway and message-service defaults). */
    private static final int UNKNOWN_IDS_PER_ADDRESS = 300;
    private static final int REJECTED_KEYS_PER_ADDRESS = 100;
    private static final List<String> SERVICES =
            List.of(System.getProperty("api.services", "http://127.0.0.1:8081,http://127.0.0.1:8082").split(","));
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void floodsOfMadeUpIdsAndKeysCostLittleAndNeverReachTheTenant() throws Exception {
        String tenantService = SERVICES.get(0);
        String sessionService = SERVICES.get(1);
        double lookupsBefore = counter(sessionService, "routing_lookups_total", "unknown");
        double checksBefore = counter(tenantService, "api_key_verifications_total", "rejected");
        double heapBefore = gatewayHeapAfterGc();
        Map<String, Object> apiKey = Stack.as("acme-admin").body("{\"name\":\"flood-test\"}")
                .post("/api/tenant/api-keys").then().statusCode(201).extract().as(Map.class);
        CloudApiNumber number = null;
        Map<Integer, Integer> legitimate = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        long started = System.nanoTime();
        try (LoopbackFlood ids = new LoopbackFlood(URI.create(Stack.URL), SOURCES, 25);
                LoopbackFlood keys = new LoopbackFlood(URI.create(Stack.URL), SOURCES, 25)) {
            Future<?> idsDone = ids.start(MADE_UP_IDS, i -> madeUpWebhook());
            Future<?> keysDone = keys.start(MADE_UP_KEYS, i -> madeUpKeyCall());
            Thread.sleep(2_000);
            number = CloudApiNumber.connect("acme-admin", false); // created while the floods run
            String customer = Conversations.randomCustomer();
            String conversation = null;
            long slowest = 0;
            // the floods go on (past their 20,000 if need be) while the tenant makes its requests
            long tenantUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while ((System.nanoTime() < tenantUntil || conversation == null) && System.nanoTime() < giveUp) {
                long sent = System.nanoTime();
                int webhook = signedWebhook(number, customer);
                slowest = Math.max(slowest, System.nanoTime() - sent);
                legitimate.merge(webhook, 1, Integer::sum);
                if (webhook != 200) {
                    refused.add("webhook: " + webhook);
                }
                if (conversation == null && webhook == 200) {
                    conversation = conversationOf(number, customer); // null until message-service stored it
                }
                if (conversation != null) {
                    sent = System.nanoTime();
                    int call = automationCall(conversation, (String) apiKey.get("key"));
                    slowest = Math.max(slowest, System.nanoTime() - sent);
                    legitimate.merge(call, 1, Integer::sum);
                    if (call != 200) {
                        refused.add("automation call: " + call);
                    }
                }
                Thread.sleep(300); // well within the key's own budget (300 a minute)
            }
            ids.stop();
            keys.stop();
            idsDone.get(3, TimeUnit.MINUTES);
            keysDone.get(3, TimeUnit.MINUTES);
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            double heapAfter = gatewayHeapAfterGc();
            double lookups = counter(sessionService, "routing_lookups_total", "unknown") - lookupsBefore;
            double checks = counter(tenantService, "api_key_verifications_total", "rejected") - checksBefore;
            int madeUpIds = ids.answers().values().stream().mapToInt(Integer::intValue).sum();
            int madeUpKeys = keys.answers().values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("flood: %d made-up connection ids %s, %d made-up API keys %s in %d s; tenant's "
                            + "requests %s (slowest %d ms); session-service looked up %.0f unknown ids, tenant-service checked %.0f "
                            + "rejected keys; gateway heap after GC %.1f MB before, %.1f MB after%n",
                    madeUpIds, ids.answers(), madeUpKeys, keys.answers(), seconds, legitimate, slowest / 1_000_000, lookups, checks,
                    heapBefore / 1e6, heapAfter / 1e6);
            assertEquals(List.of(), refused, "the tenant's requests must all succeed");
            assertEquals(Set.of(404, 429), ids.answers().keySet(), "made-up ids: unknown, then refused at once");
            assertEquals(Set.of(401, 429), keys.answers().keySet(), "made-up keys: rejected, then refused at once");
            assertTrue(conversation != null && legitimate.getOrDefault(200, 0) >= 20, "too few: " + legitimate);
            long windows = seconds / 60 + 2; // the minutes the floods touched
            assertTrue(lookups <= SOURCES.size() * UNKNOWN_IDS_PER_ADDRESS * windows + 100, "lookups: " + lookups);
            assertTrue(checks <= SOURCES.size() * REJECTED_KEYS_PER_ADDRESS * windows + 100, "key checks: " + checks);
            assertTrue(heapAfter <= heapBefore * 1.10, "gateway heap grew from " + heapBefore + " to " + heapAfter);
        } finally {
            if (number != null) {
                Stack.as("acme-admin").delete("/api/connections/" + number.connectionId());
            }
            Stack.as("acme-admin").delete("/api/tenant/api-keys/" + apiKey.get("id")).then().statusCode(204);
        }
    }

    private LoopbackFlood.Request madeUpWebhook() {
        byte[] body = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
        return new LoopbackFlood.Request("POST /webhooks/meta/" + UUID.randomUUID() + " HTTP/1.1\r\n"
                + "Content-Type: application/json\r\nX-Hub-Signature-256: sha256=" + "0".repeat(64), body);
    }

    private LoopbackFlood.Request madeUpKeyCall() {
        StringBuilder key = new StringBuilder("wak_");
        for (int i = 0; i < 43; i++) {
            key.append(i == 10 ? '_' : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new LoopbackFlood.Request("GET /api/automation/conversations/" + UUID.randomUUID() + " HTTP/1.1\r\n"
                + "X-API-Key: " + key, new byte[0]);
    }

    private int signedWebhook(CloudApiNumber number, String customer) throws Exception {
        String message = MetaPayloads.message("wamid.flood" + UUID.randomUUID().toString().replace("-", ""),
                customer, "text", "{\"body\":\"still here?\"}");
        byte[] body = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(number.phoneNumberId(), customer,
                "Flood Test", message)))).getBytes(StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create(number.webhookUrl()))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", MetaPayloads.sign(body, number.appSecret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String conversationOf(CloudApiNumber number, String customer) {
        var inbox = Stack.as("acme-admin").get("/api/conversations?limit=200&connectionId=" + number.connectionId());
        return inbox.statusCode() != 200 ? null
                : inbox.jsonPath().getString("find { it.contact.waId == '" + customer + "' }.id");
    }

    private int automationCall(String conversation, String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Stack.URL + "/api/automation/conversations/" + conversation))
                .header("X-API-Key", key).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The gateway's heap in use right after full GCs (the gateway runs on this machine: jcmd on its pid). */
    private static double gatewayHeapAfterGc() throws Exception {
        String script = System.getProperty("stack.script", "../stack");
        String pid = Files.readString(Path.of(script).toAbsolutePath().getParent()
                .resolve(".stack/pids/webhook-gateway.pid")).strip();
        for (int i = 0; i < 2; i++) {
            Process gc = new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true).start();
            gc.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            assertEquals(0, gc.waitFor(), "jcmd GC.run on the gateway");
        }
        return RestAssured.given().get(Stack.gateway() + "/q/metrics").then().statusCode(200).extract().asString()
                .lines().filter(l -> l.startsWith("jvm_memory_used_bytes{") && l.contains("area=\"heap\""))
                .mapToDouble(FloodTest::value).sum();
    }

    private static double counter(String service, String name, String outcome) {
        return RestAssured.given().get(service + "/q/metrics").then().statusCode(200).extract().asString()
                .lines().filter(l -> l.startsWith(name + "{") && l.contains("outcome=\"" + outcome + "\""))
                .mapToDouble(FloodTest::value).sum();
    }

    private static double value(String metricLine) {
        return Double.parseDouble(metricLine.substring(metricLine.lastIndexOf(' ') + 1));
    }
}
