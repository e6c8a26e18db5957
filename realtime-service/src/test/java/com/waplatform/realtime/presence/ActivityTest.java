package com.waplatform.realtime.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.realtime.testing.TestSocket;
import com.waplatform.web.testing.DemoTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An agent viewing or typing in a conversation is seen by the other sockets of its tenant (through Redis, as on
 * other replicas), never by another tenant's; anything else a client sends is ignored and the socket stays.
 */
@QuarkusTest
class ActivityTest {

    @TestHTTPResource("/ws")
    URI endpoint;

    private final List<TestSocket> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(TestSocket::close);
    }

    @Test
    void colleaguesSeeWhoIsViewingAndTypingOtherTenantsNothing() throws Exception {
        TestSocket agent = open("acme-agent");
        TestSocket admin = open("acme-admin");
        TestSocket other = open("globex-agent");
        String conversation = UUID.randomUUID().toString();

        agent.send("not json");
        agent.send("{\"type\":\"typing\",\"conversationId\":\"not-a-uuid\"}");
        agent.send("{\"type\":\"shouting\",\"conversationId\":\"" + conversation + "\"}");
        agent.send("{\"type\":\"viewing\",\"conversationId\":\"" + conversation + "\"}");
        JsonNode seen = activity(admin);
        assertEquals("viewing", seen.path("activity").asText());
        assertEquals(conversation, seen.path("conversationId").asText());
        assertEquals(false, seen.path("name").asText().isBlank(), "who: " + seen);
        agent.send("{\"type\":\"typing\",\"conversationId\":\"" + conversation + "\"}");
        agent.send("{\"type\":\"typing\",\"conversationId\":\"" + conversation + "\"}"); // within a second: dropped
        assertEquals("typing", activity(admin).path("activity").asText());
        admin.assertQuiet();
        other.assertQuiet();
        agent.send("{\"type\":\"left\",\"conversationId\":\"" + conversation + "\"}");
        assertEquals("left", activity(admin).path("activity").asText());
        System.out.println("activity: viewing, typing and left reached the tenant's other socket; another tenant's nothing");
    }

    /** The next activity frame (events of other tests may come first). */
    private static JsonNode activity(TestSocket socket) throws Exception {
        for (int i = 0; i < 1000; i++) {
            JsonNode frame = socket.next();
            if ("activity".equals(frame.path("type").asText())) {
                return frame;
            }
        }
        throw new AssertionError("no activity");
    }

    private TestSocket open(String user) throws Exception {
        TestSocket socket = TestSocket.open(URI.create(endpoint.toString().replaceFirst("^http", "ws")),
                DemoTokens.of(user));
        opened.add(socket);
        socket.settle();
        return socket;
    }
}
