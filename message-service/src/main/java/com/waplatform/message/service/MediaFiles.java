package com.waplatform.message.service;

import com.waplatform.message.domain.MessageMedia;
import com.waplatform.message.repository.MessageMediaRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.UUID;

/** The stored media files of the tenant's messages, for its agents. */
@ApplicationScoped
public class MediaFiles {

    /** A stored file to send to an agent. */
    public record StoredFile(Path path, String mimeType, String fileName, long sizeBytes) {
    }

    private final MessageRepository messages;
    private final MessageMediaRepository media;
    private final MediaStore store;
    private final TenantScope scope;

    public MediaFiles(MessageRepository messages, MessageMediaRepository media, MediaStore store,
            TenantScope scope) {
        this.messages = messages;
        this.media = media;
        this.store = store;
        this.scope = scope;
    }

    /**
     * The file of a message of the tenant's conversation (any of its conversations when null): 404 if there is no such message (another tenant's is
     * none) or it has no media, 409 while it is still being fetched, 404 with the reason if it could not be.
     */
    @WithTransaction
    public Uni<StoredFile> open(String tenantId, UUID conversationId, UUID messageId) {
        return scope.enter(tenantId).chain(() -> messages.findOwned(tenantId, messageId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Message"))
                .invoke(m -> {
                    if (conversationId != null && !m.conversationId.equals(conversationId)) {
                        throw ProblemException.notFound("Message");
                    }
                })
                .chain(m -> media.findOwned(tenantId, messageId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Media of this message"))
                .chain(m -> switch (m.status) {
                    case PENDING -> Uni.createFrom().failure(ProblemException.conflict(
                            "The media of this message is still being fetched from WhatsApp; try again shortly"));
                    case FAILED -> Uni.createFrom().failure(new ProblemException(404, "Not Found",
                            "The media of this message could not be fetched or kept: " + m.lastError));
                    case EXPIRED -> Uni.createFrom().failure(new ProblemException(404, "Not Found",
                            MediaRetention.REMOVED));
                    case STORED -> stored(m);
                });
    }

    private Uni<StoredFile> stored(MessageMedia m) {
        return store.exists(m.tenantId, m.messageId).map(exists -> {
            if (!exists) {
                throw new ProblemException(404, "Not Found", "The media file of this message is no longer kept");
            }
            return new StoredFile(store.path(m.tenantId, m.messageId), m.mimeType, m.fileName,
                    m.sizeBytes == null ? -1 : m.sizeBytes);
        });
    }
}
