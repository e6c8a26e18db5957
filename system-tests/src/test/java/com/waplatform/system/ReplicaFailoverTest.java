package com.waplatform.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Three realtime replicas, 200 sockets of two tenants spread over them; customers of both tenants write while one
 * replica is killed (kill -9). Its clients come back on another replica with their last position: in the end every
 * socket has every event of its own tenant exactly once, in order, and none of the other tenant's.
 */
class ReplicaFailoverTest {

    private static final List<String> REPLICAS = List.of(System.getProperty("realtime.url", "ws://127.0.0.1:8085"),
            "ws://127.0.0.1:8086", "ws://127.0.0.1:8087");
    /** Sockets per demo user (4 users: 200 sockets), spread over the replicas. */
    private static final int PER_USER = Integer.getInteger("failover.sockets-per-user", 50);
    /** The replicas of this test allow more sockets per user than the 10 of production (4 demo users only). */
    private static final Map<String, String> THREE_ROOMY_REPLICAS = Map.of("WA_REALTIME_REPLICAS", "3",
            "REALTIME_SOCKETS_PER_USER", String.valueOf(PER_USER));
    private static final int MESSAGES = Integer.getInteger("failover.messages", 40);
    private static final List<String> USERS = List.of("acme-agent", "acme-admin", "globex-agent", "globex-admin");

    @Test
    void theSocketsOfAKilledReplicaResumeOnAnotherWithNothingMissedOrTwice() throws Exception {
        assumeTrue(Stack.SCRIPT != null, "needs ./stack test (stack.script)");
        assertEquals(0, Stack.script("term", "realtime-service"));
        assertEquals(0, Stack.script(THREE_ROOMY_REPLICAS, "restore"), "three replicas");
        CloudApiNumber acme = CloudApiNumber.connect("acme-admin");
        CloudApiNumber globex = CloudApiNumber.connect("globex-admin");
        Map<ResumingSocket, String> tenantOf = new java.util.LinkedHashMap<>();
        List<ResumingSocket> onSecond = new ArrayList<>();
        try {
            for (String user : USERS) {
                String tenant = Stack.tenantOf(user);
                for (int i = 0; i < PER_USER; i++) {
                    // the killed replica's clients come back on the next one
                    ResumingSocket socket = ResumingSocket.open(user, REPLICAS.get(i % 3), REPLICAS.get(2));
                    tenantOf.put(socket, tenant);
                    if (i % 3 == 1) {
                        onSecond.add(socket);
                    }
                }
            }
            Map<String, List<String>> expected = new TreeMap<>();
            try (TopicTail events = TopicTail.of("conversation.events")) {
                String customer = Conversations.randomCustomer();
                for (int m = 0; m < MESSAGES; m++) {
                    acme.customerWrites("+" + customer, "Failover", "acme " + m);
                    globex.customerWrites("+" + customer, "Failover", "globex " + m);
                    if (m == MESSAGES / 2) {
                        assertEquals(0, Stack.script("crash", "realtime-service-2"), "replica 2 killed");
                    }
                    Thread.sleep(50);
                }
                for (JsonNode event : events.read(e -> true, Duration.ofSeconds(5), l -> false)) {
                    expected.computeIfAbsent(event.path("tenantId").asText(), t -> new ArrayList<>())
                            .add(event.path("eventId").asText());
                }
            }
            Set<String> all = new HashSet<>();
            expected.values().forEach(all::addAll);
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline && !tenantOf.entrySet().stream().allMatch(
                    s -> ids(s.getKey()).containsAll(expected.getOrDefault(s.getValue(), List.of())))) {
                Thread.sleep(250);
            }
            int moved = 0;
            for (Map.Entry<ResumingSocket, String> s : tenantOf.entrySet()) {
                ResumingSocket socket = s.getKey();
                List<String> got = ids(socket);
                List<String> mine = expected.getOrDefault(s.getValue(), List.of());
                assertEquals(0, socket.resyncs.get(), () -> "resumed, not told to reload: " + socket.history);
                assertTrue(got.containsAll(mine), () -> "every event of its tenant: missing "
                        + mine.stream().filter(id -> !got.contains(id)).count() + " of " + mine.size()
                        + "; got " + socket.events().stream().map(e -> e.path("position").asText()).toList()
                        + "; " + socket.history + "; sockets missing some: " + tenantOf.entrySet().stream()
                        .filter(o -> !ids(o.getKey()).containsAll(expected.getOrDefault(o.getValue(), List.of())))
                        .count());
                assertEquals(got.size(), new HashSet<>(got).size(), "no event twice");
                assertTrue(socket.events().stream().allMatch(e -> s.getValue().equals(e.path("tenantId").asText())),
                        "nothing of another tenant");
                List<Long> offsets = socket.events().stream()
                        .map(e -> Long.parseLong(e.path("position").asText().split(":")[1])).toList();
                assertEquals(offsets.stream().sorted().distinct().toList(), offsets, "in order");
                moved += socket.reconnections.get() > 0 ? 1 : 0;
            }
            assertEquals(onSecond.size(), onSecond.stream().filter(s -> s.reconnections.get() > 0).count(),
                    "every client of the killed replica came back");
            System.out.printf("failover: %d sockets on 3 replicas (%d moved from the killed one), %d events of 2 tenants, "
                    + "each socket got all of its tenant's once, in order%n", tenantOf.size(), moved, all.size());
        } finally {
            tenantOf.keySet().forEach(ResumingSocket::close);
            // back to the stack's one replica with the production limits
            Stack.script("term", "realtime-service-3");
            Stack.script("term", "realtime-service");
            assertEquals(0, Stack.script("restore"));
        }
    }

    private static List<String> ids(ResumingSocket socket) {
        return socket.events().stream().map(e -> e.path("eventId").asText()).toList();
    }
}
