package com.waplatform.session.service;

import com.waplatform.session.domain.Dispatch;
import com.waplatform.session.repository.DispatchRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Remembers what happened to each send, so a redelivered command is answered from here, not sent again. */
@ApplicationScoped
public class DispatchLog {

    private final DispatchRepository dispatches;

    public DispatchLog(DispatchRepository dispatches) {
        this.dispatches = dispatches;
    }

    @WithSession
    public Uni<Dispatch> find(UUID messageId) {
        return dispatches.findById(messageId);
    }

    @WithTransaction
    public Uni<Dispatch> record(Dispatch dispatch) {
        return dispatches.persist(dispatch);
    }
}
