package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.domain.MessageMedia;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.MessageMediaRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import com.waplatform.web.TenantDirectory;
import io.smallrye.mutiny.Uni;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

/**
 * The plan's media storage: uploads that do not fit are refused with 422, customers' files that do not fit are
 * FAILED with the reason on their message, and files past the plan's retention period are removed.
 */
@QuarkusTest
class MediaQuotaTest {

    @Inject
    InboundService inbound;

    @Inject
    MediaUploads uploads;

    @Inject
    MediaDownloads downloads;

    @Inject
    MediaFetcher fetcher;

    @Inject
    MediaQuota quota;

    @Inject
    MediaRetentionJob retention;

    @Inject
    MediaStore store;

    @Inject
    MessageRepository messages;

    @Inject
    MessageMediaRepository media;

    @Inject
    ConversationRepository conversations;

    @Inject
    TenantDirectory directory;

    @Inject
    TenantScope scope;

    @Inject
    BackgroundWork background;

    @Test
    void anUploadThatDoesNotFitInThePlansMediaStorageIs422AndKeepsNothing() throws Exception {
        String tenant = tenantWith(100, 0);
        UUID conversation = conversationOf(tenant);

        MediaUploads.Upload fits = upload(60);
        Message first = onVertx(() -> uploads.send(tenant, conversation, "agent-1", fits));
        assertEquals(MessageMedia.Status.STORED, first.mediaStatus);
        assertEquals(60L, (long) onVertx(() -> quota.used(tenant)));

        MediaUploads.Upload second = upload(60);
        ProblemException problem = assertThrows(ProblemException.class,
                () -> onVertx(() -> uploads.send(tenant, conversation, "agent-1", second)));
        assertEquals(422, problem.status());
        assertTrue(problem.getMessage().contains("media storage is full: 60 bytes of 100 bytes used"),
                problem.getMessage());
        assertEquals(1L, (long) inTenant(tenant, () -> media.count("tenantId", tenant)), "nothing more kept");
        assertEquals(1L, (long) inTenant(tenant, () -> messages.count("tenantId = ?1 and direction = ?2", tenant,
                Message.Direction.OUTBOUND)), "no message for the refused file");
    }

    @Test
    void aCustomersFileThatDoesNotFitIsFailedWithTheReasonOnItsMessage() {
        String tenant = tenantWith(100, 0);
        MessageMedia small = receivedImage(tenant);
        MessageMedia large = receivedImage(tenant);

        onVertx(() -> fetcher.keep(small, RestResponse.ok(new byte[70])).flatMap(downloads::finish));
        onVertx(() -> fetcher.keep(large, RestResponse.ok(new byte[40])).flatMap(downloads::finish));

        Message kept = inTenant(tenant, () -> messages.findOwned(tenant, small.messageId));
        assertEquals(MessageMedia.Status.STORED, kept.mediaStatus);
        assertNull(kept.mediaError);
        Message refused = inTenant(tenant, () -> messages.findOwned(tenant, large.messageId));
        assertEquals(MessageMedia.Status.FAILED, refused.mediaStatus);
        assertTrue(refused.mediaError.startsWith("The plan's media storage is full: 70 bytes of 100 bytes used"),
                refused.mediaError);
        MessageMedia row = inTenant(tenant, () -> media.findOwned(tenant, large.messageId));
        assertEquals(MessageMedia.Status.FAILED, row.status);
        assertEquals(1, row.attempts, "given up at once: waiting does not make room");
        assertFalse(onVertx(() -> store.exists(tenant, large.messageId)), "no file kept");
    }

