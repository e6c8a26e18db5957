package com.waplatform.realtime.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client socket of a test: its frames in order, read one at a time. */
public final class TestSocket implements WebSocket.Listener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    /** Presence frames, apart: they come whenever someone of the tenant connects or leaves. */
    private final BlockingQueue<String> presence = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private volatile int closeCode = -1;
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    /** The first frame, read while opening. */
    private String head;
    private String position;

    /** Opens a socket with the token; a refusal for too many sockets (a closed one not yet gone) is tried again. */
    public static TestSocket open(URI uri, String token) throws Exception {
        for (int attempt = 0; ; attempt++) {
            TestSocket s = new TestSocket();
            s.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token).connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, s).get(10, TimeUnit.SECONDS);
            String first = null;
            for (long until = System.nanoTime() + 10_000_000_000L; first == null && !s.closed.isDone()
                    && System.nanoTime() < until; ) {
                first = s.frames.poll(100, TimeUnit.MILLISECONDS);
            }
            if (first != null) {
                s.head = first;
                return s;
            }
            String reason = s.closed.getNow("");
            if (attempt >= 25 || !(reason.startsWith("Too many open connections") || reason.startsWith("Starting"))) {
                throw new AssertionError("no hello; closed: " + reason);
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String frame = partial.toString();
            (frame.startsWith("{\"type\":\"presence\"") ? presence : frames).add(frame);
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode = statusCode;
        closed.complete(reason);
        return null;
    }

    /** The next frame (within 10 s). */
    public JsonNode next() throws Exception {
        String frame = head != null ? head : frames.poll(10, TimeUnit.SECONDS);
        head = null;
        assertNotNull(frame, "no frame within 10 s");
        return seen(frame);
    }

    /** The next presence frame (within 10 s). */
    public JsonNode nextPresence() throws Exception {
        String frame = presence.poll(10, TimeUnit.SECONDS);
        assertNotNull(frame, "no presence frame within 10 s");
        return JSON.readTree(frame);
    }

    /** No presence frame arrives within {@code millis}. */
    public void assertNoPresence(long millis) throws Exception {
        assertNull(presence.poll(millis, TimeUnit.MILLISECONDS), "no presence change");
    }

    /** The next {@code count} frames, each an event with a position. */
    public List<JsonNode> events(int count) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode event = next();
            assertEquals(false, event.path("eventId").isMissingNode(), "an event: " + event);
            assertEquals(false, event.path("position").asText().isEmpty(), "with its position: " + event);
            events.add(event);
        }
        return events;
    }

    /** Skips what arrives until half a second passes without a frame (events of earlier tests still flowing). */
    public void settle() throws Exception {
        if (head != null) {
            seen(head);
            head = null;
        }
        for (String frame = frames.poll(500, TimeUnit.MILLISECONDS); frame != null;
                frame = frames.poll(500, TimeUnit.MILLISECONDS)) {
            seen(frame);
        }
    }

    /** The position of the last frame read that had one. */
    public String position() {
        return position;
    }

    private JsonNode seen(String frame) throws Exception {
        JsonNode node = JSON.readTree(frame);
        if (!node.path("position").asText().isEmpty()) {
            position = node.path("position").asText();
        }
        return node;
    }

    /** Nothing more arrives (within half a second). */
    public void assertQuiet() throws Exception {
        assertNull(frames.poll(500, TimeUnit.MILLISECONDS), "no more frames");
    }

    /** Sends a text frame. */
    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** Waits (at most {@code seconds}) for the server to close the socket: "code reason". */
    public String awaitClosedByServer(int seconds) throws Exception {
        String reason = closed.get(seconds, TimeUnit.SECONDS);
        return closeCode + " " + reason;
    }

    /** Whether the server has closed the socket. */
    public boolean isClosed() {
        return closed.isDone();
    }

    /** Closes and waits until the server answered. */
    public void close() {
        if (socket != null && !closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            closed.completeOnTimeout("", 5, TimeUnit.SECONDS).join();
        }
    }
}
