package com.waplatform.realtime.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.realtime.testing.SocketTest;
import com.waplatform.realtime.testing.TestSocket;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many clients of one tenant coming back at once (their replica died) are read together: with one reader and room
 * for one waiting read, thirty resumes from different positions all get their own history, none is told to reload.
 */
@QuarkusTest
@TestProfile(ResumeStormTest.OneReader.class)
class ResumeStormTest extends SocketTest {

    private static final int SOCKETS = 30;

    public static class OneReader implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("realtime.resume.readers", "1", "realtime.resume.queue", "1",
                    "realtime.sockets.per-user", String.valueOf(SOCKETS), "realtime.sockets.per-tenant", "100");
        }
    }

    @Test
    void theResumesOfOneTenantAtOnceAreReadTogetherAndEachGetsItsOwnHistory() throws Exception {
        String acme = claim("acme-agent", "tenant_id");
        List<String> positions = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (int i = 0; i < SOCKETS; i++) { // each left at another point of the history
            TestSocket socket = open("acme-agent", "");
            socket.settle();
            positions.add(socket.position());
            socket.close();
            published.addAll(publishMessages(acme, 1, "while away"));
        }
        ExecutorService clients = Executors.newFixedThreadPool(SOCKETS);
        try {
            List<Future<TestSocket>> back = new ArrayList<>();
            for (String position : positions) {
                back.add(clients.submit(() -> openAt("acme-agent", position)));
            }
            for (int i = 0; i < SOCKETS; i++) {
                TestSocket socket = back.get(i).get();
                JsonNode hello = socket.next();
                assertTrue(hello.path("resumed").asBoolean(), "resumed, not told to reload: " + hello);
                List<String> expected = published.subList(i, SOCKETS);
                assertEquals(expected, ids(socket.events(expected.size())), "its own history, once, in order");
                assertEquals("caught-up", socket.next().path("type").asText());
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
