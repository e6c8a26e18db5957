package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Each service in turn is stopped with SIGTERM (./stack term, as a rolling restart does) while webhooks, sends and
 * API reads go on through the edge, then started again. The service reports not ready before it stops listening,
 * exits within 30 s, and no client of the edge ever gets a reset: only 2xx, 503 (the service's own while it
 * drains) or 502 (the edge, once the service is gone). Nothing accepted is lost or doubled; realtime closes its
 * sockets with 1012 (service restart) rather than holding the shutdown until its timeout.
 */
@Order(Integer.MAX_VALUE - 1)
class GracefulShutdownTest {

    private static final List<String> SERVICES = List.of("tenant-service", "session-service", "message-service",
            "webhook-gateway", "realtime-service");
    /** Direct addresses, in the order of {@link #SERVICES} (./stack test passes them as kafka.users). */
    private static final List<String> URLS = List.of(System.getProperty("kafka.users", "").split(","));
    private static final List<String> ORDER = List.of("webhook-gateway", "message-service", "session-service",
            "realtime-service", "tenant-service");
    /** An edge route of each service that a client keeps calling while it stops. */
    private static final Map<String, String> READS = Map.of("tenant-service", "/api/tenant", "session-service",
            "/api/connections", "message-service", "/api/conversations?limit=1");
    private static final long EXIT_WITHIN_MILLIS = 30_000;
    /** A send in flight when session-service stopped reached Meta at most this long before its exit. */
    private static final long IN_FLIGHT_MILLIS = 3000;

