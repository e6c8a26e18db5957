package com.waplatform.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.waplatform.contracts.TenantSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * This instance's view of every tenant's status, kept from {@code tenant.events} (a compacted topic: the latest
 * snapshot of each tenant stays on it), read from the start by each instance. A tenant never seen is taken as
 * active: its users' tokens come from Keycloak, and the directory only ever knows more restrictive news.
 */
@ApplicationScoped
public class TenantDirectory {

    private static final Logger LOG = Logger.getLogger(TenantDirectory.class);

    /** Fired when a tenant's status changes (e.g. to close a suspended tenant's live connections). */
    public record StatusChanged(TenantSnapshot tenant) {
    }

    private final Map<String, TenantSnapshot> tenants = new ConcurrentHashMap<>();
    private final ObjectMapper objectMapper;
    private final Event<StatusChanged> statusChanges;

    public TenantDirectory(ObjectMapper objectMapper, Event<StatusChanged> statusChanges) {
        this.objectMapper = objectMapper;
        this.statusChanges = statusChanges;
    }

    @Incoming("tenant-directory")
    public void onTenantEvent(String record) {
        try {
            JsonNode envelope = objectMapper.readTree(record);
            TenantSnapshot snapshot = objectMapper.treeToValue(envelope.path("payload"), TenantSnapshot.class);
            if (snapshot != null && snapshot.tenantId() != null) {
                remember(snapshot);
            }
        } catch (Exception e) {
            // the type only: a parser's message may quote the tenant's settings (its automation URL)
            LOG.warnf("skipping an unreadable tenant event (%s)", e.getClass().getName());
        }
    }

    /** Keeps the newest snapshot of the tenant (events may be redelivered or replayed). */
    public void remember(TenantSnapshot snapshot) {
        TenantSnapshot before = tenants.get(snapshot.tenantId());
        TenantSnapshot after = tenants.merge(snapshot.tenantId(), snapshot,
                (known, incoming) -> incoming.version() >= known.version() ? incoming : known);
        if (after == snapshot && (before == null || !before.status().equals(after.status()))) {
            statusChanges.fire(new StatusChanged(after));
        }
    }

    public Optional<TenantSnapshot> find(String tenantId) {
        return Optional.ofNullable(tenants.get(tenantId));
    }

    /** Whether the tenant's data is gone for good (events still on their way for it are to be dropped). */
    public boolean purged(String tenantId) {
        TenantSnapshot snapshot = tenants.get(tenantId);
        return snapshot != null && TenantSnapshot.PURGED.equals(snapshot.status());
    }

    /** Whether the tenant's users are refused: suspended or deleted. */
    /** Why the tenant is blocked, as its staff said it (null when it is not blocked or no reason was given). */
    public String blockedReason(String tenantId) {
        TenantSnapshot snapshot = tenants.get(tenantId);
        return snapshot != null && !snapshot.active() ? snapshot.statusReason() : null;
    }

    public boolean blocked(String tenantId) {
        TenantSnapshot snapshot = tenants.get(tenantId);
        return snapshot != null && !snapshot.active();
    }
}
