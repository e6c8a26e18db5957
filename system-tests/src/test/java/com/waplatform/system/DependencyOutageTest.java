package com.waplatform.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.RestAssured;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Redis, then Keycloak, then PostgreSQL (the platform's databases refuse connections) is away for 30 s each while
 * customers of 4 tenants write in and their agents answer (README "Faults and outages"): with Redis away rate
 * limits, duplicate checks and revocation checks let requests through and send pacing spaces locally; with Keycloak
 * away the tokens already issued keep working; with PostgreSQL away webhooks are still accepted (the gateway's
 * routings are cached), the APIs answer 503 (never 500) and the services report themselves not ready. Nothing
 * accepted is lost or doubled, and everything comes back into use afterwards.
 *
 * <p>CI size by default; larger with {@code -Dfaults.inbound=... -Dfaults.sends=... -Doutage.seconds=...}.
 */
@Order(Integer.MAX_VALUE - 3)
class DependencyOutageTest {

    private static final int INBOUND = Integer.getInteger("faults.inbound", 2000);
    private static final int SENDS = Integer.getInteger("faults.sends", 200);
    private static final int BATCH = Integer.getInteger("faults.batch", 25);
    private static final int TENANTS = 4;
    private static final int CUSTOMERS = Integer.getInteger("faults.customers", 10);
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("outage.seconds", 30));
    private static final Duration AFTER = Duration.ofSeconds(10);
    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("faults.settle-seconds", 90));
    private static final List<String> DEPENDENCIES = List.of("redis", "keycloak", "postgres");
    /** Those the APIs and readiness do without (PostgreSQL is not: 503 and readiness DOWN while it is away). */
    private static final List<String> OPTIONAL = List.of("redis", "keycloak");
    private static final List<String> SERVICES = List.of(System.getProperty("api.services", "").split(","));

    @Test
    void nothingAcceptedIsLostWhileRedisKeycloakOrPostgresIsDown() throws Exception {
        assumeTrue(Stack.SCRIPT != null, "needs ./stack test (stack.script)");
        List<LoadTenant> tenants = LoadTenant.prepare(TENANTS, CUSTOMERS);
        int batches = INBOUND / BATCH;
        int warm = TENANTS * CUSTOMERS;
        int phases = DEPENDENCIES.size() + 1;
        Map<String, Integer> notReady = new TreeMap<>();
        Map<String, Integer> readyWithoutDatabase = new TreeMap<>();
        try (Traffic traffic = new Traffic(UUID.randomUUID().toString().substring(0, 8));
                TopicTail events = TopicTail.of("conversation.events")) {
            traffic.phase("warm-up");
            traffic.stream(tenants, 0, warm, BATCH, 0, 0, Duration.ofSeconds(5));
            tenants.forEach(LoadTenant::findConversations);
            for (int p = 0; p < phases; p++) {
                String dependency = p < DEPENDENCIES.size() ? DEPENDENCIES.get(p) : null;
                int b0 = warm + (batches - warm) * p / phases;
                int b1 = warm + (batches - warm) * (p + 1) / phases;
                int s0 = SENDS * p / phases;
                int s1 = SENDS * (p + 1) / phases;
                if (dependency == null) {
                    traffic.phase("after the outages");
                    traffic.stream(tenants, b0, b1 - b0, BATCH, s0, s1 - s0, AFTER);
                    continue;
                }
                tenants.forEach(t -> Stack.renewToken(t.agent));
                int stopped = Stack.script(dependency + "-stop");
                assumeTrue(stopped == 0, dependency + " was not started by the stack; not stopping someone else's");
                traffic.phase(dependency + " down");
                long down = System.currentTimeMillis();
                try {
                    traffic.stream(tenants, b0, b1 - b0, BATCH, s0, s1 - s0, OUTAGE);
                    boolean optional = OPTIONAL.contains(dependency);
                    SERVICES.stream().filter(s -> (readiness(s) == 200) != optional).forEach(s -> (optional
                            ? notReady : readyWithoutDatabase).merge(dependency + " down: " + s, 1, Integer::sum));
                } finally {
                    assertEquals(0, Stack.script(dependency + "-start"), dependency + " did not come back");
                }
                System.out.printf("outage: %s down for %d ms%n", dependency, System.currentTimeMillis() - down);
            }
            Ledger ledger = Ledger.settle(tenants, traffic, SETTLE);
            System.out.printf("outage: answers %s%n", traffic.answers());
            ledger.printInbound();
            ledger.printSends();
            Ledger.EventCount count = ledger.events(events, Duration.ofSeconds(60));

            assertEquals(Map.of(), notReady, "services not ready while a dependency they can do without was down");
            assertEquals(Map.of(), readyWithoutDatabase, "services ready while their database refused connections");
            assertEquals(0, traffic.answered("send", 500), "sends answered 500: " + traffic.answers());
            assertTrue(traffic.answered("send", 503) > 0, "no send refused while PostgreSQL was down: "
                    + traffic.answers());
            assertTrue(traffic.accepted.containsValue("postgres down"),
                    "no webhook accepted while PostgreSQL was down: " + traffic.answers());
            assertEquals(0, traffic.gaveUp.get(), "webhook batches never accepted");
            assertEquals(List.of(), ledger.missingInbound(), "accepted webhooks not stored");
            assertEquals(List.of(), ledger.storedTwice(), "messages stored twice");
            assertEquals(0, count.storedWithout(), "stored messages whose message.created was never published");
            assertEquals(0, count.doubleFacts(), "messages announced under two event ids");
            assertEquals(List.of(), ledger.neverSent(), "accepted or stored sends that never reached Meta");
            assertEquals(0, ledger.pending(), "sends still PENDING");
            assertEquals(List.of(), ledger.sentTwice(), "sends that reached Meta twice");
            assertEquals(List.of(), ledger.unknownSentNotStored(), "sends at Meta the platform did not store");
            for (String dependency : OPTIONAL) {
                assertTrue(traffic.answered("webhook", 200) > 0 && traffic.sendsAccepted(dependency + " down") > 0,
                        "nothing accepted while " + dependency + " was down: " + traffic.answers());
            }
        }
        usedAgain(tenants.get(TENANTS - 1));
        LoadTenant.purge(tenants);
    }

    /**
     * Afterwards a new sign-in works (Keycloak) and an agent's rate limit is counted again (Redis). The limit (600 a
     * minute) is counted in fixed one-minute windows and the requests may straddle two of them: up to twice the
     * limit and more are sent, as long as none is refused.
     */
    private static void usedAgain(LoadTenant tenant) {
        Stack.renewToken(tenant.agent);
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 2 * 600 + 100 && !answers.contains(429); i++) {
            answers.add(Stack.as(tenant.agent).get("/api/conversations?limit=1").statusCode());
        }
        assertTrue(answers.contains(429), "the per-user rate limit is not applied again after Redis came back");
    }

    private static int readiness(String service) {
        try {
            return RestAssured.get(service + "/q/health/ready").statusCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
