package com.waplatform.realtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.realtime.testing.SocketTest;
import com.waplatform.realtime.testing.TestSocket;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A socket narrowed to summaries gets its open conversation in full and, of the others, new messages without their
 * text and the conversations' changes — no statuses, reactions or notes of them; its positions still cover every
 * event (a resume never replays what it skipped as new). Other sockets of the tenant still get everything.
 */
@QuarkusTest
class SubscriptionTest extends SocketTest {

    @Test
    void aNarrowedSocketGetsItsOpenConversationInFullAndSummariesOfTheRest() throws Exception {
        String acme = tenantOf("acme-agent");
        String open = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        TestSocket narrowed = open("acme-agent", "");
        TestSocket everything = open("acme-admin", "");
        narrowed.settle();
        everything.settle();
        narrowed.send("{\"type\":\"subscribe\",\"scope\":\"summaries\",\"conversationId\":\"" + open + "\"}");
        JsonNode subscribed = narrowed.next();
        assertEquals("subscribed", subscribed.path("type").asText());
        assertEquals(open, subscribed.path("conversationId").asText());

        List<String> all = new ArrayList<>();
        all.add(message(acme, open, "full text of the open one"));
        all.add(message(acme, other, "text of another conversation"));
        all.add(send(acme, EventTypes.CONVERSATION_MESSAGE_STATUS_CHANGED, other, p -> p.put("status", "READ")));
        all.add(send(acme, EventTypes.CONVERSATION_MESSAGE_STATUS_CHANGED, open, p -> p.put("status", "READ")));
        all.add(send(acme, EventTypes.CONVERSATION_UPDATED, other, p -> p.put("action", "assigned")));
        all.add(send(acme, EventTypes.CONVERSATION_UPDATED, other, p -> p.put("action", "note")
                .set("note", JSON.createObjectNode().put("text", "a note"))));
        kafka.flush();

        List<JsonNode> got = narrowed.events(4);
        assertEquals(List.of(all.get(0), all.get(1), all.get(3), all.get(4)), ids(got));
        assertEquals("full text of the open one", got.get(0).path("payload").path("message").path("text").asText());
        assertTrue(got.get(1).path("payload").path("message").path("text").isMissingNode(), "no text: " + got.get(1));
        assertFalse(got.get(1).path("payload").path("message").path("id").asText().isEmpty(), "but the message");
        narrowed.assertQuiet();
        assertEquals(all, ids(everything.events(6)), "the other socket gets everything");

        String at = got.get(3).path("position").asText();
        narrowed.close();
        String after = send(acme, EventTypes.CONVERSATION_MESSAGE_REACTED, open, p -> p.put("reaction", "x"));
        kafka.flush();
        TestSocket back = open("acme-agent", "?scope=summaries&conversationId=" + open + "&resume="
                + URLEncoder.encode(at, StandardCharsets.UTF_8));
        assertTrue(back.next().path("resumed").asBoolean());
        assertEquals("subscribed", back.next().path("type").asText(), "narrowed from the start");
        assertEquals(List.of(after), ids(back.events(1)), "the skipped note is not replayed, the open one's is");
        assertEquals("caught-up", back.next().path("type").asText());

        back.send("{\"type\":\"subscribe\",\"scope\":\"all\"}");
        assertEquals("subscribed", back.next().path("type").asText());
        String status = send(acme, EventTypes.CONVERSATION_MESSAGE_STATUS_CHANGED, other, p -> p.put("status", "READ"));
        kafka.flush();
        assertEquals(List.of(status), ids(back.events(1)), "widened again: everything");
        System.out.println("subscriptions: narrowed socket got 4 of 6 events (1 without text), the other all 6");
    }

    private String message(String tenant, String conversation, String text) {
        return send(tenant, EventTypes.CONVERSATION_MESSAGE_CREATED, conversation, p -> p.set("message",
                JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("text", text)));
    }

    private String send(String tenant, String type, String conversation, Consumer<ObjectNode> payload) {
        return publish(Topics.CONVERSATION_EVENTS, tenant, type, body -> {
            body.put("conversationId", conversation);
            payload.accept(body);
        });
    }

    private static String tenantOf(String user) throws Exception {
        return claim(user, "tenant_id");
    }
}
