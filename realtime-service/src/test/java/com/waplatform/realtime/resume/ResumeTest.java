package com.waplatform.realtime.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.Topics;
import com.waplatform.realtime.testing.SocketTest;
import com.waplatform.realtime.testing.TestSocket;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A socket that comes back with its last position gets everything of its own tenant since then, once and in
 * order, then the live events; a position that cannot be replayed gets {@code resync}; QR codes stay with admins.
 */
@QuarkusTest
class ResumeTest extends SocketTest {

    @Test
    void aSocketResumesWithEveryEventOfItsTenantSinceItsPositionOnceAndInOrder() throws Exception {
        String acme = tenantOf("acme-agent");
        String globex = tenantOf("globex-agent");
        TestSocket first = openAt("acme-agent", null);
        JsonNode hello = first.next();
        assertEquals("hello", hello.path("type").asText());
        assertFalse(hello.path("resumed").asBoolean());
        first.settle();
        List<String> live = publishMessages(acme, 3, "live");
        publishMessages(globex, 2, "other tenant");
        List<JsonNode> got = first.events(3);
        assertEquals(live, ids(got));
        String position = got.get(2).path("position").asText();
        first.close();

        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            missed.addAll(publishMessages(acme, 2, "missed"));
            publishMessages(globex, 1, "other tenant");
        }
        TestSocket back = openAt("acme-agent", position);
        JsonNode again = back.next();
        assertEquals("hello", again.path("type").asText());
        assertTrue(again.path("resumed").asBoolean(), again.toString());
        assertEquals(missed, ids(back.events(missed.size())), "what was missed, once, in order");
        assertEquals("caught-up", back.next().path("type").asText());
        List<String> after = publishMessages(acme, 2, "after");
        assertEquals(after, ids(back.events(2)), "then the live events");
        back.assertQuiet();
        System.out.printf("resume: %d events missed while away, replayed once in order, then live%n", missed.size());
    }

    @Test
    void aLongReplayIsPacedNotTakenForASlowClient() throws Exception {
        String acme = tenantOf("acme-agent");
        TestSocket first = openAt("acme-agent", null);
        first.settle();
        String position = first.position();
        first.close();
        List<String> missed = publishMessages(acme, 1200, "many"); // more than the 1,000 frames a socket may have waiting
        TestSocket back = openAt("acme-agent", position);
        assertTrue(back.next().path("resumed").asBoolean());
        assertEquals(missed, ids(back.events(missed.size())));
        assertEquals("caught-up", back.next().path("type").asText());
    }

    @Test
    void aPositionThatCannotBeReplayedGetsResync() throws Exception {
        String acme = tenantOf("acme-agent");
        TestSocket fresh = openAt("acme-agent", null);
        fresh.settle();
        String now = fresh.position();
        fresh.close();
        String[] parts = now.split(":");

        TestSocket otherEpoch = openAt("acme-agent", "0123abcd:" + parts[1] + ":" + parts[2]);
        JsonNode hello = otherEpoch.next();
        assertTrue(hello.path("resync").asBoolean(), "another history: " + hello);
        assertFalse(hello.path("position").asText().isEmpty(), "a position to continue from: " + hello);
        otherEpoch.close();

        publishMessages(acme, 2500, "flood"); // more than max-records (2,000 in tests) behind
        TestSocket farBehind = openAt("acme-agent", now);
        assertTrue(farBehind.next().path("resync").asBoolean(), "too far behind: reload instead");
        farBehind.close();

        TestSocket future = openAt("acme-agent", parts[0] + ":" + (Long.parseLong(parts[1]) + 1_000_000) + ":" + parts[2]);
        assertTrue(future.next().path("resync").asBoolean(), "a position ahead of the history");
    }

    @Test
    void replayedQrCodesGoToAdminsOnly() throws Exception {
        String acme = tenantOf("acme-admin");
        TestSocket agent = openAt("acme-agent", null);
        TestSocket admin = openAt("acme-admin", null);
        agent.settle();
        admin.settle();
        String agentAt = agent.position();
        String adminAt = admin.position();
        agent.close();
        admin.close();
        String qr = send(Topics.SESSION_EVENTS, acme, EventTypes.CONNECTION_QR_UPDATED, "qr");
        String changed = send(Topics.SESSION_EVENTS, acme, EventTypes.CONNECTION_CHANGED, "changed");
        kafka.flush();

        TestSocket agentBack = openAt("acme-agent", agentAt);
        assertTrue(agentBack.next().path("resumed").asBoolean());
        assertEquals(List.of(changed), ids(agentBack.events(1)));
        assertEquals("caught-up", agentBack.next().path("type").asText());
        TestSocket adminBack = openAt("acme-admin", adminAt);
        assertTrue(adminBack.next().path("resumed").asBoolean());
        assertEquals(List.of(qr, changed), ids(adminBack.events(2)));
    }

    private String send(String topic, String tenantId, String type, String text) {
        return publish(topic, tenantId, type, payload -> payload.put("text", text));
    }

    private static String tenantOf(String user) throws Exception {
        return claim(user, "tenant_id");
    }

}