    @Test
    void filesPastTheRetentionPeriodAreRemovedAndNoLongerCount() {
        String tenant = tenantWith(1_000_000, 30);
        String keepsAll = tenantWith(1_000_000, 0);
        MessageMedia old = stored(tenant, 40, 300);
        MessageMedia recent = stored(tenant, 10, 200);
        MessageMedia oldButKept = stored(keepsAll, 400, 100);

        int removed = onVertx(() -> retention.sweep());
        System.out.println("media retention: " + removed + " files removed");

        assertTrue(removed >= 1);
        assertFalse(onVertx(() -> store.exists(tenant, old.messageId)), "the old file is gone");
        assertTrue(onVertx(() -> store.exists(tenant, recent.messageId)));
        assertTrue(onVertx(() -> store.exists(keepsAll, oldButKept.messageId)), "0 days: kept for good");
        assertEquals(MessageMedia.Status.EXPIRED, inTenant(tenant, () -> media.findOwned(tenant, old.messageId)).status);
        Message message = inTenant(tenant, () -> messages.findOwned(tenant, old.messageId));
        assertEquals(MessageMedia.Status.EXPIRED, message.mediaStatus);
        assertTrue(message.mediaError.contains("retention period"), message.mediaError);
        assertEquals(200L, (long) onVertx(() -> quota.used(tenant)), "only the recent file counts");
        assertEquals(100L, (long) onVertx(() -> quota.used(keepsAll)));
        onVertx(() -> retention.sweep());
        assertEquals(1L, (long) inTenant(tenant, () -> media.count("tenantId = ?1 and status = ?2", tenant,
                MessageMedia.Status.EXPIRED)), "a second round finds nothing more of the tenant");
    }

    /** A tenant known from tenant.events with the given media quota and retention. */
    private String tenantWith(long quotaBytes, int retentionDays) {
        String tenant = InboundFixtures.tenant();
        directory.remember(new TenantSnapshot(tenant, "m-" + tenant.substring(2, 10), "Media tenant",
                TenantSnapshot.ACTIVE, null, 1, 10, 10, 1_000_000, 0, null, false, "UTC", "en", quotaBytes,
                retentionDays));
        return tenant;
    }

    private UUID conversationOf(String tenant) {
        onVertx(() -> inbound.receive(tenant, UUID.randomUUID(), InboundFixtures.text("wamid.q-" + UUID.randomUUID(),
                "5511999990301", "hello")));
        Conversation c = inTenant(tenant, () -> conversations.find("tenantId", tenant).firstResult());
        return c.id;
    }

    /** A customer's image, queued for its file. */
    private MessageMedia receivedImage(String tenant) {
        String wamid = "wamid.qi-" + UUID.randomUUID();
        ObjectNode image = InboundFixtures.text(wamid, "5511999990302", null).put("type", "image");
        image.putObject("content").put("id", "m-" + UUID.randomUUID()).put("mime_type", "image/jpeg");
        onVertx(() -> inbound.receive(tenant, UUID.randomUUID(), image));
        Message message = inTenant(tenant, () -> messages.findByProviderId(tenant, wamid));
        return onVertx(() -> downloads.find(tenant, message.id));
    }

    /** A customer's image stored {@code daysAgo} days ago, of {@code bytes}. */
    private MessageMedia stored(String tenant, int daysAgo, int bytes) {
        MessageMedia m = receivedImage(tenant);
        onVertx(() -> fetcher.keep(m, RestResponse.ok(new byte[bytes])).flatMap(downloads::finish));
        OffsetDateTime then = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo);
        inTenant(tenant, () -> media.update("createdAt = ?1 where messageId = ?2", then, m.messageId));
        assertTrue(onVertx(() -> store.exists(tenant, m.messageId)));
        return m;
    }

    private static MediaUploads.Upload upload(int bytes) throws java.io.IOException {
        Path file = Files.createTempFile("upload", ".pdf");
        Files.write(file, new byte[bytes]);
        return new MediaUploads.Upload(file, "report.pdf", "application/pdf", bytes, null, null);
    }

    private <T> T inTenant(String tenant, Supplier<Uni<T>> work) {
        return InboundFixtures.awaitInTenant(background, scope, tenant, work);
    }

    private <T> T onVertx(Supplier<Uni<T>> work) {
        return InboundFixtures.await(background, work);
    }
}
