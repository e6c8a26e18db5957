package com.waplatform.message.repository;

import com.waplatform.message.domain.AutomationSigning;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class AutomationSigningRepository implements PanacheRepositoryBase<AutomationSigning, String> {
}
