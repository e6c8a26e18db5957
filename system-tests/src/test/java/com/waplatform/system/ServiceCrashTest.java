package com.waplatform.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Each service is killed (SIGKILL) in turn while customers of 4 tenants write in and their agents answer, and
 * started again 5 s later while the stream goes on. Afterwards every webhook the edge answered 200 is stored
 * exactly once, every stored message has its message.created event (the same event again is allowed, two events
 * for one message are not), and every accepted send reached the simulated Meta exactly once. The one exception:
 * a send whose provider call was done when session-service died, before it recorded SENT, is sent again once its
 * lease is over; such doubles are counted, and each must have first reached Meta just before that kill.
 *
 * <p>CI size by default; the full size of the issue: {@code -Dfaults.inbound=10000 -Dfaults.sends=1000}
 * (deploy/chaos/run.sh).
 */
@Order(Integer.MAX_VALUE - 2)
class ServiceCrashTest {

    private static final int INBOUND = Integer.getInteger("faults.inbound", 4000);
    private static final int SENDS = Integer.getInteger("faults.sends", 400);
    private static final int BATCH = Integer.getInteger("faults.batch", 25);
    private static final int TENANTS = 4;
    private static final int CUSTOMERS = Integer.getInteger("faults.customers", 10);
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("faults.phase-seconds", 12));
    private static final Duration DOWN = Duration.ofSeconds(5);
    /** Up to the dispatch lease (60 s) for the sends session-service had taken when it died, and then some. */
    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("faults.settle-seconds", 150));
    /** A send in flight at the kill reached Meta at most this long before it (the provider call, then the save). */
    private static final long IN_FLIGHT_MILLIS = 3000;
    private static final List<String> VICTIMS = Arrays.stream(System.getProperty("faults.services",
            "webhook-gateway,message-service,session-service,realtime-service,tenant-service").split(","))
            .filter(s -> !s.isBlank()).toList();

    @Test
    void nothingIsLostOrDoubledWhenEachServiceIsKilledInTurn() throws Exception {
        assumeTrue(Stack.SCRIPT != null, "needs ./stack test (stack.script)");
        List<LoadTenant> tenants = LoadTenant.prepare(TENANTS, CUSTOMERS);
        int batches = INBOUND / BATCH;
        int warm = TENANTS * CUSTOMERS;
        List<long[]> kills = new ArrayList<>();
        long sessionKilled = -1;
        try (Traffic traffic = new Traffic(UUID.randomUUID().toString().substring(0, 8));
                TopicTail events = TopicTail.of("conversation.events");
                TopicTail inbound = TopicTail.of("whatsapp.inbound")) {
            traffic.phase("warm-up");
            traffic.stream(tenants, 0, warm, BATCH, 0, 0, Duration.ofSeconds(5));
            tenants.forEach(LoadTenant::findConversations);
            int phases = VICTIMS.size() + 1;
            for (int p = 0; p < phases; p++) {
                String victim = p < VICTIMS.size() ? VICTIMS.get(p) : null;
                int b0 = warm + (batches - warm) * p / phases;
                int b1 = warm + (batches - warm) * (p + 1) / phases;
                traffic.phase(victim == null ? "after the kills" : victim + " killed");
                long killed = System.currentTimeMillis();
                CompletableFuture<Long> back = victim == null ? CompletableFuture.completedFuture(killed)
                        : kill(victim);
                if ("session-service".equals(victim)) {
                    sessionKilled = killed;
                }
                traffic.stream(tenants, b0, b1 - b0, BATCH, SENDS * p / phases, SENDS * (p + 1) / phases
                        - SENDS * p / phases, PHASE);
                long ready = back.get(3, TimeUnit.MINUTES);
                if (victim != null) {
                    kills.add(new long[] {killed, ready});
                    System.out.printf("faults: %s killed, ready again %d ms later%n", victim, ready - killed);
                }
            }
            Ledger ledger = Ledger.settle(tenants, traffic, SETTLE);
            System.out.printf("faults: answers %s%n", traffic.answers());
            ledger.printInbound();
            ledger.printSends();
            ledger.printInboundRepeats(inbound);
            Ledger.EventCount count = ledger.events(events, Duration.ofSeconds(60));
            List<String> twice = ledger.sentTwice();
            long killedAt = sessionKilled;
            List<String> inFlight = ledger.providerReceived.entrySet().stream()
                    .filter(e -> killedAt > 0 && e.getValue().get(0) >= killedAt - IN_FLIGHT_MILLIS
                            && e.getValue().get(0) <= killedAt).map(e -> e.getKey()).toList();
            System.out.printf("faults: sends at Meta in the %d ms before the session-service kill %d, sent twice %d %s%n",
                    IN_FLIGHT_MILLIS, inFlight.size(), twice.size(), twice);

            assertEquals(VICTIMS.size(), kills.size());
            assertEquals(0, traffic.gaveUp.get(), "webhook batches never accepted");
            assertEquals(List.of(), ledger.missingInbound(), "accepted webhooks not stored");
            assertEquals(List.of(), ledger.storedTwice(), "messages stored twice");
            assertEquals(0, count.storedWithout(), "stored messages whose message.created was never published");
            assertEquals(0, count.doubleFacts(), "messages announced under two event ids");
            assertEquals(List.of(), ledger.neverSent(), "accepted or stored sends that never reached Meta");
            assertEquals(0, ledger.pending(), "sends still PENDING");
            assertEquals(List.of(), ledger.unknownSentNotStored(), "sends at Meta the platform did not store");
            assertTrue(inFlight.containsAll(twice), "sent twice, yet not in flight at the session-service kill: "
                    + twice.stream().filter(t -> !inFlight.contains(t)).toList());
            assertTrue(traffic.answered("webhook", 200) > 0 && !traffic.sends.isEmpty(), "no traffic");
            stillServing(tenants.get(0));
        }
        LoadTenant.purge(tenants);
    }

    /** Kills the service now; starts it again 5 s later on another thread, which answers when it was ready. */
    private static CompletableFuture<Long> kill(String service) {
        assertEquals(0, Stack.script("crash", service), service + " is not run by the stack");
        return CompletableFuture.supplyAsync(() -> {
            Traffic.sleep(DOWN.toMillis());
            assertEquals(0, Stack.script("restore"), service + " did not come back");
            return System.currentTimeMillis();
        });
    }

    /** After its restart realtime pushes the next message, and tenant-service answers again. */
    private static void stillServing(LoadTenant tenant) {
        try (LiveSocket socket = LiveSocket.open(Stack.token(tenant.agent))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> !socket.frames("hello", f -> true).isEmpty());
            String customer = tenant.customers.get(0);
            tenant.number.customerWrites("+" + customer, "After the kills", "after the kills");
            await().atMost(Duration.ofSeconds(10)).until(() -> !socket.frames("conversation.message.created",
                    f -> f.toString().contains("after the kills")).isEmpty());
        }
        Stack.as(tenant.admin).get("/api/tenant").then().statusCode(200);
    }
}
