package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.repository.AutomationDeliveryRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import com.waplatform.web.TenantDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bot switch of a number ({@code bot} of {@code connection.changed}) over the tenant's bot setting: OFF keeps the
 * number's customers with people, ON gives them to the bot even while the tenant's bot is off (when there is an
 * automation URL), DEFAULT (or an event without the switch) follows the tenant; handing back to a bot that is off
 * on the conversation's number is refused.
 */
@QuarkusTest
class NumberBotSwitchTest {

    @Inject
    InboundService inbound;

    @Inject
    ConversationActions actions;

    @Inject
    ConnectionProfiles connections;

    @Inject
    ConversationRepository conversations;

    @Inject
    AutomationDeliveryRepository deliveries;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantScope scope;

    @Inject
    BackgroundWork background;

    private HttpServer automation;

    @BeforeEach
    void startAutomation() throws Exception {
        automation = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        automation.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        automation.start();
    }

    @AfterEach
    void stopAutomation() {
        automation.stop(0);
    }

    @Test
    void aNumberWithItsBotOffStartsWithPeopleWhileTheTenantsBotIsOn() {
        String tenant = tenant(true, hook());
        UUID number = number(tenant, "OFF");
        customerWrites(tenant, number);
        assertEquals(Conversation.Owner.HUMAN, conversationOn(tenant, number).owner);
        assertEquals(0, queued(tenant), "nothing goes to the automation");
    }

    @Test
    void aNumberWithItsBotOnStartsWithTheBotWhileTheTenantsBotIsOffButHasAnAutomationUrl() {
        String tenant = tenant(false, hook());
        UUID number = number(tenant, "ON");
        customerWrites(tenant, number);
        assertEquals(Conversation.Owner.BOT, conversationOn(tenant, number).owner);
        assertEquals(1, queued(tenant));

        String withoutUrl = tenant(false, null);
        UUID nowhereToDeliver = number(withoutUrl, "ON");
        customerWrites(withoutUrl, nowhereToDeliver);
        assertEquals(Conversation.Owner.HUMAN, conversationOn(withoutUrl, nowhereToDeliver).owner,
                "a bot with no automation URL would leave the customer waiting");
    }

    @Test
    void aNumberOnDefaultFollowsTheTenant() {
        String botTenant = tenant(true, hook());
        UUID announcedBeforeTheSwitch = number(botTenant, null);
        customerWrites(botTenant, announcedBeforeTheSwitch);
        assertEquals(Conversation.Owner.BOT, conversationOn(botTenant, announcedBeforeTheSwitch).owner);
        assertEquals(1, queued(botTenant));

        String peopleTenant = tenant(false, hook());
        UUID following = number(peopleTenant, "DEFAULT");
        customerWrites(peopleTenant, following);
        assertEquals(Conversation.Owner.HUMAN, conversationOn(peopleTenant, following).owner);
        assertEquals(0, queued(peopleTenant));
    }

    @Test
    void handingBackToTheBotIsRefusedOnANumberWhoseBotIsOff() {
        String tenant = tenant(true, hook());
        UUID off = number(tenant, "OFF");
        customerWrites(tenant, off);
        UUID withPeople = conversationOn(tenant, off).id;
        ProblemException refused = assertThrows(ProblemException.class, () -> onVertx(() -> actions.apply(tenant,
                withPeople, "agent-1", ConversationActions.Action.HAND_BACK, null)));
        assertEquals(422, refused.status());
        assertTrue(refused.getMessage().contains("bot is off"), refused.getMessage());
        assertEquals(Conversation.Owner.HUMAN, conversationOn(tenant, off).owner);

        UUID following = number(tenant, "DEFAULT");
        customerWrites(tenant, following);
        UUID withBot = conversationOn(tenant, following).id;
        onVertx(() -> actions.apply(tenant, withBot, "agent-1", ConversationActions.Action.TAKE_OVER, "mine"));
        assertEquals(Conversation.Owner.BOT, onVertx(() -> actions.apply(tenant, withBot, "agent-1",
                ConversationActions.Action.HAND_BACK, null)).owner, "the tenant's bot answers on its other number");
    }

    private String hook() {
        return "http://127.0.0.1:" + automation.getAddress().getPort() + "/hook";
    }

    /** A tenant as tenant.events last described it: its bot on or off, its automation URL (null: none). */
    private String tenant(boolean botEnabled, String webhookUrl) {
        String tenant = InboundFixtures.tenant();
        directory.remember(new TenantSnapshot(tenant, "sw-" + tenant.substring(2, 10), "Switch tenant",
                TenantSnapshot.ACTIVE, null, 1, 10, 10, 1_000_000, 0, webhookUrl, botEnabled, "UTC", "en"));
        return tenant;
    }

    /** A number of the tenant as session-service announced it, with its bot switch (null: an event without it). */
    private UUID number(String tenant, String bot) {
        UUID connection = UUID.randomUUID();
        var payload = InboundFixtures.JSON.createObjectNode().put("name", "Sales").put("state", "OPEN");
        if (bot != null) {
            payload.put("bot", bot);
        }
        onVertx(() -> connections.changed(tenant, connection, payload));
        return connection;
    }

    private void customerWrites(String tenant, UUID connection) {
        onVertx(() -> inbound.receive(tenant, connection, InboundFixtures.text("wamid.sw-" + UUID.randomUUID(),
                "5511999990201", "hello")));
    }

    private Conversation conversationOn(String tenant, UUID connection) {
        return InboundFixtures.awaitInTenant(background, scope, tenant, () -> conversations
                .find("tenantId = ?1 and connectionId = ?2", tenant, connection).firstResult());
    }

    private long queued(String tenant) {
        return InboundFixtures.awaitInTenant(background, scope, tenant, () -> deliveries.count("tenantId", tenant));
    }

    private <T> T onVertx(Supplier<Uni<T>> work) {
        return InboundFixtures.await(background, work);
    }
}
