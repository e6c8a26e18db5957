package com.waplatform.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * A browser cannot set headers on a WebSocket: the web app offers the subprotocols {@code bearer-token-carrier} and
 * the percent-encoded {@code quarkus-http-upgrade#Authorization#Bearer <token>}. Through the edge, the server signs
 * the user in with that token and selects {@code bearer-token-carrier} (a browser drops an upgrade that selects
 * none of the offered subprotocols); a wrong token is refused before the upgrade.
 */
class BrowserSocketHandshakeTest {

    private static final String CARRIER = "bearer-token-carrier";

    @Test
    void theTokenTravelsAsASubprotocolAndTheCarrierIsSelected() {
        WebSocket socket = open(Stack.token("acme-agent")).join();
        try {
            assertEquals(CARRIER, socket.getSubprotocol());
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
        assertThrows(CompletionException.class, () -> open(Stack.token("acme-agent") + "x").join());
    }

    private static java.util.concurrent.CompletableFuture<WebSocket> open(String token) {
        String carried = URLEncoder.encode("quarkus-http-upgrade#Authorization#Bearer " + token, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return HttpClient.newHttpClient().newWebSocketBuilder().subprotocols(CARRIER, carried)
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(Stack.URL.replaceFirst("^http", "ws") + "/ws"), new WebSocket.Listener() {
                });
    }
}
