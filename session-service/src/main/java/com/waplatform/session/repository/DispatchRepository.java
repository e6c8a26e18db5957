package com.waplatform.session.repository;

import com.waplatform.session.domain.Dispatch;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class DispatchRepository implements PanacheRepositoryBase<Dispatch, UUID> {
}
