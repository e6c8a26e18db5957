package com.waplatform.persistence.migration;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * The two database passwords, Secrets in production with no production default (the values of the dev and test
 * profiles are for the local stack only):
 * <ul>
 * <li>{@code db.app-password} ({@code DB_APP_PASSWORD}): the service's own connections, as the role that does not own
 * the tables. Required: without it the service refuses to start.</li>
 * <li>{@code db.owner-password} ({@code DB_OWNER_PASSWORD}): the owner role's, for the migrations only; a service that
 * does not migrate never needs it (see {@link OwnerPasswordCheck}).</li>
 * </ul>
 */
@ConfigMapping(prefix = "db")
public interface DatabasePasswords {

    String appPassword();

    Optional<String> ownerPassword();
}
