package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.waplatform.contracts.DeliveryStatus;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliveryStatusServiceTest {

    @Inject
    InboundService inbound;

    @Inject
    ConversationService conversationsService;

    @Inject
    DeliveryStatusService statuses;

    @Inject
    ConversationRepository conversations;

    @Inject
    MessageRepository messages;

    @Inject
    TenantScope scope;

    @Test
    @RunOnVertxContext
    void statusesOnlyMoveForwardAndEarlyOnesWaitForTheSendResult(UniAsserter asserter) {
        String tenant = InboundFixtures.tenant();
        String wamid = "wamid.out-" + UUID.randomUUID();
        AtomicReference<Message> sent = startConversationAndReply(asserter, tenant);

        // "read" and "delivered" arrive before session-service's send result named the provider id
        asserter.execute(() -> statuses.reported(tenant, InboundFixtures.status(wamid, "read")));
        asserter.execute(() -> statuses.reported(tenant, InboundFixtures.status(wamid, "delivered")));
        asserter.assertThat(() -> reload(sent), m -> assertEquals(DeliveryStatus.PENDING, m.status));

        asserter.execute(() -> statuses.sendResult(tenant, InboundFixtures.sendAccepted(sent.get().id, wamid), true));
        asserter.assertThat(() -> reload(sent), m -> {
            assertEquals(DeliveryStatus.READ, m.status);
            assertEquals(wamid, m.providerMessageId);
            assertNotNull(m.sentAt);
            assertNotNull(m.readAt);
        });

        // a late "delivered" and a late "failed" after read change nothing
        asserter.execute(() -> statuses.reported(tenant, InboundFixtures.status(wamid, "delivered")));
        asserter.execute(() -> statuses.reported(tenant, InboundFixtures.status(wamid, "failed")));
        asserter.assertThat(() -> reload(sent), m -> assertEquals(DeliveryStatus.READ, m.status));
    }

    @Test
    @RunOnVertxContext
    void anotherTenantsStatusDoesNotTouchTheMessage(UniAsserter asserter) {
        String tenant = InboundFixtures.tenant();
        String wamid = "wamid.iso-" + UUID.randomUUID();
        AtomicReference<Message> sent = startConversationAndReply(asserter, tenant);
        asserter.execute(() -> statuses.sendResult(tenant, InboundFixtures.sendAccepted(sent.get().id, wamid), true));
        asserter.execute(() -> statuses.reported(InboundFixtures.tenant(), InboundFixtures.status(wamid, "read")));
        asserter.execute(() -> statuses.sendResult(InboundFixtures.tenant(),
                InboundFixtures.sendAccepted(sent.get().id, "wamid.other"), false));
        asserter.assertThat(() -> reload(sent), m -> assertEquals(DeliveryStatus.SENT, m.status));
    }

    private AtomicReference<Message> startConversationAndReply(UniAsserter asserter, String tenant) {
        AtomicReference<Message> sent = new AtomicReference<>();
        asserter.execute(() -> inbound.receive(tenant, UUID.randomUUID(),
                InboundFixtures.text("wamid.in-" + UUID.randomUUID(), "5511999990003", "hi")));
        asserter.execute(() -> InboundFixtures.inTenant(scope, tenant, () -> conversations.find("tenantId", tenant).firstResult())
                .flatMap((Conversation c) -> conversationsService.send(tenant, c.id, Message.Sender.AGENT, "agent-1", OutgoingMessage.text("hello back")))
                .invoke(sent::set));
        return sent;
    }

    private io.smallrye.mutiny.Uni<Message> reload(AtomicReference<Message> message) {
        return InboundFixtures.inTenant(scope, message.get().tenantId, () -> messages.findById(message.get().id));
    }

}
