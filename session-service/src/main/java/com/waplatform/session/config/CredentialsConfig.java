package com.waplatform.session.config;

import io.smallrye.config.ConfigMapping;

/** The platform key that encrypts connection credentials at rest (from a Kubernetes Secret in production). */
@ConfigMapping(prefix = "credentials")
public interface CredentialsConfig {

    /** AES-256 key as 64 hexadecimal characters. */
    String key();

    /** Version stored with every value encrypted under {@link #key()}, for rotation. */
    int keyVersion();
}
