package com.waplatform.message.service;

import com.waplatform.contracts.TenantSnapshot;
import com.waplatform.message.config.MediaConfig;
import com.waplatform.message.repository.MessageMediaRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import com.waplatform.web.ProblemException;
import com.waplatform.web.TenantDirectory;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The storage a tenant's media files may take: the plan's {@code mediaQuotaBytes} (from tenant.events), or
 * {@code media.tenant-quota-bytes} while the plan names none. Stored files (received and sent) count; a file is
 * checked before it is kept, so files kept side by side may pass the quota by the last ones' size at most.
 */
@ApplicationScoped
public class MediaQuota {

    private final MessageMediaRepository media;
    private final TenantScope scope;
    private final TenantDirectory tenants;
    private final MediaConfig config;

    public MediaQuota(MessageMediaRepository media, TenantScope scope, TenantDirectory tenants, MediaConfig config) {
        this.media = media;
        this.scope = scope;
        this.tenants = tenants;
        this.config = config;
    }

    public long quota(String tenantId) {
        return tenants.find(tenantId).map(TenantSnapshot::mediaQuotaBytes).filter(bytes -> bytes > 0)
                .orElse(config.tenantQuotaBytes());
    }

    /** Bytes of the tenant's stored files. */
    @WithTransaction
    public Uni<Long> used(String tenantId) {
        return scope.enter(tenantId).chain(() -> media.storedBytes(tenantId));
    }

    /** Why a file of {@code bytes} may not be kept for the tenant, or null when it fits. */
    public Uni<String> refusal(String tenantId, long bytes) {
        long quota = quota(tenantId);
        return used(tenantId).map(used -> used + bytes <= quota ? null
                : "The plan's media storage is full: " + human(used) + " of " + human(quota) + " used, and this file"
                        + " has " + human(bytes) + "; ask platform staff for a larger quota");
    }

    /** Fails with 422 (and the reason) when a file of {@code bytes} does not fit in the tenant's quota. */
    public Uni<Void> requireRoom(String tenantId, long bytes) {
        return refusal(tenantId, bytes).invoke(reason -> {
            if (reason != null) {
                throw ProblemException.unprocessable(reason);
            }
        }).replaceWithVoid();
    }

    /** e.g. "5.0 GiB", "312.4 KiB", "17 bytes". */
    static String human(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
