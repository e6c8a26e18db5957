package com.waplatform.message.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.waplatform.message.domain.Message;
import com.waplatform.message.domain.MessageMedia;
import com.waplatform.message.repository.MessageMediaRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Media messages queue their file in the message's transaction; agents get it only when stored, and only theirs. */
@QuarkusTest
class MediaFilesTest {

    @Inject
    InboundService inbound;

    @Inject
    MediaDownloads downloads;

    @Inject
    MediaFiles files;

    @Inject
    MediaStore store;

    @Inject
    MessageRepository messages;

    @Inject
    MessageMediaRepository media;

    @Inject
    TenantScope scope;

    @Test
    @RunOnVertxContext
    void aCloudApiImageIsQueuedByItsMediaIdAndServedOnceStored(UniAsserter asserter) {
        String tenant = InboundFixtures.tenant();
        String other = InboundFixtures.tenant();
        String wamid = "wamid.media-" + UUID.randomUUID();
        ObjectNode image = InboundFixtures.text(wamid, "5511999990101", null).put("type", "image");
        image.putObject("content").put("id", "1234567890").put("mime_type", "image/jpeg").put("caption", "look");
        AtomicReference<Message> stored = new AtomicReference<>();
        byte[] bytes = "not really a jpeg".getBytes();

        asserter.execute(() -> inbound.receive(tenant, UUID.randomUUID(), image));
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenant, () -> messages.findByProviderId(tenant,
                wamid)), m -> {
            stored.set(m);
            assertEquals(MessageMedia.Status.PENDING, m.mediaStatus);
        });
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenant, () -> media.findOwned(tenant,
                stored.get().id)), m -> {
            assertEquals("1234567890", m.providerRef);
            assertEquals("image/jpeg", m.mimeType);
        });
        asserter.assertFailedWith(() -> files.open(tenant, stored.get().conversationId, stored.get().id),
                e -> assertEquals(409, ((ProblemException) e).status()));

        asserter.execute(() -> store.write(tenant, stored.get().id, bytes));
        asserter.execute(() -> downloads.find(tenant, stored.get().id).flatMap(m -> {
            m.status = MessageMedia.Status.STORED;
            m.sizeBytes = (long) bytes.length;
            return downloads.finish(m);
        }));
        asserter.assertThat(() -> files.open(tenant, stored.get().conversationId, stored.get().id), file -> {
            assertEquals("image/jpeg", file.mimeType());
            assertArrayEquals(bytes, read(file.path()));
        });
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenant, () -> messages.findOwned(tenant,
                stored.get().id)), m -> assertEquals(MessageMedia.Status.STORED, m.mediaStatus));
        asserter.assertFailedWith(() -> files.open(other, stored.get().conversationId, stored.get().id),
                e -> assertEquals(404, ((ProblemException) e).status()));
        asserter.assertFailedWith(() -> files.open(tenant, UUID.randomUUID(), stored.get().id),
                e -> assertEquals(404, ((ProblemException) e).status()));
    }

    @Test
    @RunOnVertxContext
    void anEvolutionMediaMessageIsFetchedByItsOwnIdAndTextHasNoMedia(UniAsserter asserter) {
        String tenant = InboundFixtures.tenant();
        String id = "3A" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        ObjectNode document = InboundFixtures.text(id, "5511999990102", null).put("type", "document")
                .put("provider", "EVOLUTION");
        document.putObject("content").put("mimetype", "application/pdf").put("fileName", "invoice.pdf");
        String textId = "wamid.text-" + UUID.randomUUID();

        asserter.execute(() -> inbound.receive(tenant, UUID.randomUUID(), document));
        asserter.execute(() -> inbound.receive(tenant, UUID.randomUUID(), InboundFixtures.text(textId,
                "5511999990102", "no file here")));
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenant, () -> media.list("tenantId", tenant)),
                rows -> {
                    assertEquals(1, rows.size());
                    assertEquals(id, rows.get(0).providerRef);
                    assertEquals("invoice.pdf", rows.get(0).fileName);
                    assertEquals("application/pdf", rows.get(0).mimeType);
                });
        asserter.assertThat(() -> InboundFixtures.inTenant(scope, tenant, () -> messages.findByProviderId(tenant,
                textId)), m -> assertNull(m.mediaStatus));
    }

    @Test
    void filesLiveInTheTenantsOwnFolderAndNamesCannotEscapeIt() {
        UUID message = UUID.randomUUID();
        assertTrue(store.path("3f0c2a1e-5b7d-4c1a-9e2f-0a1b2c3d4e5f", message).toString()
                .endsWith("/3f0c2a1e-5b7d-4c1a-9e2f-0a1b2c3d4e5f/" + message));
        assertThrows(IllegalArgumentException.class, () -> store.path("../other", message));
        assertThrows(IllegalArgumentException.class, () -> store.path("a/b", message));
        assertThrows(IllegalArgumentException.class, () -> store.path(null, message));
    }

    private static byte[] read(java.nio.file.Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
