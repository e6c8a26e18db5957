package com.waplatform.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed Meta webhooks per second through one webhook-gateway instance (every 200 means: verified, normalized and
 * acknowledged by Kafka) and p50/p99 time to 200 at half the measured maximum, beside two servers measured in the
 * same run, on the same machine, with the same requests: a bare Vert.x server answering "200 OK", and a bare Vert.x
 * server that only hands each body to Kafka as two acknowledged records ({@link KafkaHandOffServer}) — what the
 * delivery guarantee alone costs here, whatever the gateway does besides.
 */
public final class GatewayBench {

    private GatewayBench() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = System.getProperty("gateway", "http://127.0.0.1:8084");
        int seconds = Integer.getInteger("seconds", 10);
        int concurrency = Integer.getInteger("concurrency", 32);
        StackClient stack = new StackClient(System.getProperty("edge", "http://localhost:8080"),
                System.getProperty("keycloak", "http://localhost:8180"),
                System.getProperty("simulator", "http://127.0.0.1:8090"));
        String token = stack.token("acme-admin");
        List<StackClient.Number> numbers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                numbers.add(stack.connect(token));
            }
            measure(gateway, seconds, concurrency, numbers);
        } finally {
            String again = stack.token("acme-admin"); // the first may have expired meanwhile
            for (StackClient.Number number : numbers) {
                stack.disconnect(again, number);
            }
        }
    }

    private static void measure(String gateway, int seconds, int concurrency, List<StackClient.Number> numbers)
            throws Exception {
        Vertx vertx = Vertx.vertx();
        HttpServer bare = vertx.createHttpServer()
                .requestHandler(req -> req.body().onComplete(b -> req.response().setStatusCode(200).end("OK")))
                .listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        KafkaHandOffServer handOff = KafkaHandOffServer.start(vertx, System.getProperty("kafka", "127.0.0.1:9092"));
        URIParts target = URIParts.of(gateway);
        AtomicLong sequence = new AtomicLong();
        Supplier<LoadRunner.Request> webhooks = () -> webhook(numbers, sequence.incrementAndGet());

        Map<String, LoadRunner> servers = new LinkedHashMap<>();
        servers.put("bare Vert.x 200 OK", new LoadRunner(vertx, "127.0.0.1", bare.actualPort(), concurrency));
        servers.put("Kafka hand-off only", new LoadRunner(vertx, "127.0.0.1", handOff.port(), concurrency));
        servers.put("webhook-gateway", new LoadRunner(vertx, target.host(), target.port(), concurrency));
        int warmUp = Integer.getInteger("warmup", 10); // a gateway started just now needs its JIT first
        System.out.printf("warming up (%d s each)…%n", warmUp);
        for (LoadRunner server : servers.values()) {
            server.closedLoop(webhooks, concurrency, warmUp);
        }
        Map<String, LoadRunner.Result> max = new LinkedHashMap<>();
        Map<String, LoadRunner.Result> half = new LinkedHashMap<>();
        for (var server : servers.entrySet()) {
            max.put(server.getKey(), server.getValue().closedLoop(webhooks, concurrency, seconds));
        }
        for (var server : servers.entrySet()) {
            half.put(server.getKey(), server.getValue().openLoop(webhooks,
                    (int) (max.get(server.getKey()).perSecond() / 2), seconds));
        }

        System.out.println();
        System.out.printf("signed Meta webhooks, %d connections in flight, %d s per measurement, %d CPUs%n",
                concurrency, seconds, Runtime.getRuntime().availableProcessors());
        max.forEach((name, result) -> System.out.printf("%-34s %s%n", name + ", max:", result));
        half.forEach((name, result) -> System.out.printf("%-34s %s%n", name + " at half its max:", result));
        double bareRate = max.get("bare Vert.x 200 OK").perSecond();
        System.out.printf("Kafka hand-off only / bare throughput: %.0f %% (what two acknowledged records per webhook "
                + "leave of the bare rate on this machine)%n", 100 * max.get("Kafka hand-off only").perSecond() / bareRate);
        System.out.printf("gateway / Kafka hand-off only: %.0f %%%n",
                100 * max.get("webhook-gateway").perSecond() / max.get("Kafka hand-off only").perSecond());
        System.out.printf("gateway / bare throughput: %.0f %% (target >= 40 %%); gateway p99 at half max: %.2f ms "
                + "(target <= 20 ms)%n", 100 * max.get("webhook-gateway").perSecond() / bareRate,
                half.get("webhook-gateway").p99());
        servers.values().forEach(LoadRunner::close);
        handOff.close();
        vertx.close();
    }

    /** A webhook for one of the numbers (round robin), with a message id never used before, signed. */
    static LoadRunner.Request webhook(List<StackClient.Number> numbers, long n) {
        StackClient.Number number = numbers.get((int) (n % numbers.size()));
        String from = "5511" + (900_000_000 + n % 50_000);
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"value\":"
                + "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550001111\","
                + "\"phone_number_id\":\"" + number.phoneNumberId() + "\"},\"contacts\":[{\"profile\":{\"name\":"
                + "\"Bench\"},\"wa_id\":\"" + from + "\"}],\"messages\":[{\"from\":\"" + from + "\",\"id\":"
                + "\"wamid.BENCH" + UUID.randomUUID() + "\",\"timestamp\":\"" + System.currentTimeMillis() / 1000
                + "\",\"type\":\"text\",\"text\":{\"body\":\"benchmark message " + n + "\"}}]},\"field\":"
                + "\"messages\"}]}]}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new LoadRunner.Request("/webhooks/meta/" + number.connectionId(), Buffer.buffer(bytes),
                Map.of("X-Hub-Signature-256", sign(bytes, number.appSecret())));
    }

    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Host and port of a URL. */
    record URIParts(String host, int port) {
        static URIParts of(String url) {
            java.net.URI uri = java.net.URI.create(url);
            return new URIParts(uri.getHost(), uri.getPort());
        }
    }
}
