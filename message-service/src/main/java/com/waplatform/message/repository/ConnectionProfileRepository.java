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

    /** By its key (read again in the same session, it comes from the session); another tenant's is null. */
    public Uni<ConnectionProfile> findOwned(String tenantId, UUID connectionId) {
        return findById(connectionId).map(p -> p != null && tenantId.equals(p.tenantId) ? p : null);
    }
}
