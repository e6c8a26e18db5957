package com.waplatform.message.service;

import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.config.MediaConfig;
import com.waplatform.persistence.background.BackgroundWork;
import com.waplatform.web.TenantDirectory;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Every {@code media.retention-interval}, removes the media files that are older than their tenant's retention
 * period (the plan's {@code mediaRetentionDays} from tenant.events; 0 or unknown: files are kept for good).
 */
@ApplicationScoped
public class MediaRetentionJob {

    private static final Logger LOG = Logger.getLogger(MediaRetentionJob.class);

    private final MediaRetention retention;
    private final TenantDirectory tenants;
    private final BackgroundWork background;
    private final MediaConfig config;
    private final AtomicBoolean working = new AtomicBoolean();

    public MediaRetentionJob(MediaRetention retention, TenantDirectory tenants, BackgroundWork background,
            MediaConfig config) {
        this.retention = retention;
        this.tenants = tenants;
        this.background = background;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            background.every(config.retentionInterval().toMillis(), this::tick);
        }
    }

    private void tick() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        background.run(this::sweep, removed -> {
            working.set(false);
            if (removed > 0) {
                LOG.infof("media retention: %d files removed", removed);
            }
        }, failure -> {
            working.set(false);
            LOG.warnf("media retention: %s", failure.getMessage());
        });
    }

    /** One round over every tenant that keeps files; the number of files removed. */
    public Uni<Integer> sweep() {
        return retention.tenantsWithFiles().flatMap(list -> Multi.createFrom().iterable(list)
                .onItem().transformToUniAndConcatenate(tenantId -> sweep(tenantId)
                        .onFailure().invoke(e -> LOG.warnf("media retention of tenant %s failed, retried next"
                                + " round: %s", tenantId, e.getMessage()))
                        .onFailure().recoverWithItem(0))
                .collect().with(Collectors.summingInt(Integer::intValue)));
    }

    private Uni<Integer> sweep(String tenantId) {
        int days = tenants.find(tenantId).map(TenantSnapshot::mediaRetentionDays).orElse(0);
        if (days <= 0) {
            return Uni.createFrom().item(0);
        }
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minusDays(days);
        return removeAll(tenantId, cutoff, 0);
    }

    /** Batch after batch until one comes back short. */
    private Uni<Integer> removeAll(String tenantId, OffsetDateTime cutoff, int sofar) {
        return retention.removeBatch(tenantId, cutoff).flatMap(removed -> removed < config.retentionBatch()
                ? Uni.createFrom().item(sofar + removed) : removeAll(tenantId, cutoff, sofar + removed));
    }
}
