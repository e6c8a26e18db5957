package com.waplatform.message.service;

import com.waplatform.message.config.MediaConfig;
import com.waplatform.message.domain.MessageMedia;
import com.waplatform.message.repository.MessageMediaRepository;
import com.waplatform.message.repository.MessageRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The steps of the retention job, each in its own transaction: which tenants keep files, and removing a batch of
 * a tenant's files that arrived before a cutoff (the file goes, its row and its message say EXPIRED and no longer
 * count against the quota).
 */
@ApplicationScoped
public class MediaRetention {

    static final String REMOVED = "The file was removed at the end of the plan's media retention period";

    private final MessageMediaRepository media;
    private final MessageRepository messages;
    private final MediaStore store;
    private final TenantScope scope;
    private final MediaConfig config;

    public MediaRetention(MessageMediaRepository media, MessageRepository messages, MediaStore store,
            TenantScope scope, MediaConfig config) {
        this.media = media;
        this.messages = messages;
        this.store = store;
        this.scope = scope;
        this.config = config;
    }

    @WithTransaction
    public Uni<List<String>> tenantsWithFiles() {
        return scope.systemBypass("media retention").chain(media::tenantsWithStoredFiles);
    }

    /** Removes at most {@code media.retention-batch} of the tenant's files older than the cutoff; how many. */
    @WithTransaction
    public Uni<Integer> removeBatch(String tenantId, OffsetDateTime cutoff) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return scope.enter(tenantId).chain(() -> media.storedBefore(tenantId, cutoff, config.retentionBatch()))
                .call(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> store.delete(tenantId, row.messageId))
                        .collect().last())
                .call(rows -> rows.isEmpty() ? Uni.createFrom().voidItem() : messages.update(
                        "mediaStatus = ?1, mediaError = ?2 where tenantId = ?3 and id in ?4",
                        MessageMedia.Status.EXPIRED, REMOVED, tenantId,
                        rows.stream().map(row -> row.messageId).toList()))
                .invoke(rows -> rows.forEach(row -> {
                    row.status = MessageMedia.Status.EXPIRED;
                    row.updatedAt = now;
                }))
                .map(List::size);
    }
}
