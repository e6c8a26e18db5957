package com.waplatform.bench.realtime;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many client sockets on one server, on a few event-loop threads, spread over several loopback source addresses
 * (127.0.0.2, 127.0.0.3, …: one address gives at most ~28,000 client ports towards one server port).
 */
final class SocketFleet implements AutoCloseable {

    /** How many sockets of a list are ready, resynced, refused or closed, failed or still waiting. */
    record Tally(int sockets, int ready, int resync, int failed, int waiting, int silent, String waitingGot,
            Map<Integer, Integer> closeCodes) {
        static Tally of(List<ClientSocket> sockets) {
            int ready = 0, resync = 0, failed = 0, waiting = 0, silent = 0;
            String waitingGot = null;
            Map<Integer, Integer> codes = new TreeMap<>();
            for (ClientSocket s : sockets) {
                if (s.closed) {
                    codes.merge(s.closeCode, 1, Integer::sum);
                } else if (s.failed) {
                    failed++;
                } else if (s.readyAt != 0) {
                    ready++;
                } else {
                    waiting++;
                    silent += s.connected && s.frames == 0 ? 1 : 0;
                    waitingGot = s.firstFrame != null ? s.firstFrame : waitingGot;
                }
                resync += s.resync ? 1 : 0;
            }
            return new Tally(sockets.size(), ready, resync, failed, waiting, silent, waitingGot, codes);
        }

        @Override
        public String toString() {
            return ready + "/" + sockets + " ready" + (resync > 0 ? ", " + resync + " resync" : "")
                    + (failed > 0 ? ", " + failed + " failed" : "")
                    + (waiting > 0 ? ", " + waiting + " waiting for their hello (" + silent + " got no frame"
                            + (waitingGot == null ? "" : "; one got first: " + waitingGot) + ")" : "")
                    + (closeCodes.isEmpty() ? "" : ", closed " + closeCodes);
        }
    }

    private final Target target;
    private final Vertx vertx;
    private final List<WebSocketClient> clients = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    SocketFleet(Target target, int threads, List<String> localAddresses) {
        this.target = target;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(threads));
        for (String address : localAddresses) {
            clients.add(vertx.createWebSocketClient(new WebSocketClientOptions().setLocalAddress(address)
                    .setMaxConnections(1_000_000).setConnectTimeout(60_000).setIdleTimeout(0)));
        }
    }

    /** The loopback source addresses 127.0.0.2 … 127.0.0.(count+1). */
    static List<String> loopbackAddresses(int count) {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add("127.0.0." + (i + 2));
        }
        return addresses;
    }

    /**
     * Connects every socket, with at most {@code window} of them not yet ready at a time, and returns once each is
     * ready, failed or closed, or after {@code timeout}.
     */
    Tally open(List<ClientSocket> sockets, int window, Duration timeout) throws InterruptedException {
        Semaphore inFlight = new Semaphore(window);
        CountDownLatch settled = new CountDownLatch(sockets.size());
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ClientSocket socket : sockets) {
            if (!inFlight.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                break;
            }
            AtomicBoolean once = new AtomicBoolean();
            socket.settled = () -> {
                if (once.compareAndSet(false, true)) {
                    inFlight.release();
                    settled.countDown();
                }
            };
            ClientWebSocket ws = clients.get(Math.floorMod(next.getAndIncrement(), clients.size())).webSocket();
            socket.attach(ws);
            ws.connect(target.options(socket.tenantId, socket.userId, socket.resumeFrom))
                    .onSuccess(ok -> socket.opened(target.realtime()))
                    .onFailure(e -> socket.failed());
        }
        settled.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return Tally.of(sockets);
    }

    /** Closes the sockets (normal closure) and waits until the server has closed them too. */
    static void close(List<ClientSocket> sockets, Duration timeout) throws InterruptedException {
        for (ClientSocket s : sockets) {
            if (s.connected && !s.closed) {
                s.socket.close();
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && sockets.stream().anyMatch(s -> s.connected && !s.closed)) {
            Thread.sleep(50);
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join();
    }
}
