package com.waplatform.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A user's live connection to {@code /ws}, collecting every frame it receives. */
final class LiveSocket implements AutoCloseable {

    private final List<JsonNode> frames;
    private final WebSocket socket;
    private final java.util.concurrent.atomic.AtomicInteger closeCode;

    private LiveSocket(WebSocket socket, List<JsonNode> frames, java.util.concurrent.atomic.AtomicInteger closeCode) {
        this.socket = socket;
        this.frames = frames;
        this.closeCode = closeCode;
    }

    /** The close code the server sent, or -1 while the socket is open. */
    int closeCode() {
        return closeCode.get();
    }

    static LiveSocket open(String token) {
        List<JsonNode> frames = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicInteger closeCode = new java.util.concurrent.atomic.AtomicInteger(-1);
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + token)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(Stack.URL.replaceFirst("^http", "ws") + "/ws"), new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            frames.add(Stack.json(partial.toString()));
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closeCode.set(statusCode);
                        return null;
                    }
                }).join();
        return new LiveSocket(ws, frames, closeCode);
    }

    /** Frames whose {@code type} is the given one and that match the filter. */
    List<JsonNode> frames(String type, Predicate<JsonNode> filter) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode frame : frames) {
            if (type.equals(frame.path("type").asText()) && filter.test(frame)) {
                found.add(frame);
            }
        }
        return found;
    }

    List<JsonNode> all() {
        return List.copyOf(frames);
    }

    @Override
    public void close() {
        if (closeCode.get() < 0) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
