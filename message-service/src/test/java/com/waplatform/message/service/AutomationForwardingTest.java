package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.domain.AutomationDelivery;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.repository.AutomationDeliveryRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.Actor;
import com.waplatform.web.TenantDirectory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inbound message of a bot-owned conversation → queued in its transaction → POSTed, signed, to the tenant's
 * automation; a failing automation is retried and ends as a dead letter (test profile: 3 attempts, 200 ms backoff).
 */
@QuarkusTest
class AutomationForwardingTest {

    @Inject
    InboundService inbound;

    @Inject
    AutomationQueue queue;

    @Inject
    AutomationSecrets secrets;

    @Inject
    ConnectionProfiles connections;

    @Inject
    AutomationDeliveryRepository deliveries;

    @Inject
    ConversationRepository conversations;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantScope scope;

    @Inject
    AutomationForwarder forwarder;

    @Inject
    BackgroundWork background;

    private HttpServer server;
    private final List<String[]> received = new CopyOnWriteArrayList<>();
    private volatile int answer = 200;
    private volatile String answerBody = "";

    @BeforeEach
    void startAutomation() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(new String[] {exchange.getRequestHeaders().getFirst("X-Wa-Signature-256"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            byte[] reply = answerBody.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, reply.length == 0 ? -1 : reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopAutomation() {
        server.stop(0);
    }

    @Test
    void aCustomerMessageOfABotConversationReachesTheAutomationSigned() throws Exception {
        String tenant = botTenant();
        UUID connection = UUID.randomUUID();
        onVertx(() -> connections.changed(tenant, connection, InboundFixtures.JSON.createObjectNode()
                .put("name", "Support").put("displayPhoneNumber", "+15550001234").put("state", "OPEN")));
        onVertx(() -> inbound.receive(tenant, connection, InboundFixtures.text("wamid.bot-" + UUID.randomUUID(), "5511999990101",
                "is the bot there?")));
        waitFor(() -> !received.isEmpty());
        JsonNode body = InboundFixtures.JSON.readTree(received.get(0)[1]);
        assertEquals("is the bot there?", body.path("message").path("text").asText());
        assertEquals("+15550001234", body.path("connection").path("displayPhoneNumber").asText(),
                "the business number the customer wrote to");
        assertEquals("Support", body.path("connection").path("name").asText());
        assertEquals(connection.toString(), body.path("connection").path("id").asText());
        assertEquals("BOT", body.path("conversation").path("owner").asText());
        assertTrue(body.path("conversation").path("attributes").isObject(), "attributes are {} as in the API");
        assertEquals(0, body.path("conversation").path("attributes").size());
        String secret = secrets.secret(onVertx(() -> secrets.current(tenant)));
        assertEquals(AutomationSigner.signature(secret, received.get(0)[1].getBytes(StandardCharsets.UTF_8)),
                received.get(0)[0]);
        waitFor(() -> statusOf(tenant) == AutomationDelivery.Status.DELIVERED);
    }

    @Test
    void aFailingAutomationIsRetriedThenDeadLetteredAndItsConversationGoesToPeople() throws Exception {
        answer = 503;
        answerBody = "workflow error: " + "x".repeat(600);
        String tenant = botTenant();
        onVertx(() -> inbound.receive(tenant, UUID.randomUUID(), InboundFixtures.text("wamid.dead-" + UUID.randomUUID(),
                "5511999990102", "anyone?")));
        waitFor(() -> statusOf(tenant) == AutomationDelivery.Status.DEAD);
        AutomationDelivery dead = inTenant(tenant, () -> deliveries.find("tenantId", tenant).firstResult());
        assertEquals(3, dead.attempts);
        assertEquals(3, received.size());
        Conversation handedOver = inTenant(tenant, () -> conversations.find("tenantId", tenant).firstResult());
        assertEquals(Conversation.Owner.HUMAN, handedOver.owner, "the customer is not left with a dead bot");
        assertEquals("automation unavailable", handedOver.handoffReason);
        assertEquals("answered HTTP 503: " + answerBody.substring(0, 500 - "answered HTTP 503: ".length()),
                dead.lastError, "the status and the start of the answer, 500 characters in all");
    }

    @Test
    void anAutomationThatCannotBeReachedSaysOnlyThat() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String tenant = InboundFixtures.tenant();
        remember(tenant, "http://127.0.0.1:" + port + "/hook");
        onVertx(() -> inbound.receive(tenant, UUID.randomUUID(), InboundFixtures.text("wamid.gone-" + UUID.randomUUID(),
                "5511999990104", "hello?")));
        waitFor(() -> statusOf(tenant) == AutomationDelivery.Status.DEAD);
        AutomationDelivery dead = inTenant(tenant, () -> deliveries.find("tenantId", tenant).firstResult());
        assertEquals("unreachable", dead.lastError, "no connection detail: it would tell which ports are open");
    }

    @Test
    void anAutomationThatDoesNotAnswerInTimeTimesOut() throws Exception {
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.createContext("/hook", exchange -> {
            try {
                Thread.sleep(3_000); // test profile: the automation has 2 s to answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        slow.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        slow.start();
        try {
            String tenant = InboundFixtures.tenant();
            remember(tenant, "http://127.0.0.1:" + slow.getAddress().getPort() + "/hook");
            onVertx(() -> inbound.receive(tenant, UUID.randomUUID(), InboundFixtures.text("wamid.slow-"
                    + UUID.randomUUID(), "5511999990105", "still there?")));
            waitFor(() -> statusOf(tenant) == AutomationDelivery.Status.DEAD);
            assertEquals("timed out", inTenant(tenant, () -> deliveries.find("tenantId", tenant).firstResult())
                    .lastError);
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void aSigningSecretNeverRotatedSaysSo() {
        String tenant = InboundFixtures.tenant();
        assertNull(onVertx(() -> secrets.current(tenant)).rotatedAt, "never rotated");
        assertNotNull(onVertx(() -> secrets.rotate(new Actor("admin-1", "admin", "req-1", false), tenant)).rotatedAt);
        assertEquals(2, onVertx(() -> secrets.current(tenant)).version);
    }

    @Test
    void aPersonsConversationIsNotForwarded() throws Exception {
        String tenant = botTenant();
        UUID connection = UUID.randomUUID();
        onVertx(() -> inbound.receive(tenant, connection, InboundFixtures.text("wamid.h1-" + UUID.randomUUID(), "5511999990103",
                "first")));
        Conversation c = inTenant(tenant, () -> conversations.find("tenantId", tenant).firstResult());
        inTenant(tenant, () -> conversations.update("owner = ?1 where id = ?2", Conversation.Owner.HUMAN, c.id));
        onVertx(() -> inbound.receive(tenant, connection, InboundFixtures.text("wamid.h2-" + UUID.randomUUID(), "5511999990103",
                "second")));
        long queued = inTenant(tenant, () -> deliveries.count("tenantId", tenant));
        assertEquals(1, queued, "only the message of the bot's time is queued");
    }

    @Test
    void aTestEventReachesTheAutomationSignedAndAFailureSaysWhy() throws Exception {
        String tenant = botTenant();
        String secret = secrets.secret(onVertx(() -> secrets.current(tenant)));
        AutomationForwarder.TestOutcome ok = onVertx(() -> forwarder.test(tenant, secret));
        assertTrue(ok.delivered(), "answered 200: " + ok.error());
        assertNull(ok.error());
        JsonNode body = InboundFixtures.JSON.readTree(received.get(0)[1]);
        assertEquals("test", body.path("event").asText());
        assertEquals(tenant, body.path("tenantId").asText());
        assertEquals(AutomationSigner.signature(secret, received.get(0)[1].getBytes(StandardCharsets.UTF_8)),
                received.get(0)[0]);

        answer = 500;
        answerBody = "no workflow listens here";
        AutomationForwarder.TestOutcome refused = onVertx(() -> forwarder.test(tenant, secret));
        assertEquals(false, refused.delivered());
        assertEquals("answered HTTP 500: no workflow listens here", refused.error());
        assertEquals(0, inTenant(tenant, () -> deliveries.count("tenantId", tenant)), "a test is never queued");

        remember(tenant, "");
        assertEquals("No automation webhook URL is set for the tenant",
                onVertx(() -> forwarder.test(tenant, secret)).error());
    }

    private String botTenant() {
        String tenant = InboundFixtures.tenant();
        remember(tenant, "http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        return tenant;
    }

    private void remember(String tenant, String webhookUrl) {
        directory.remember(new TenantSnapshot(tenant, "bot-" + tenant.substring(2, 10), "Bot tenant",
                TenantSnapshot.ACTIVE, null, 1, 10, 10, 1_000_000, 0, webhookUrl, true, "UTC", "en"));
    }

    private AutomationDelivery.Status statusOf(String tenant) {
        AutomationDelivery d = inTenant(tenant, () -> deliveries.find("tenantId", tenant).firstResult());
        return d == null ? null : d.status;
    }

    private <T> T inTenant(String tenant, Supplier<io.smallrye.mutiny.Uni<T>> work) {
        return InboundFixtures.awaitInTenant(background, scope, tenant, work);
    }

    private <T> T onVertx(Supplier<io.smallrye.mutiny.Uni<T>> work) {
        return InboundFixtures.await(background, work);
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("not reached within 20 s");
            }
            Thread.sleep(100);
        }
    }
}
