package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import com.waplatform.web.TenantDirectory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
    AutomationDeliveryRepository deliveries;

    @Inject
    ConversationRepository conversations;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantScope scope;

    @Inject
    BackgroundWork background;

    private HttpServer server;
    private final List<String[]> received = new CopyOnWriteArrayList<>();
    private volatile int answer = 200;

    @BeforeEach
    void startAutomation() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(new String[] {exchange.getRequestHeaders().getFirst("X-Wa-Signature-256"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            exchange.sendResponseHeaders(answer, -1);
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
        onVertx(() -> inbound.receive(tenant, connection, InboundFixtures.text("wamid.bot-" + UUID.randomUUID(), "5511999990101",
                "is the bot there?")));
        waitFor(() -> !received.isEmpty());
        JsonNode body = InboundFixtures.JSON.readTree(received.get(0)[1]);
        assertEquals("is the bot there?", body.path("message").path("text").asText());
        assertEquals("BOT", body.path("conversation").path("owner").asText());
        String secret = queue.secret(onVertx(() -> queue.signingVersion(tenant)));
        assertEquals(AutomationSigner.signature(secret, received.get(0)[1].getBytes(StandardCharsets.UTF_8)),
                received.get(0)[0]);
        waitFor(() -> statusOf(tenant) == AutomationDelivery.Status.DELIVERED);
    }

    @Test
    void aFailingAutomationIsRetriedThenDeadLettered() throws Exception {
        answer = 503;
        String tenant = botTenant();
        onVertx(() -> inbound.receive(tenant, UUID.randomUUID(), InboundFixtures.text("wamid.dead-" + UUID.randomUUID(),
                "5511999990102", "anyone?")));
        waitFor(() -> statusOf(tenant) == AutomationDelivery.Status.DEAD);
        AutomationDelivery dead = inTenant(tenant, () -> deliveries.find("tenantId", tenant).firstResult());
        assertEquals(3, dead.attempts);
        assertEquals(3, received.size());
        assertTrue(dead.lastError.contains("503"), dead.lastError);
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

    private String botTenant() {
        String tenant = InboundFixtures.tenant();
        directory.remember(new TenantSnapshot(tenant, "bot-" + tenant.substring(2, 10), "Bot tenant",
                TenantSnapshot.ACTIVE, null, 1, 10, 10, 1_000_000, 0,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/hook", true, "UTC", "en"));
        return tenant;
    }

    private AutomationDelivery.Status statusOf(String tenant) {
        AutomationDelivery d = inTenant(tenant, () -> deliveries.find("tenantId", tenant).firstResult());
        return d == null ? null : d.status;
    }

    private <T> T inTenant(String tenant, Supplier<io.smallrye.mutiny.Uni<T>> work) {
        return background.isolated(() -> InboundFixtures.inTenant(scope, tenant, work)).await()
                .atMost(Duration.ofSeconds(10));
    }

    private <T> T onVertx(Supplier<io.smallrye.mutiny.Uni<T>> work) {
        return background.isolated(work).await().atMost(Duration.ofSeconds(10));
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
