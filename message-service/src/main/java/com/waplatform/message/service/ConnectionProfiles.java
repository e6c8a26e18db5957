package com.waplatform.message.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.waplatform.contracts.BotSwitch;
import com.waplatform.message.domain.ConnectionProfile;
import com.waplatform.message.repository.ConnectionProfileRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The tenant's WhatsApp numbers as session-service announces them ({@code session.events}): name, number, bot
 * switch.
 */
@ApplicationScoped
public class ConnectionProfiles {

    private final ConnectionProfileRepository profiles;
    private final TenantScope scope;

    public ConnectionProfiles(ConnectionProfileRepository profiles, TenantScope scope) {
        this.profiles = profiles;
        this.scope = scope;
    }

    /**
     * A connection changed: its name, business number and bot switch (a payload of {@code connection.changed}; an
     * event from before the switch follows the tenant).
     */
    @WithTransaction
    public Uni<Void> changed(String tenantId, UUID connectionId, JsonNode payload) {
        return scope.enter(tenantId).chain(() -> profiles.findOwned(tenantId, connectionId)).flatMap(found -> {
            ConnectionProfile profile = found != null ? found : new ConnectionProfile();
            profile.connectionId = connectionId;
            profile.tenantId = tenantId;
            profile.name = payload.path("name").asText(null);
            profile.displayPhoneNumber = payload.path("displayPhoneNumber").asText(null);
            profile.bot = BotSwitch.fromEvent(payload.path("bot").asText(null));
            profile.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            return found != null ? Uni.createFrom().voidItem() : profiles.persist(profile).replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<Void> deleted(String tenantId, UUID connectionId) {
        return scope.enter(tenantId).chain(() -> profiles.delete("tenantId = ?1 and connectionId = ?2", tenantId,
                connectionId)).replaceWithVoid();
    }

    /** The connection's profile, in the caller's tenant-scoped transaction; null when none was announced yet. */
    Uni<ConnectionProfile> find(String tenantId, UUID connectionId) {
        return profiles.findOwned(tenantId, connectionId);
    }
}
