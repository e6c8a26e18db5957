package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.EventEnvelope;
import com.waplatform.contracts.EventTypes;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.messaging.InboundConsumer;
import com.waplatform.message.repository.ContactRepository;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.EarlyStatusRepository;
import com.waplatform.message.repository.MessageMediaRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.message.repository.QuickReplyRepository;
import com.waplatform.persistence.tenancy.TenantPurgeConsumer;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.Actor;
import com.waplatform.web.TenantDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** tenant.purged removes the tenant's rows and files here, and nothing of any other tenant. */
@QuarkusTest
class TenantPurgeTest {

    @Inject
    InboundService inbound;

    @Inject
    TenantPurgeConsumer purge;

    @Inject
    MediaStore store;

    @Inject
    TenantDirectory directory;

    @Inject
    InboundConsumer consumer;

    @Inject
    ObjectMapper json;

    @Inject
    EarlyStatusRepository earlyStatuses;

    @Inject
    TenantScope scope;

    @Inject
    MessageRepository messages;

    @Inject
    ConversationRepository conversations;

    @Inject
    ContactRepository contacts;

    @Inject
    MessageMediaRepository media;

    @Inject
    QuickReplies quickReplies;

    @Inject
    QuickReplyRepository quickReplyRows;

    @Inject
    MessageTallyJob tallies;