    @Test
    void aServiceStoppedWithSigtermDrainsAndNoClientSeesAReset() throws Exception {
        assumeTrue(Stack.SCRIPT != null && URLS.size() == SERVICES.size(), "needs ./stack test");
        List<LoadTenant> tenants = LoadTenant.prepare(2, 5);
        Map<String, String> outcome = new LinkedHashMap<>();
        long[] session = {-1, -1};
        try (Traffic traffic = new Traffic(UUID.randomUUID().toString().substring(0, 8))) {
            traffic.phase("warm-up");
            traffic.stream(tenants, 0, 10, 5, 0, 0, Duration.ofSeconds(2));
            tenants.forEach(LoadTenant::findConversations);
            int batch = 10;
            int send = 0;
            for (String service : ORDER) {
                traffic.phase(service + " stopping");
                String url = URLS.get(SERVICES.indexOf(service));
                int first = batch;
                int firstSend = send;
                CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> stream(traffic, tenants, first,
                        firstSend));
                CompletableFuture<Void> reads = CompletableFuture.runAsync(() -> read(traffic, tenants.get(0),
                        service, stream));
                batch += 30;
                send += 15;
                Traffic.sleep(2000);
                try (LiveSocket socket = LiveSocket.open(Stack.token(tenants.get(0).agent));
                        Readiness readiness = Readiness.watch(url)) {
                    readiness.awaitReady();
                    long started = System.currentTimeMillis();
                    int code = Stack.script("term", service);
                    long stopped = System.currentTimeMillis();
                    if ("session-service".equals(service)) {
                        session[0] = started;
                        session[1] = stopped;
                    }
                    Traffic.sleep(1000);
                    outcome.put(service, "exit " + code + " after " + (stopped - started) + " ms; readiness "
                            + readiness.seen() + "; socket close code " + socket.closeCode());
                    System.out.printf("faults: SIGTERM %s: %s%n", service, outcome.get(service));
                    assertEquals(0, code, service + " did not stop by itself");
                    assertTrue(stopped - started <= EXIT_WITHIN_MILLIS, service + " took too long to stop");
                    assertTrue(readiness.notReadyBeforeGone(), service + " stopped listening while still ready: "
                            + readiness.seen());
                    if ("realtime-service".equals(service)) {
                        assertEquals(1012, socket.closeCode(), "sockets are closed with 1012 (service restart)");
                    }
                }
                assertEquals(0, Stack.script("restore"), service + " did not come back");
                stream.get(3, TimeUnit.MINUTES);
                reads.get(1, TimeUnit.MINUTES);
            }
            Ledger ledger = Ledger.settle(tenants, traffic, Duration.ofSeconds(120));
            Map<String, Integer> answers = traffic.answers();
            System.out.printf("faults: answers %s%n", answers);
            ledger.printInbound();
            ledger.printSends();
            List<String> twice = ledger.sentTwice();
            List<String> inFlight = ledger.providerReceived.entrySet().stream()
                    .filter(e -> e.getValue().get(0) >= session[0] - IN_FLIGHT_MILLIS && e.getValue().get(0)
                            <= session[1]).map(Map.Entry::getKey).toList();
            System.out.printf("faults: sends at Meta while session-service stopped %d, sent twice %d %s%n",
                    inFlight.size(), twice.size(), twice);

            List<String> bad = answers.keySet().stream().filter(k -> !k.matches(".* (2\\d\\d|502|503)")).toList();
            assertEquals(List.of(), bad, "answers other than 2xx, 502 or 503 (io = no answer): " + answers);
            assertEquals(0, traffic.gaveUp.get(), "webhook batches never accepted");
            assertEquals(List.of(), ledger.missingInbound(), "accepted webhooks not stored");
            assertEquals(List.of(), ledger.storedTwice(), "messages stored twice");
            assertEquals(List.of(), ledger.neverSent(), "accepted or stored sends that never reached Meta");
            assertEquals(0, ledger.pending(), "sends still PENDING");
            assertTrue(inFlight.containsAll(twice), "sent twice, yet not in flight when session-service stopped");
        }
        LoadTenant.purge(tenants);
    }

    /** 30 webhook batches of 5 messages and 15 sends over 12 s. */
    private static void stream(Traffic traffic, List<LoadTenant> tenants, int firstBatch, int firstSend) {
        try {
            traffic.stream(tenants, firstBatch, 30, 5, firstSend, 15, Duration.ofSeconds(12));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads of the stopping service through the edge, every 100 ms while the stream lasts. */
    private static void read(Traffic traffic, LoadTenant tenant, String service, CompletableFuture<Void> stream) {
        String path = READS.get(service);
        while (path != null && !stream.isDone()) {
            traffic.call("read " + service, HttpRequest.newBuilder(URI.create(Stack.URL + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + Stack.token(tenant.admin)).GET().build());
            Traffic.sleep(100);
        }
    }

    /** Polls a service's readiness every 100 ms and keeps the changes: 200, 503, then "gone" (no answer). */
    private static final class Readiness implements AutoCloseable {

        private final List<String> changes = new ArrayList<>();
        private final Thread poller;
        private volatile boolean stop;

        private Readiness(String url) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            poller = new Thread(() -> {
                while (!stop) {
                    String state;
                    try {
                        state = Integer.toString(http.send(request,
                                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
                    } catch (Exception e) {
                        state = "gone";
                    }
                    synchronized (changes) {
                        if (changes.isEmpty() || !changes.get(changes.size() - 1).equals(state)) {
                            changes.add(state);
                        }
                    }
                    Traffic.sleep(100);
                }
            });
            poller.start();
        }

        static Readiness watch(String url) {
            return new Readiness(url);
        }

        void awaitReady() {
            await().atMost(Duration.ofSeconds(10)).until(() -> seen().contains("200"));
        }

        List<String> seen() {
            synchronized (changes) {
                return List.copyOf(changes);
            }
        }

        /** Ready, then 503, then gone (the readiness check goes DOWN before the port closes). */
        boolean notReadyBeforeGone() {
            List<String> seen = seen();
            int gone = seen.indexOf("gone");
            return gone > 0 && seen.subList(seen.indexOf("200"), gone).contains("503");
        }

        @Override
        public void close() throws InterruptedException {
            stop = true;
            poller.join();
        }
    }
}
