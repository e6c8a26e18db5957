package com.waplatform.message.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.message.config.MediaConfig;
import com.waplatform.message.domain.Conversation;
import com.waplatform.message.domain.Message;
import com.waplatform.message.domain.MessageMedia;
import com.waplatform.message.messaging.ConversationEvents;
import com.waplatform.message.repository.ConversationRepository;
import com.waplatform.message.repository.MessageMediaRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Media files to fetch from the provider: queued in the message's own transaction (nothing is lost between the
 * commit and the download), taken by workers under a lease, and finished as STORED or, after the last attempt or a
 * refusal that will not change, FAILED. Either end is announced to the tenant's agents on the message.
 */
@ApplicationScoped
public class MediaDownloads {

    /** Message types whose file is fetched. */
    public static final Set<String> MEDIA_TYPES = Set.of("image", "audio", "video", "document", "sticker");

    private final MessageMediaRepository media;
    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final ConversationEvents events;
    private final TenantScope scope;
    private final MediaConfig config;

    public MediaDownloads(MessageMediaRepository media, MessageRepository messages,
            ConversationRepository conversations, ConversationEvents events, TenantScope scope, MediaConfig config) {
        this.media = media;
        this.messages = messages;
        this.conversations = conversations;
        this.events = events;
        this.scope = scope;
        this.config = config;
    }

    /**
     * Where the file of an inbound media message is found: Meta's media id, or for Evolution the message's own id;
     * null for other messages (and for a media message without an id, which has nothing to fetch).
     */
    public static String providerRef(JsonNode payload) {
        if (!MEDIA_TYPES.contains(payload.path("type").asText())) {
            return null;
        }
        String ref = "EVOLUTION".equals(payload.path("provider").asText())
                ? payload.path("providerMessageId").asText(null)
                : payload.path("content").path("id").asText(null);
        return ref == null || ref.isBlank() ? null : ref;
    }

    /** Queues the file of a new media message, in the caller's (tenant-scoped) transaction. */
    public Uni<Void> enqueue(Conversation conversation, Message message, String ref, JsonNode content) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        MessageMedia m = new MessageMedia();
        m.messageId = message.id;
        m.tenantId = message.tenantId;
        m.connectionId = conversation.connectionId;
        m.providerRef = ref;
        m.status = MessageMedia.Status.PENDING;
        m.mimeType = text(content.path("mime_type").asText(content.path("mimetype").asText(null)), 200);
        m.fileName = text(content.path("filename").asText(content.path("fileName").asText(null)), 255);
        m.nextAttemptAt = now;
        m.createdAt = now;
        m.updatedAt = now;
        return media.persist(m).replaceWithVoid();
    }

    private static String text(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** Takes due downloads of every tenant for this worker, under a lease. */
    @WithTransaction
    public Uni<List<MessageMedia>> take() {
        OffsetDateTime leaseEnd = OffsetDateTime.now(ZoneOffset.UTC).plus(config.lease());
        return scope.systemBypass("media download worker")
                .chain(() -> media.due(config.perTenantBatch(), config.batchSize()))
                .invoke(rows -> rows.forEach(row -> row.leaseUntil = leaseEnd));
    }

    /** Stores the outcome of an attempt; a file that just arrived or was given up is announced on its message. */
    @WithTransaction
    public Uni<MessageMedia> finish(MessageMedia outcome) {
        return scope.enter(outcome.tenantId)
                .chain(() -> Panache.getSession().flatMap(session -> session.merge(outcome)))
                .call(saved -> saved.status == MessageMedia.Status.PENDING ? Uni.createFrom().voidItem()
                        : messages.findOwned(saved.tenantId, saved.messageId).call(message -> {
                            if (message == null) {
                                return Uni.createFrom().voidItem();
                            }
                            message.mediaStatus = saved.status;
                            message.mediaError = saved.status == MessageMedia.Status.FAILED ? saved.lastError : null;
                            return conversations.findOwned(saved.tenantId, message.conversationId)
                                    .call(c -> events.mediaChanged(c, message, saved));
                        }));
    }

    /** The media of one of the tenant's messages, or null. */
    @WithTransaction
    public Uni<MessageMedia> find(String tenantId, java.util.UUID messageId) {
        return scope.enter(tenantId).chain(() -> media.findOwned(tenantId, messageId));
    }
}
