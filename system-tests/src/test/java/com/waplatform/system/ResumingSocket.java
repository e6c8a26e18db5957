package com.waplatform.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of {@code /ws} that behaves like the web app: it keeps the position of the last frame and, when its
 * socket is lost, connects again — to {@code fallback}, as the edge would send it to another replica — with
 * {@code ?resume=<position>}. Every event frame it ever received is kept, in order.
 */
final class ResumingSocket implements WebSocket.Listener, AutoCloseable {

    private final String user;
    private final String fallback;
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final CompletableFuture<Void> greeted = new CompletableFuture<>();
    final AtomicInteger reconnections = new AtomicInteger();
    final AtomicInteger resyncs = new AtomicInteger();
    private volatile String position;
    private volatile boolean closing;
    private volatile WebSocket socket;
    /** What happened to the connection, for a failure's message: where it connected, what it was told. */
    final List<String> history = new CopyOnWriteArrayList<>();

    private ResumingSocket(String user, String fallback) {
        this.user = user;
        this.fallback = fallback;
    }

    /** Connects {@code user} to {@code url} (a replica's ws:// address); waits for the hello. */
    static ResumingSocket open(String user, String url, String fallback) {
        ResumingSocket client = new ResumingSocket(user, fallback);
        client.connect(url);
        client.greeted.orTimeout(15, TimeUnit.SECONDS).join();
        return client;
    }

    private void connect(String url) {
        String query = position == null ? "" : "?resume=" + URLEncoder.encode(position, StandardCharsets.UTF_8);
        history.add("connect " + url.substring(url.lastIndexOf(':') + 1) + (position == null ? "" : " from " + position));
        HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + Stack.token(user))
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(url + "/ws" + query), this)
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        retryLater();
                    } else {
                        socket = ws;
                    }
                });
    }

    private void retryLater() {
        if (!closing) {
            CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS).execute(() -> connect(fallback));
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            JsonNode frame = Stack.json(partial.toString());
            partial.setLength(0);
            String type = frame.path("type").asText();
            if ("hello".equals(type)) {
                history.add("hello " + frame.path("resumed").asBoolean() + " " + frame.path("position").asText(""));
                if (frame.path("resync").asBoolean()) {
                    resyncs.incrementAndGet();
                }
                if (!frame.path("resumed").asBoolean()) {
                    position = frame.path("position").asText(null);
                }
                greeted.complete(null);
            } else if ("caught-up".equals(type)) {
                history.add("caught-up " + frame.path("position").asText());
                position = frame.path("position").asText();
            } else if (frame.hasNonNull("eventId")) {
                events.add(frame);
                position = frame.path("position").asText(position);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        history.add("closed " + statusCode + " " + reason + " at " + position);
        lost();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        history.add("error " + error + " at " + position);
        lost();
    }

    private void lost() {
        if (!closing) {
            reconnections.incrementAndGet();
            partial.setLength(0);
            retryLater();
        }
    }

    List<JsonNode> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        closing = true;
        WebSocket open = socket;
        if (open != null && !open.isOutputClosed()) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
