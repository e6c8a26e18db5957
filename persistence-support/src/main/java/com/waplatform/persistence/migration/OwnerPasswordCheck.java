package com.waplatform.persistence.migration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Migrations run as the schema owner: a start that migrates (production's {@code MIGRATE_ONLY=true} step, or
 * {@code DB_MIGRATE_AT_START=true}) without {@code DB_OWNER_PASSWORD} stops before Flyway connects, with a message
 * that names it, instead of migrating as the app role.
 */
@ApplicationScoped
public class OwnerPasswordCheck implements FlywayConfigurationCustomizer {

    private final DatabasePasswords passwords;
    private final boolean migrateAtStart;

    OwnerPasswordCheck(DatabasePasswords passwords,
            @ConfigProperty(name = "quarkus.flyway.migrate-at-start", defaultValue = "false") boolean migrateAtStart) {
        this.passwords = passwords;
        this.migrateAtStart = migrateAtStart;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        if (migrateAtStart && passwords.ownerPassword().isEmpty()) {
            throw new ConfigurationException("DB_OWNER_PASSWORD is not set: the migrations (MIGRATE_ONLY=true or "
                    + "DB_MIGRATE_AT_START=true) run as the schema owner and need its password");
        }
    }
}
