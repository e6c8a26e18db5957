package com.waplatform.realtime.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.realtime.testing.SocketTest;
import com.waplatform.realtime.testing.TestSocket;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client that stops taking its replay (it reads nothing: the connection's buffers fill up) is closed with 1013
 * after the stall limit (2 s here) instead of holding the rest of its history forever; it resumes when it can.
 */
@QuarkusTest
@TestProfile(StalledReplayTest.QuickStall.class)
class StalledReplayTest extends SocketTest {

    private static final int EVENTS = 1500;
    private static final String TEXT = "x".repeat(10_000); // 15 MB in all: more than any socket buffer holds

    public static class QuickStall implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("realtime.resume.stall-limit", "2s");
        }
    }

    @Test
    void aClientThatTakesNothingOfItsReplayIsClosedAfterTheStallLimit() throws Exception {
        String acme = claim("acme-agent", "tenant_id");
        TestSocket first = open("acme-agent", "");
        first.settle();
        String position = first.position();
        first.close();
        publishMessages(acme, EVENTS, TEXT);
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(64 * 1024);
            stalled.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()));
            stalled.getOutputStream().write(("GET /ws?resume=" + URLEncoder.encode(position, StandardCharsets.UTF_8)
                    + " HTTP/1.1\r\nHost: " + endpoint.getHost() + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    + "Authorization: Bearer " + DemoTokens.of("acme-agent") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread.sleep(6_000); // takes nothing for three times the limit
            stalled.setSoTimeout(20_000);
            DataInputStream in = new DataInputStream(new BufferedInputStream(stalled.getInputStream(), 1 << 16));
            skipHandshake(in);
            int texts = 0;
            int closeCode = -1;
            while (closeCode < 0) {
                int opcode = in.readUnsignedByte() & 0x0f;
                byte[] payload = new byte[(int) length(in)];
                in.readFully(payload);
                if (opcode == 0x1) {
                    texts++;
                } else if (opcode == 0x8) {
                    closeCode = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
                }
            }
            assertEquals(1013, closeCode, "closed as too slow");
            assertTrue(texts < EVENTS, "closed before the whole replay: " + texts + " frames of " + EVENTS);
            System.out.printf("stalled replay: closed with 1013 after %d of %d frames%n", texts, EVENTS);
        }
    }

    private static void skipHandshake(DataInputStream in) throws IOException {
        int matched = 0;
        while (matched < 4) { // up to the blank line after the 101 response's headers
            int b = in.readUnsignedByte();
            matched = (b == '\r' || b == '\n') && (matched % 2 == 0 ? b == '\r' : b == '\n') ? matched + 1
                    : b == '\r' ? 1 : 0;
        }
    }

    private static long length(DataInputStream in) throws IOException {
        int len = in.readUnsignedByte() & 0x7f; // frames from the server are not masked
        return len == 126 ? in.readUnsignedShort() : len == 127 ? in.readLong() : len;
    }
}
