package com.waplatform.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The customers' and agents' side of a fault test, always through the edge. A webhook batch is retried like Meta
 * does (backoff 0.25 s to 4 s) until it is answered 200; a send is never retried (the API has no idempotency key):
 * 202 makes it accepted, anything else (or no answer) makes its outcome unknown. Every answer is counted.
 */
final class Traffic implements AutoCloseable {

    private static final Duration GIVE_UP = Duration.ofSeconds(180);

    final String run;
    /** wamid → phase it was accepted in. */
    final Map<String, String> accepted = new ConcurrentHashMap<>();
    /** text → message id of sends answered 202. */
    final Map<String, String> sends = new ConcurrentHashMap<>();
    /** text → phase of sends answered 202. */
    final Map<String, String> sendPhases = new ConcurrentHashMap<>();
    /** text → answer (-1: no answer) of sends whose outcome is unknown. */
    final Map<String, Integer> unknown = new ConcurrentHashMap<>();
    final AtomicInteger gaveUp = new AtomicInteger();
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private volatile String phase = "start";

    Traffic(String run) {
        this.run = run;
    }

    void phase(String name) {
        phase = name;
    }

    /** Counts of the answers seen, by kind ("webhook 200", "send 502", "send io", ...). */
    Map<String, Integer> answers() {
        Map<String, Integer> counts = new TreeMap<>();
        answers.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    /** Sends answered 202 during {@code phase}. */
    long sendsAccepted(String phase) {
        return sendPhases.values().stream().filter(phase::equals).count();
    }

    int answered(String kind, int status) {
        AtomicInteger n = answers.get(kind + " " + status);
        return n == null ? 0 : n.get();
    }

    /** The wamids of batch {@code b} (of {@code size} messages) of this customer. */
    String wamid(int batch, int m) {
        return "wamid.fault-" + run + "-" + batch + "-" + m;
    }

    /** Sends {@code count} batches and {@code sendCount} sends spread evenly over {@code length}; waits for all. */
    void stream(List<LoadTenant> tenants, int firstBatch, int count, int size, int firstSend, int sendCount,
            Duration length) throws Exception {
        List<Map.Entry<Long, Runnable>> plan = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int b = firstBatch + i;
            plan.add(Map.entry(length.toMillis() * i / count, () -> inbound(tenants, b, size)));
        }
        for (int i = 0; i < sendCount; i++) {
            int n = firstSend + i;
            plan.add(Map.entry(length.toMillis() * i / sendCount, () -> send(tenants, n)));
        }
        plan.sort(Map.Entry.comparingByKey());
        long start = System.currentTimeMillis();
        List<Future<?>> work = new ArrayList<>();
        for (Map.Entry<Long, Runnable> step : plan) {
            sleep(start + step.getKey() - System.currentTimeMillis());
            work.add(pool.submit(step.getValue()));
        }
        for (Future<?> f : work) {
            f.get();
        }
    }

    /** Batch {@code b}: one customer (spread over tenants and customers) writes {@code size} messages. */
    void inbound(List<LoadTenant> tenants, int b, int size) {
        LoadTenant tenant = tenants.get(b % tenants.size());
        String customer = tenant.customers.get(b / tenants.size() % tenant.customers.size());
        List<String> messages = new ArrayList<>();
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        for (int m = 0; m < size; m++) {
            messages.add(MetaPayloads.message(wamid(b, m), customer, "text",
                    "{\"body\":\"fault " + b + "/" + m + "\"}").replace(MetaPayloads.TIMESTAMP, timestamp));
        }
        byte[] body = MetaPayloads.body(List.of(List.of(MetaPayloads.messages(tenant.number.phoneNumberId(), customer,
                "Fault " + customer, messages.toArray(String[]::new))))).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.URL + "/webhooks/meta/"
                        + tenant.number.connectionId()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", MetaPayloads.sign(body, tenant.number.appSecret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        long backoff = 250;
        long end = System.currentTimeMillis() + GIVE_UP.toMillis();
        while (System.currentTimeMillis() < end) {
            int status = call("webhook", request);
            if (status == 200) {
                String at = phase;
                for (int m = 0; m < size; m++) {
                    accepted.put(wamid(b, m), at);
                }
                return;
            }
            sleep(backoff);
            backoff = Math.min(4000, backoff * 2);
        }
        gaveUp.incrementAndGet();
    }

    /** Send {@code n}: the agent of a tenant answers one of its customers, once. */
    void send(List<LoadTenant> tenants, int n) {
        LoadTenant tenant = tenants.get(n % tenants.size());
        String customer = tenant.customers.get(n / tenants.size() % tenant.customers.size());
        String text = "f-" + run + "-" + n;
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.URL + "/api/conversations/"
                        + tenant.conversations.get(customer) + "/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Stack.token(tenant.agent))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            count("send " + response.statusCode());
            if (response.statusCode() == 202) {
                sends.put(text, Stack.json(response.body()).path("id").asText());
                sendPhases.put(text, phase);
            } else {
                unknown.put(text, response.statusCode());
            }
        } catch (IOException e) {
            count("send io");
            unknown.put(text, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One request; answers its status, or -1 for no answer (counted as "KIND io"). */
    int call(String kind, HttpRequest request) {
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            count(kind + " " + status);
            return status;
        } catch (IOException e) {
            count(kind + " io");
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private void count(String kind) {
        answers.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
