package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboundServiceTest {

    @Inject
    InboundService inbound;

    @Inject
    MessageRepository messages;

    @Inject
    TenantScope scope;

    @Inject
    ConversationRepository conversations;

    @Test
    @RunOnVertxContext
    void theSameProviderMessageDeliveredThreeTimesIsStoredOnce(UniAsserter asserter) {
        String tenant = InboundFixtures.tenant();
        UUID connection = UUID.randomUUID();
        var payload = InboundFixtures.text("wamid.dup-" + UUID.randomUUID(), "5511999990001", "hello");
        asserter.assertThat(() -> inbound.receive(tenant, connection, payload), fresh -> assertTrue(fresh));
        asserter.assertThat(() -> inbound.receive(tenant, connection, payload), fresh -> assertFalse(fresh));
        asserter.assertThat(() -> inbound.receive(tenant, connection, payload), fresh -> assertFalse(fresh));
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenant, () -> messages.count("tenantId", tenant)),
                n -> assertEquals(1L, n));
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenant, () -> conversations.list("tenantId", tenant)), list -> {
            assertEquals(1, list.size());
            assertEquals(1, list.get(0).unreadCount);
        });
    }

    @Test
    @RunOnVertxContext
    void aCustomerKeepsOneConversationPerNumberAndTenantsNeverShareOne(UniAsserter asserter) {
        String tenantA = InboundFixtures.tenant();
        String tenantB = InboundFixtures.tenant();
        UUID connection = UUID.randomUUID();
        String customer = "5511999990002";
        asserter.execute(() -> inbound.receive(tenantA, connection, InboundFixtures.text("w1" + UUID.randomUUID(), customer, "1")));
        asserter.execute(() -> inbound.receive(tenantA, connection, InboundFixtures.text("w2" + UUID.randomUUID(), customer, "2")));
        asserter.execute(() -> inbound.receive(tenantB, connection, InboundFixtures.text("w3" + UUID.randomUUID(), customer, "3")));
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenantA, () -> conversations.list("tenantId", tenantA)), list -> {
            assertEquals(1, list.size());
            assertEquals(2, list.get(0).unreadCount);
        });
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenantB, () -> messages.count("tenantId", tenantB)),
                n -> assertEquals(1L, n));
    }

}
