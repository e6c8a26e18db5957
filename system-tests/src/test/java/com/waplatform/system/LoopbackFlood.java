package com.waplatform.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Unauthenticated requests from several loopback source addresses (127.0.0.2, 127.0.0.3 …: every 127/8 address
 * is this machine's), a fixed number in flight, each on its own connection bound to its address. Counts the
 * answers by status. The JDK's HTTP client cannot choose its source address, hence the plain sockets.
 */
final class LoopbackFlood implements AutoCloseable {

    /** One request: its first line and headers (without Host and Connection) and its body. */
    record Request(String head, byte[] body) {
    }

    private final URI target;
    private final List<String> sources;
    private final ExecutorService workers;
    private final int inFlight;
    private final Map<Integer, AtomicInteger> answers = new TreeMap<>();
    private volatile boolean stopped;

    LoopbackFlood(URI target, List<String> sources, int inFlight) {
        this.target = target;
        this.sources = sources;
        this.inFlight = inFlight;
        this.workers = Executors.newFixedThreadPool(inFlight);
    }

    /**
     * Starts sending requests made by {@code request}: at least {@code count}, and on until {@link #stop}; the
     * future ends when all are answered.
     */
    CompletableFuture<Void> start(int count, IntFunction<Request> request) {
        AtomicInteger next = new AtomicInteger();
        Runnable lane = () -> {
            for (int i = next.getAndIncrement(); i < count || !stopped; i = next.getAndIncrement()) {
                count(send(sources.get(i % sources.size()), request.apply(i)));
            }
        };
        // nothing waits on a shared pool's thread (the JDK's HTTP client of the test needs those)
        return CompletableFuture.allOf(IntStream.range(0, inFlight)
                .mapToObj(n -> CompletableFuture.runAsync(lane, workers)).toArray(CompletableFuture[]::new));
    }

    /** No more requests than the number asked for. */
    void stop() {
        stopped = true;
    }

    /** Answers so far, by status (0: no answer). */
    synchronized Map<Integer, Integer> answers() {
        Map<Integer, Integer> copy = new TreeMap<>();
        answers.forEach((status, n) -> copy.put(status, n.get()));
        return copy;
    }

    private synchronized void count(int status) {
        answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    private int send(String source, Request request) {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(10_000);
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write((request.head() + "\r\nHost: " + target.getHost() + ":" + target.getPort()
                    + "\r\nConnection: close\r\nContent-Length: " + request.body().length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(request.body());
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] start = in.readNBytes(12); // "HTTP/1.1 200"
            in.transferTo(OutputStream.nullOutputStream());
            return start.length == 12 ? Integer.parseInt(new String(start, 9, 3, StandardCharsets.US_ASCII)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
