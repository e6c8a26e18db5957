package com.waplatform.realtime.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.realtime.testing.TestSocket;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A peer that never answers the pings (gone without closing) is closed with 1001 after the silence limit (here 3 s
 * with pings every second); a live client, which answers them, stays.
 */
@QuarkusTest
@TestProfile(SilentPeersTest.QuickPings.class)
class SilentPeersTest {

    public static class QuickPings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("realtime.sockets.ping-interval", "1s",
                    "realtime.sockets.silence-limit", "3s");
        }
    }

    @TestHTTPResource("/ws")
    URI endpoint;

    @Test
    void aPeerThatNeverAnswersPingsIsClosedALiveOneStays() throws Exception {
        TestSocket live = TestSocket.open(URI.create(endpoint.toString().replaceFirst("^http", "ws")),
                DemoTokens.of("acme-agent"));
        long started = System.currentTimeMillis();
        try (Socket silent = new Socket(endpoint.getHost(), endpoint.getPort())) {
            silent.setSoTimeout(15_000);
            silent.getOutputStream().write(("GET /ws HTTP/1.1\r\nHost: " + endpoint.getHost() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Authorization: Bearer " + DemoTokens.of("acme-admin") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = silent.getInputStream();
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            int pings = 0;
            // read (pings included) but never answer: the server's close frame carries 1001 (0x03E9)
            while (true) {
                int b = in.read();
                assertTrue(b >= 0, "the server closed the connection without a close frame");
                assertTrue(System.currentTimeMillis() - started < 15_000, "not closed within 15 s");
                seen.write(b);
                byte[] bytes = seen.toByteArray();
                int n = bytes.length;
                if ((bytes[n - 1] & 0xff) == 0x89) {
                    pings++; // a ping frame's first byte (never in the text frames' JSON)
                }
                if (n >= 4 && (bytes[n - 4] & 0xff) == 0x88 && (bytes[n - 2] & 0xff) == 0x03
                        && (bytes[n - 1] & 0xff) == 0xE9) {
                    break;
                }
            }
            long after = System.currentTimeMillis() - started;
            assertTrue(new String(seen.toByteArray(), StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 101"));
            assertTrue(after >= 2500, "not before the silence limit: " + after + " ms");
            assertFalse(live.isClosed(), "the live client, answering the pings, stays");
            assertEquals("hello", live.next().path("type").asText());
            System.out.printf("silent peer: closed with 1001 after %d ms (%d pings unanswered); live one open%n",
                    after, pings);
        } finally {
            live.close();
        }
    }
}
