package com.waplatform.message.repository;

import com.waplatform.message.domain.ConnectionProfile;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ConnectionProfileRepository implements PanacheRepositoryBase<ConnectionProfile, UUID> {

    public Uni<ConnectionProfile> findOwned(String tenantId, UUID connectionId) {
        return find("tenantId = ?1 and connectionId = ?2", tenantId, connectionId).firstResult();
    }
}