    @Test
    @RunOnVertxContext
    void aPurgedTenantsRowsAndFilesGoAndOtherTenantsStay(UniAsserter asserter) {
        String gone = "3a1b2c3d-0000-4000-8000-" + UUID.randomUUID().toString().substring(24);
        String stays = InboundFixtures.tenant();
        UUID connection = UUID.randomUUID();
        ObjectNode image = InboundFixtures.text("wamid.purge-" + UUID.randomUUID(), "5511999990201", null)
                .put("type", "image");
        image.putObject("content").put("id", "555").put("mime_type", "image/png");
        UUID fileOfGone = UUID.randomUUID();

        asserter.execute(() -> inbound.receive(gone, connection, image));
        asserter.execute(() -> inbound.receive(gone, connection, InboundFixtures.text("wamid.p2-" + UUID.randomUUID(),
                "5511999990201", "second")));
        asserter.execute(() -> inbound.receive(stays, connection, InboundFixtures.text("wamid.p3-" + UUID.randomUUID(),
                "5511999990202", "kept")));
        asserter.execute(() -> store.write(gone, fileOfGone, new byte[] {1, 2, 3}));
        Actor admin = new Actor("purge-test", "purge test", null, false);
        for (String tenant : new String[] {gone, stays}) {
            asserter.execute(() -> quickReplies.create(admin, tenant, new QuickReplyContent("hello", "Hello!", null,
                    null)));
        }
        asserter.execute(() -> purge.onTenantEvent("{\"type\":\"tenant.updated\",\"tenantId\":\"" + gone + "\"}"));
        asserter.assertThat(() -> count(gone), n -> assertEquals(2L + 1 + 1 + 1, n, "other events purge nothing"));
        asserter.execute(() -> tallies.catchUp());
        asserter.execute(() -> inbound.receive(gone, connection, InboundFixtures.text("wamid.p4-" + UUID.randomUUID(),
                "5511999990201", "third, not yet tallied")));
        asserter.assertThat(() -> reportRowsOf(gone), n -> assertEquals(1L + 1 + 1, n,
                "an opening, an hour's count, a change waiting to be counted"));

        asserter.execute(() -> purge.onTenantEvent("{\"type\":\"tenant.purged\",\"tenantId\":\"" + gone + "\"}"));
        asserter.assertThat(() -> count(gone), n -> assertEquals(0L, n));
        asserter.assertThat(() -> reportRowsOf(gone), n -> assertEquals(0L, n, "its report rows are gone"));
        asserter.assertThat(() -> count(stays), n -> assertEquals(3L, n));
        asserter.assertThat(() -> quickRepliesOf(gone), n -> assertEquals(0L, n, "the quick replies are gone"));
        asserter.assertThat(() -> quickRepliesOf(stays), n -> assertEquals(1L, n));
        asserter.execute(() -> {
            assertFalse(Files.exists(store.path(gone, fileOfGone).getParent()), "the tenant's media folder is gone");
            return io.smallrye.mutiny.Uni.createFrom().voidItem();
        });
        asserter.execute(() -> purge.onTenantEvent("{\"type\":\"tenant.purged\",\"tenantId\":\"" + gone + "\"}"));
        asserter.assertThat(() -> count(gone), n -> assertTrue(n == 0, "a redelivery finds nothing left"));

        // events still on their way when the data went bring nothing of it back; a deleted tenant's are still kept
        asserter.execute(() -> directory.remember(snapshot(gone, TenantSnapshot.PURGED)));
        asserter.execute(() -> deliver(EventTypes.MESSAGE_RECEIVED, gone, connection,
                InboundFixtures.text("wamid.late-" + UUID.randomUUID(), "5511999990201", "late")));
        asserter.execute(() -> deliver(EventTypes.MESSAGE_STATUS_REPORTED, gone, connection,
                InboundFixtures.status("wamid.late-" + UUID.randomUUID(), "delivered")));
        asserter.assertThat(() -> count(gone), n -> assertEquals(0L, n));
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, gone, () -> earlyStatuses.count("tenantId", gone)),
                n -> assertEquals(0L, n, "no status waiting for a message of a purged tenant"));
        asserter.execute(() -> directory.remember(snapshot(stays, TenantSnapshot.DELETED)));
        asserter.execute(() -> deliver(EventTypes.MESSAGE_RECEIVED, stays, connection,
                InboundFixtures.text("wamid.kept-" + UUID.randomUUID(), "5511999990202", "deleted, not purged")));
        asserter.assertThat(() -> count(stays), n -> assertEquals(4L, n, "one more message of the same customer"));
    }

    /** An event as it comes from Kafka, through the consumer. */
    private io.smallrye.mutiny.Uni<Void> deliver(String type, String tenant, UUID connection, ObjectNode payload) {
        try {
            return consumer.inbound(json.writeValueAsString(EventEnvelope.of(type, tenant, connection.toString(),
                    payload)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TenantSnapshot snapshot(String tenant, String status) {
        return new TenantSnapshot(tenant, "t-" + tenant.substring(0, 8), "Tenant", status, null, 2, 10, 10,
                1_000_000, 0, null, false, "UTC", "en");
    }

    private io.smallrye.mutiny.Uni<Long> quickRepliesOf(String tenant) {
        return InboundFixtures.inTenant(scope, tenant, () -> quickReplyRows.count("tenantId", tenant));
    }

    /** Rows of the tenant's conversation openings, hourly counts and changes not yet counted. */
    private io.smallrye.mutiny.Uni<Long> reportRowsOf(String tenant) {
        return InboundFixtures.inTenant(scope, tenant, () -> io.quarkus.hibernate.reactive.panache.Panache.getSession()
                .flatMap(session -> session.createNativeQuery("SELECT (SELECT count(*) FROM conversation_episode)"
                        + " + (SELECT count(*) FROM message_tally) + (SELECT count(*) FROM message_tally_change)",
                        Long.class).getSingleResult()));
    }

    /** Messages + conversations + contacts + media rows of the tenant. */
    private io.smallrye.mutiny.Uni<Long> count(String tenant) {
        return InboundFixtures.inTenant(scope, tenant, () -> messages.count("tenantId", tenant)
                .flatMap(m -> conversations.count("tenantId", tenant).map(c -> m + c))
                .flatMap(n -> contacts.count("tenantId", tenant).map(c -> n + c))
                .flatMap(n -> media.count("tenantId", tenant).map(c -> n + c)));
    }
}
