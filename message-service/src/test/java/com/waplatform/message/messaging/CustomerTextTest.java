package com.waplatform.message.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.message.domain.Message;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A customer's message holding the NUL character (PostgreSQL cannot store it) is kept, without it. */
@QuarkusTest
class CustomerTextTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    InboundConsumer consumer;

    @Inject
    MessageRepository messages;

    @Inject
    TenantScope scope;

    @Test
    void aCustomerMessageWithANulCharacterIsStoredWithoutIt() throws Throwable {
        String tenant = "t-" + UUID.randomUUID();
        String providerId = "wamid.nul-" + UUID.randomUUID();
        ObjectNode payload = JSON.createObjectNode().put("provider", "META").put("providerMessageId", providerId)
                .put("from", "5511999990777").put("profileName", "Ma\u0000ria")
                .put("timestamp", Instant.now().toString()).put("type", "text").put("text", "my order\u0000 is late");
        String record = JSON.writeValueAsString(EventEnvelope.of(EventTypes.MESSAGE_RECEIVED, tenant,
                UUID.randomUUID().toString(), payload));

        VertxContextSupport.subscribeAndAwait(() -> {
            try {
                return consumer.inbound(record);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });

        Message stored = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> scope.enter(tenant)
                .chain(() -> messages.findByProviderId(tenant, providerId))));
        assertNotNull(stored, "the customer's message is stored");
        assertEquals("my order is late", stored.text);
    }
}
