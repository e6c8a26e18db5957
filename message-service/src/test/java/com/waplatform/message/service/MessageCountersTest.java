package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A customer's message, the agent's answer and its failure at the provider move {@code messages.received},
 * {@code messages.sent}, {@code messages.status} and {@code messages.failed}.
 */
@QuarkusTest
class MessageCountersTest {

    @Inject
    InboundService inbound;

    @Inject
    ConversationService conversationsService;

    @Inject
    DeliveryStatusService statuses;

    @Inject
    ConversationRepository conversations;

    @Inject
    TenantScope scope;

    @Inject
    MeterRegistry metrics;

    @Test
    @RunOnVertxContext
    void receivedSentAndFailedAreCounted(UniAsserter asserter) {
        String tenant = InboundFixtures.tenant();
        Map<String, Double> before = Map.of(
                "received", count("messages.received", "type", "text"),
                "sent", count("messages.sent", "type", "text"),
                "status", count("messages.status", "status", "FAILED"),
                "failed", count("messages.failed", "code", "131047"));
        AtomicReference<Message> sent = new AtomicReference<>();
        asserter.execute(() -> inbound.receive(tenant, UUID.randomUUID(),
                InboundFixtures.text("wamid.in-" + UUID.randomUUID(), "5511999990077", "hi")));
        asserter.execute(() -> InboundFixtures.inTenant(scope, tenant,
                        () -> conversations.find("tenantId", tenant).firstResult())
                .flatMap((Conversation c) -> conversationsService.send(tenant, c.id, Message.Sender.AGENT, "agent-1",
                        OutgoingMessage.text("hello back")))
                .invoke(sent::set));
        asserter.execute(() -> statuses.sendResult(tenant, InboundFixtures.JSON.createObjectNode()
                .put("messageId", sent.get().id.toString()).put("errorCode", "131047")
                .put("errorReason", "Re-engagement message"), false));
        asserter.execute(() -> {
            assertEquals(before.get("received") + 1, count("messages.received", "type", "text"));
            assertEquals(before.get("sent") + 1, count("messages.sent", "type", "text"));
            assertEquals(before.get("status") + 1, count("messages.status", "status", "FAILED"));
            assertEquals(before.get("failed") + 1, count("messages.failed", "code", "131047"));
        });
    }

    private double count(String name, String... tags) {
        return metrics.find(name).tags(tags).counters().stream().mapToDouble(Counter::count).sum();
    }
}
