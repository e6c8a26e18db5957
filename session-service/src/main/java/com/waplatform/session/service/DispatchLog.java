package com.waplatform.session.service;

import com.waplatform.session.domain.Dispatch;
import com.waplatform.session.repository.DispatchRepository;
import com.waplatform.persistence.tenancy.TenantScope;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Remembers what happened to each send, so a redelivered command is answered from here, not sent again. */
@ApplicationScoped
public class DispatchLog {

    private final DispatchRepository dispatches;
    private final TenantScope scope;

    public DispatchLog(DispatchRepository dispatches, TenantScope scope) {
        this.dispatches = dispatches;
        this.scope = scope;
    }

    @WithTransaction
    public Uni<Dispatch> find(String tenantId, UUID messageId) {
        return scope.enter(tenantId).chain(() -> dispatches.findById(messageId));
    }

    @WithTransaction
    public Uni<Dispatch> record(Dispatch dispatch) {
        return scope.enter(dispatch.tenantId).chain(() -> dispatches.persist(dispatch));
    }
}
