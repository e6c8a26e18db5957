package com.waplatform.session.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** The platform key that encrypts connection credentials at rest (from a Kubernetes Secret in production). */
@ConfigMapping(prefix = "credentials")
public interface CredentialsConfig {

    /** AES-256 key as 64 hexadecimal characters. */
    String key();

    /** Version stored with every value encrypted under {@link #key()}, for rotation. */
    int keyVersion();

    /**
     * Keys of earlier versions ({@code credentials.previous-keys."1"=…}), kept while a rotation re-encrypts the
     * values still under them; remove them once {@code GET /api/admin/credentials} shows none left.
     */
    Map<Integer, String> previousKeys();
}
