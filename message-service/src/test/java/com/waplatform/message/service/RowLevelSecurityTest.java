package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.waplatform.message.domain.Contact;
import com.waplatform.message.repository.ContactRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PostgreSQL row-level security backs every tenant filter: queries that forget theirs still see one tenant. */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    InboundService inbound;

    @Inject
    MessageRepository messages;

    @Inject
    ConversationRepository conversations;

    @Inject
    ContactRepository contacts;

    @Inject
    TenantScope scope;

    @Test
    @RunOnVertxContext
    void anUnfilteredQuerySeesOnlyTheTenantOfTheTransactionAndNothingWithoutOne(UniAsserter asserter) {
        String tenantA = InboundFixtures.tenant();
        String tenantB = InboundFixtures.tenant();
        UUID connection = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            asserter.execute(() -> inbound.receive(tenantA, connection,
                    InboundFixtures.text("wamid.a" + UUID.randomUUID(), "5511911110001", "for A")));
        }
        asserter.execute(() -> inbound.receive(tenantB, connection,
                InboundFixtures.text("wamid.b" + UUID.randomUUID(), "5511911110001", "for B")));

        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenantA, () -> messages.listAll()), list -> {
            assertEquals(3, list.size());
            assertTrue(list.stream().allMatch(m -> tenantA.equals(m.tenantId)));
        });
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenantB, () -> conversations.listAll()), list -> {
            assertEquals(1, list.size());
            assertEquals(tenantB, list.get(0).tenantId);
        });
        asserter.assertThat(() -> Panache.withTransaction(() -> messages.count()), n -> assertEquals(0L, n));
        asserter.assertThat(() -> Panache.withTransaction(() -> contacts.count()), n -> assertEquals(0L, n));
    }

    @Test
    @RunOnVertxContext
    void aRowForAnotherTenantCannotBeWritten(UniAsserter asserter) {
        Contact intruder = new Contact();
        intruder.id = UUID.randomUUID();
        intruder.tenantId = InboundFixtures.tenant();
        intruder.waId = "5511922220000";
        intruder.firstSeenAt = OffsetDateTime.now();
        intruder.lastSeenAt = intruder.firstSeenAt;
        asserter.assertFailedWith(() -> InboundFixtures.inTenant(scope, InboundFixtures.tenant(),
                () -> contacts.persist(intruder).call(contacts::flush)),
                failure -> assertTrue(String.valueOf(failure.getMessage()).contains("row-level security"),
                        failure.toString()));
    }

}
