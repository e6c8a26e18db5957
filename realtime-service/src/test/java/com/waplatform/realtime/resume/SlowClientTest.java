package com.waplatform.realtime.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.realtime.testing.TestEvents;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading cannot hold anyone back: once 1,000 frames wait for it, its socket is closed with 1013
 * while another socket of the same tenant keeps getting every event.
 */
@QuarkusTest
class SlowClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EVENTS = 4000;
    private static final String FILLER = "slow-client-test-" + "x".repeat(4000);

    @TestHTTPResource("/ws")
    URI endpoint;

    @Test
    void aStalledClientIsClosedWhileTheOthersKeepReceiving() throws Exception {
        Client stalled = new Client(false);
        Client reader = new Client(true);
        try {
            stalledAndReader(stalled, reader);
        } finally {
            stalled.abort();
            reader.abort();
            Thread.sleep(500); // the server has let go of both before the next test counts sockets
        }
    }

    private void stalledAndReader(Client stalled, Client reader) throws Exception {
        stalled.connect("acme-agent");
        reader.connect("acme-admin");
        stalled.hello.get(10, TimeUnit.SECONDS);
        reader.hello.get(10, TimeUnit.SECONDS);

        String tenant = JSON.readTree(Base64.getUrlDecoder().decode(DemoTokens.of("acme-agent").split("\\.")[1]))
                .path("tenant_id").asText();
        String filler = FILLER; // 16 MB in all: more than the sockets' buffers hold
        long start = System.nanoTime();
        try (KafkaProducer<String, String> kafka = TestEvents.producer()) {
            for (int i = 0; i < EVENTS; i++) {
                String envelope = JSON.createObjectNode().put("eventId", UUID.randomUUID().toString())
                        .put("type", EventTypes.CONVERSATION_MESSAGE_CREATED).put("tenantId", tenant)
                        .put("occurredAt", "2026-12-02T10:00:00Z")
                        .set("payload", JSON.createObjectNode().put("text", filler)).toString();
                kafka.send(new ProducerRecord<>(Topics.CONVERSATION_EVENTS, tenant, envelope));
            }
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (reader.events.get() < EVENTS && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(EVENTS, reader.events.get(), "the reading client got every event");
        long millis = (System.nanoTime() - start) / 1_000_000;

        stalled.socket.request(Long.MAX_VALUE); // it reads again: what was written, then the close
        assertEquals(1013, stalled.closed.get(30, TimeUnit.SECONDS), "the stalled client was closed");
        assertTrue(stalled.events.get() < EVENTS, "it was not given everything: " + stalled.events.get());
        System.out.printf("slow client: closed (1013) after %d of %d events; the other socket got all %d in %d ms%n",
                stalled.events.get(), EVENTS, EVENTS, millis);
    }

    /** A client that reads everything, or (stalled) only the hello and nothing after it until told to. */
    private final class Client implements WebSocket.Listener {

        private final boolean reads;
        final CompletableFuture<Void> hello = new CompletableFuture<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final AtomicInteger events = new AtomicInteger();
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        Client(boolean reads) {
            this.reads = reads;
        }

        void connect(String user) throws Exception {
            socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .header("Authorization", "Bearer " + DemoTokens.of(user)).connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(endpoint.toString().replaceFirst("^http", "ws")), this)
                    .get(10, TimeUnit.SECONDS);
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(reads ? Long.MAX_VALUE : 1); // the reader as fast as a client can be
        }

        void abort() {
            if (socket != null) {
                socket.abort();
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (!last) {
                return null;
            }
            String frame = partial.toString();
            partial.setLength(0);
            if (!hello.isDone()) {
                hello.complete(null);
            } else if (frame.contains(FILLER)) {
                events.incrementAndGet(); // this test's events (earlier tests' may still be arriving)
            }
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }
}
