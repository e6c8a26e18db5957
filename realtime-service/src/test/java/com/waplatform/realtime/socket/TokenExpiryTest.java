package com.waplatform.realtime.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.realtime.testing.SocketTest;
import com.waplatform.realtime.testing.TestSocket;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A socket lives no longer than the token it was opened with: when the token expires the socket is closed with
 * 4401 (not a refusal: the client reconnects at once with a fresh token) and, resuming from its last position,
 * misses nothing.
 */
@QuarkusTest
class TokenExpiryTest extends SocketTest {

    @Test
    void aSocketIsClosedWhenItsTokenExpiresAndResumesWithAFreshOneMissingNothing() throws Exception {
        String token = null;
        TestSocket socket = null;
        for (int attempt = 0; socket == null; attempt++) {
            // expires 2 s after it was issued (whole seconds: sometimes only just over 1 s from now)
            token = DemoTokens.expiringSoon("acme-agent");
            try {
                socket = openWithToken(token, "");
            } catch (AssertionError expiredBeforeItsHello) {
                assertTrue(attempt < 5, expiredBeforeItsHello.getMessage());
            }
        }
        String tenant = claims(token).path("tenant_id").asText();
        JsonNode hello = socket.next();
        assertEquals("hello", hello.path("type").asText());
        String position = hello.path("position").asText();

        String closed = socket.awaitClosedByServer(10);
        assertTrue(closed.startsWith("4401 "), "closed as expired, not refused: " + closed);
        assertTrue(closed.contains("expired"), closed);
        long expiredAt = claims(token).path("exp").asLong() * 1000;
        assertTrue(System.currentTimeMillis() >= expiredAt - 1500, "not long before the token's expiry");

        List<String> meanwhile = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            meanwhile.add(publish(Topics.CONVERSATION_EVENTS, tenant, EventTypes.CONVERSATION_MESSAGE_CREATED,
                    payload -> { }));
        }
        kafka.flush();

        TestSocket back = openAt("acme-agent", position);
        assertTrue(back.next().path("resumed").asBoolean());
        assertEquals(meanwhile, ids(back.events(3)), "what happened while reconnecting, once, in order");
        assertEquals("caught-up", back.next().path("type").asText());
        System.out.println("token expiry: socket closed with " + closed + "; resumed with a fresh token, 3 of 3 events");
    }

}
