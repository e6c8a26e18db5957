package com.waplatform.realtime.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.realtime.testing.TestEvents;
import com.waplatform.realtime.testing.TestSocket;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A socket lives no longer than the token it was opened with: when the token expires the socket is closed with
 * 4401 (not a refusal: the client reconnects at once with a fresh token) and, resuming from its last position,
 * misses nothing.
 */
@QuarkusTest
class TokenExpiryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/ws")
    URI endpoint;

    private final KafkaProducer<String, String> kafka = TestEvents.producer();
    private final List<TestSocket> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(TestSocket::close);
        kafka.close();
    }

    @Test
    void aSocketIsClosedWhenItsTokenExpiresAndResumesWithAFreshOneMissingNothing() throws Exception {
        String token = DemoTokens.expiringSoon("acme-agent"); // expires 2 s after it was issued
        String tenant = claims(token).path("tenant_id").asText();
        TestSocket socket = open(token, null);
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
            String id = UUID.randomUUID().toString();
            kafka.send(new ProducerRecord<>(Topics.CONVERSATION_EVENTS, tenant, JSON.createObjectNode()
                    .put("eventId", id).put("type", EventTypes.CONVERSATION_MESSAGE_CREATED).put("tenantId", tenant)
                    .put("occurredAt", "2026-12-02T10:00:00Z").set("payload", JSON.createObjectNode()).toString()));
            meanwhile.add(id);
        }
        kafka.flush();

        TestSocket back = open(DemoTokens.of("acme-agent"), position);
        assertTrue(back.next().path("resumed").asBoolean());
        List<String> replayed = new ArrayList<>();
        for (JsonNode event : back.events(3)) {
            replayed.add(event.path("eventId").asText());
        }
        assertEquals(meanwhile, replayed, "what happened while reconnecting, once, in order");
        assertEquals("caught-up", back.next().path("type").asText());
        System.out.println("token expiry: socket closed with " + closed + "; resumed with a fresh token, 3 of 3 events");
    }

    private TestSocket open(String token, String position) throws Exception {
        String query = position == null ? "" : "?resume=" + URLEncoder.encode(position, StandardCharsets.UTF_8);
        TestSocket socket = TestSocket.open(URI.create(endpoint.toString().replaceFirst("^http", "ws") + query), token);
        opened.add(socket);
        return socket;
    }

    private static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
