package com.waplatform.tenant.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "identity")
public interface IdentityConfig {

    /** The Keycloak realm the platform's users live in. */
    @WithDefault("wa")
    String realm();

    /** How long the link in an invitation or password-reset e-mail works. */
    @WithDefault("72h")
    java.time.Duration emailLinkLifespan();

    /** How long adding or enabling a user waits for another seat change of the same tenant (then 503). */
    @WithDefault("10s")
    java.time.Duration seatLockWait();
}
