package com.waplatform.persistence.migration;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The production migration step: started with {@code MIGRATE_ONLY=true}, the service applies its Flyway migrations
 * (as the schema owner) during start-up and exits with 0, before serving anything. A failed migration fails start-up,
 * so the step exits non-zero and the rollout stops.
 */
@ApplicationScoped
public class MigrateOnlyMode {

    private static final Logger LOG = Logger.getLogger(MigrateOnlyMode.class);

    void exitAfterMigrations(@Observes @Priority(1) StartupEvent event,
            @ConfigProperty(name = "migrate-only", defaultValue = "false") boolean migrateOnly) {
        if (migrateOnly) {
            LOG.info("migrations applied; exiting (MIGRATE_ONLY=true)");
            Quarkus.asyncExit(0);
        }
    }
}
