package com.waplatform.realtime.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One user, and one tenant, hold a bounded number of sockets (2 and 3 in tests); the next is told why. */
@QuarkusTest
class SocketLimitsTest {

    @TestHTTPResource("/ws")
    URI endpoint;

    private final List<Socket> opened = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(Socket::close);
    }

    @Test
    void theSocketOverTheUsersOrTheTenantsLimitIsClosedWithTheReason() throws Exception {
        Socket first = open("acme-agent");
        Socket second = open("acme-agent");
        assertTrue(first.greeted() && second.greeted(), "the first two sockets of a user are served");

        Socket third = open("acme-agent");
        assertEquals(1008, third.closeCode());
        assertTrue(third.closeReason().contains("your user (at most 2)"), third.closeReason());

        Socket admin = open("acme-admin");
        assertTrue(admin.greeted(), "the tenant's third socket is served");
        Socket overTenant = open("acme-admin");
        assertEquals(1008, overTenant.closeCode());
        assertTrue(overTenant.closeReason().contains("your organization (at most 3)"), overTenant.closeReason());

        assertTrue(open("globex-agent").greeted(), "another tenant is not affected");

        first.close();
        first.awaitClosed();
        assertTrue(open("acme-agent").greeted(), "a closed socket frees its place");
        System.out.println("socket limits: per user 2 and per tenant 3 held; refusals closed with 1008");
    }

    private Socket open(String user) throws Exception {
        Socket socket = new Socket();
        HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", "Bearer " + DemoTokens.of(user))
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(endpoint.toString().replaceFirst("^http", "ws")), socket).get(10, TimeUnit.SECONDS);
        opened.add(socket);
        socket.settle();
        return socket;
    }

    /** A client socket: the hello frame, or the close code and reason the server sent. */
    private static final class Socket implements WebSocket.Listener {

        private final CompletableFuture<String> hello = new CompletableFuture<>();
        private final CompletableFuture<String> closed = new CompletableFuture<>();
        private volatile int closeCode = -1;
        private volatile WebSocket socket;

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            hello.complete(data.toString());
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode = statusCode;
            closed.complete(reason);
            return null;
        }

        /** Waits until the server greeted or closed the socket. */
        void settle() throws Exception {
            CompletableFuture.anyOf(hello, closed).get(10, TimeUnit.SECONDS);
        }

        boolean greeted() {
            return hello.isDone() && !closed.isDone();
        }

        int closeCode() throws Exception {
            closed.get(10, TimeUnit.SECONDS);
            return closeCode;
        }

        String closeReason() throws Exception {
            return closed.get(10, TimeUnit.SECONDS);
        }

        void awaitClosed() throws Exception {
            closed.get(10, TimeUnit.SECONDS);
        }

        void close() {
            if (!closed.isDone() && socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            }
        }
    }
}
