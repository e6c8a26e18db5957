package com.waplatform.message.repository;

import com.waplatform.message.domain.EarlyStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
@WithSession
public class EarlyStatusRepository implements PanacheRepositoryBase<EarlyStatus, Long> {

    public Uni<List<EarlyStatus>> waitingFor(String tenantId, String providerMessageId) {
        return find("tenantId = ?1 and providerMessageId = ?2", Sort.ascending("id"), tenantId, providerMessageId)
                .list();
    }
}
