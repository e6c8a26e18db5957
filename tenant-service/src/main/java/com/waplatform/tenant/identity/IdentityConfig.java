package com.waplatform.tenant.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "identity")
public interface IdentityConfig {

    /** The Keycloak realm the platform's users live in. */
    @WithDefault("wa")
    String realm();
}
