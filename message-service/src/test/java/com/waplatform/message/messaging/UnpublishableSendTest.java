package com.waplatform.message.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.DeliveryStatus;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.message.service.ConversationService;
import com.waplatform.message.service.InboundService;
import com.waplatform.message.service.OutgoingMessage;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A reply whose send command Kafka can never take (larger than max.request.size, as the 1.2 MB file name of the
 * incident was) is set aside by the outbox and fails visibly, instead of staying pending for ever.
 */
@QuarkusTest
class UnpublishableSendTest {

    @Inject
    InboundService inbound;

    @Inject
    ConversationService conversations;

    @Inject
    ConversationRepository conversationRows;

    @Inject
    MessageRepository messages;

    @Inject
    TenantScope scope;

    @Test
    void aSendCommandThatCanNeverBePublishedFailsItsMessage() throws Throwable {
        String tenant = "t-" + UUID.randomUUID();
        ObjectNode customer = new ObjectMapper().createObjectNode().put("provider", "META")
                .put("providerMessageId", "wamid.big-" + UUID.randomUUID()).put("from", "5511999990888")
                .put("profileName", "Big Reply").put("timestamp", Instant.now().toString()).put("type", "text")
                .put("text", "hello");
        await(() -> inbound.receive(tenant, UUID.randomUUID(), customer));
        Conversation conversation = await(() -> inTenant(tenant,
                () -> conversationRows.find("tenantId", tenant).firstResult()));

        Message reply = await(() -> conversations.send(tenant, conversation.id, Message.Sender.AGENT, "agent-1",
                OutgoingMessage.text("x".repeat(1_200_000))));

        Message stored = reply;
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (stored.status == DeliveryStatus.PENDING && System.nanoTime() < deadline) {
            Thread.sleep(250);
            stored = await(() -> inTenant(tenant, () -> messages.findById(reply.id)));
        }
        System.out.printf("unpublishable send: message %s is %s (%s: %s)%n", reply.id, stored.status,
                stored.errorCode, stored.errorReason);
        assertEquals(DeliveryStatus.FAILED, stored.status);
        assertEquals("unpublishable", stored.errorCode);
    }

    private <T> Uni<T> inTenant(String tenant, Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> scope.enter(tenant).chain(() -> work.get()));
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}
