package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.domain.AutomationDelivery;
import com.waplatform.message.domain.Message;
import com.waplatform.message.repository.AutomationDeliveryRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import com.waplatform.web.TenantDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * With production rules (no loopback): an automation whose URL now points inside the platform gets nothing, and
 * a media link the provider would fetch from inside the platform's network is refused, naming the field.
 */
@QuarkusTest
@TestProfile(OutboundTargetsInProductionTest.Production.class)
class OutboundTargetsInProductionTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("outbound-urls.allow-loopback", "false");
        }
    }

    @Inject
    InboundService inbound;

    @Inject
    ConversationService conversationService;

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

    @Test
    void anAutomationWhoseUrlNowPointsInsideThePlatformGetsNothing() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer internal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        internal.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        internal.start();
        try {
            String tenant = tenant("http://127.0.0.1:" + internal.getAddress().getPort() + "/q/metrics", true);
            onVertx(() -> inbound.receive(tenant, UUID.randomUUID(), InboundFixtures.text("wamid.in-"
                    + UUID.randomUUID(), "5511999990301", "hi")));
            long until = System.currentTimeMillis() + 20_000;
            AutomationDelivery delivery;
            do {
                Thread.sleep(100);
                delivery = inTenant(tenant, () -> deliveries.find("tenantId", tenant).firstResult());
            } while ((delivery == null || delivery.status != AutomationDelivery.Status.DEAD)
                    && System.currentTimeMillis() < until);
            assertNotNull(delivery);
            assertEquals(AutomationDelivery.Status.DEAD, delivery.status);
            assertEquals("unreachable (the webhook URL does not point to a public address)", delivery.lastError);
            assertEquals(0, requests.get(), "no request went to the internal address");
        } finally {
            internal.stop(0);
        }
    }

    @Test
    void mediaLinksToInternalAddressesAreRefusedNamingTheField() {
        String tenant = tenant(null, false);
        onVertx(() -> inbound.receive(tenant, UUID.randomUUID(), InboundFixtures.text("wamid.m-" + UUID.randomUUID(),
                "5511999990302", "send me the file")));
        UUID conversation = inTenant(tenant, () -> conversations.find("tenantId", tenant).firstResult()).id;
        for (String link : List.of("http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:8081/q/metrics",
                "http://[::1]:6379/", "http://localhost./x.png", "http://0x7f000001/x.png", "http://0177.0.0.1/",
                "http://[::127.0.0.1]/", "http://10.0.0.5/a.png", "http://[fd00::1]/a.png", "http://redis:6379/")) {
            ProblemException refused = assertThrows(ProblemException.class, () -> onVertx(() -> send(tenant,
                    conversation, link)), link);
            assertEquals(422, refused.status());
            assertTrue(refused.getMessage().startsWith("'media.link' "), refused.getMessage());
        }
        Message sent = onVertx(() -> send(tenant, conversation, "https://cdn.example.com/a.png"));
        assertEquals("image", sent.type);
    }

    private Uni<Message> send(String tenant, UUID conversation, String link) {
        return conversationService.send(tenant, conversation, Message.Sender.AGENT, "agent-1",
                new OutgoingMessage("image", null, InboundFixtures.JSON.createObjectNode().put("link", link), null,
                        null));
    }

    private String tenant(String webhookUrl, boolean bot) {
        String tenant = InboundFixtures.tenant();
        directory.remember(new TenantSnapshot(tenant, "prod-" + tenant.substring(2, 10), "Production rules",
                TenantSnapshot.ACTIVE, null, 1, 10, 10, 1_000_000, 0, webhookUrl, bot, "UTC", "en"));
        return tenant;
    }

    private <T> T inTenant(String tenant, Supplier<Uni<T>> work) {
        return InboundFixtures.awaitInTenant(background, scope, tenant, work);
    }

    private <T> T onVertx(Supplier<Uni<T>> work) {
        return InboundFixtures.await(background, work);
    }
}
