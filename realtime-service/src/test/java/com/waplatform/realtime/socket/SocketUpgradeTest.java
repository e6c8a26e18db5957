package com.waplatform.realtime.socket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.realtime.service.TenantSockets;
import com.waplatform.realtime.testing.TestSocket;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The upgrade of {@code /ws}: the token is checked before it (none or a wrong one: 401, no socket); a browser's token
 * travels as a subprotocol and the server selects {@code bearer-token-carrier}; a request that is not an upgrade is
 * told this address takes WebSockets only.
 */
@QuarkusTest
class SocketUpgradeTest {

    @TestHTTPResource("/ws")
    URI endpoint;

    @Inject
    TenantSockets sockets;

    @Test
    void noTokenOrAWrongOneIsRefusedBeforeTheUpgrade() throws Exception {
        assertTrue(handshake(null, null).startsWith("HTTP/1.1 401"));
        assertTrue(handshake("Bearer " + DemoTokens.of("acme-agent") + "x", null).startsWith("HTTP/1.1 401"));
        assertTrue(handshake("Basic YWNtZTphY21l", null).startsWith("HTTP/1.1 401"));
        assertTrue(handshake(null, "bearer-token-carrier, " + carried("not-a-token")).startsWith("HTTP/1.1 401"));
    }

    @Test
    void theTokenCarriedAsASubprotocolOpensTheSocketAndTheCarrierIsSelected() throws Exception {
        String answer = handshake(null, "bearer-token-carrier, " + carried(DemoTokens.of("acme-agent")));
        assertTrue(answer.startsWith("HTTP/1.1 101"), answer);
        assertTrue(answer.toLowerCase().contains("sec-websocket-protocol: bearer-token-carrier"), answer);
    }

    @Test
    void aPlainRequestIsToldThisAddressTakesWebSocketsOnly() {
        given().get("/ws").then().statusCode(400).body(containsString("WebSocket connections only"));
    }

    @Test
    void theHeaderTokenOpensTheSocketOfItsTenant() throws Exception {
        TestSocket socket = TestSocket.open(URI.create(endpoint.toString().replaceFirst("^http", "ws")),
                DemoTokens.of("globex-agent"));
        try {
            var hello = socket.next();
            assertEquals("hello", hello.path("type").asText());
            String payload = new String(java.util.Base64.getUrlDecoder().decode(
                    DemoTokens.of("globex-agent").split("\\.")[1]), StandardCharsets.UTF_8);
            assertTrue(payload.contains("\"tenant_id\":\"" + hello.path("tenantId").asText() + "\""), payload);
        } finally {
            socket.close();
        }
    }

    @Test
    void aClientThatGoesAwayAtOnceLeavesNoSocketBehind() throws Exception {
        for (int i = 0; i < 40; i++) {
            try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
                socket.setSoLinger(true, 0); // a reset right after the upgrade request, before or after its token check
                socket.getOutputStream().write(upgradeRequest("Bearer " + DemoTokens.of("acme-agent"), null));
            }
        }
        long until = System.currentTimeMillis() + 5_000;
        while (sockets.count() > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertEquals(0, sockets.count(), "sockets of clients that went away at once");
    }

    private static String carried(String token) {
        return URLEncoder.encode("quarkus-http-upgrade#Authorization#Bearer " + token, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private byte[] upgradeRequest(String authorization, String protocols) {
        return ("GET /ws HTTP/1.1\r\nHost: " + endpoint.getHost() + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n")
                + (protocols == null ? "" : "Sec-WebSocket-Protocol: " + protocols + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The server's answer (status line and headers) to an upgrade with these headers. */
    private String handshake(String authorization, String protocols) throws Exception {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(upgradeRequest(authorization, protocols));
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            return head.toString();
        }
    }
}
