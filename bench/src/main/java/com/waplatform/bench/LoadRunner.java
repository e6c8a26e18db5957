package com.waplatform.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * HTTP load with a fixed set of keep-alive connections: a closed loop for the highest rate a server sustains, and
 * an open loop at a given rate whose latencies are measured from each request's scheduled time (no coordinated
 * omission).
 */
final class LoadRunner {

    /** A request to send: its path, body and headers. */
    record Request(String path, Buffer body, Map<String, String> headers) {
    }

    /** Answers per second, and latency percentiles in milliseconds; failures are answers other than 200. */
    record Result(double perSecond, double p50, double p99, int requests, int failures) {
        @Override
        public String toString() {
            return String.format("%8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  (%d requests, %d not 200)", perSecond,
                    p50, p99, requests, failures);
        }
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final String host;
    private final int port;

    LoadRunner(Vertx vertx, String host, int port, int connections) {
        this.vertx = vertx;
        this.host = host;
        this.port = port;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(connections)
                .setPipelining(false));
    }

    /** As fast as it goes with {@code concurrency} requests in flight, for {@code seconds}. */
    Result closedLoop(Supplier<Request> requests, int concurrency, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long[] latencies = new long[2_000_000];
        AtomicInteger count = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int i = 0; i < concurrency; i++) {
            vertx.runOnContext(v -> loop(requests, end, latencies, count, failures, done));
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return result(latencies, count.get(), failures.get(), elapsed);
    }

    private void loop(Supplier<Request> requests, long end, long[] latencies, AtomicInteger count,
            AtomicInteger failures, CountDownLatch done) {
        if (System.nanoTime() >= end) {
            done.countDown();
            return;
        }
        long sent = System.nanoTime();
        send(requests.get(), status -> {
            int n = count.getAndIncrement();
            if (n < latencies.length) {
                latencies[n] = System.nanoTime() - sent;
            }
            if (status != 200) {
                failures.incrementAndGet();
            }
            loop(requests, end, latencies, count, failures, done);
        });
    }

    /** {@code rate} requests per second on schedule for {@code seconds}; latency counted from the schedule. */
    Result openLoop(Supplier<Request> requests, int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        double intervalNanos = 1e9 / rate;
        AtomicLong next = new AtomicLong();
        long timer = vertx.setPeriodic(1, id -> {
            long due = (long) ((System.nanoTime() - start) / intervalNanos);
            for (long i = next.get(); i <= due && i < total; i = next.incrementAndGet()) {
                long scheduled = start + (long) (i * intervalNanos);
                int index = (int) i;
                send(requests.get(), status -> {
                    latencies[index] = System.nanoTime() - scheduled;
                    answered.incrementAndGet();
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                    done.countDown();
                });
            }
        });
        done.await(seconds + 60L, TimeUnit.SECONDS);
        vertx.cancelTimer(timer);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return result(latencies, answered.get(), failures.get() + (total - answered.get()), elapsed);
    }

    private void send(Request request, java.util.function.IntConsumer answer) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(host).setPort(port)
                .setURI(request.path()).putHeader("Content-Type", "application/json");
        request.headers().forEach(options::putHeader);
        client.request(options)
                .compose(r -> r.send(request.body()).compose(resp -> resp.body().map(b -> resp.statusCode())))
                .onComplete(ar -> answer.accept(ar.succeeded() ? ar.result() : -1));
    }

    private static Result result(long[] latencies, int count, int failures, double elapsedSeconds) {
        long[] sorted = Arrays.copyOf(latencies, Math.min(count, latencies.length));
        Arrays.sort(sorted);
        return new Result(count / elapsedSeconds, percentile(sorted, 0.50), percentile(sorted, 0.99), count,
                failures);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    void close() {
        client.close();
    }
}
