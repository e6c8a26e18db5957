package com.waplatform.session.config;

import io.smallrye.config.ConfigMapping;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The platform key that encrypts connection credentials at rest (from a Kubernetes Secret in production). */
@ConfigMapping(prefix = "credentials")
public interface CredentialsConfig {

    /** AES-256 key as 64 hexadecimal characters. */
    String key();

    /** Version stored with every value encrypted under {@link #key()}, for rotation. */
    int keyVersion();

    /**
     * Keys of earlier versions as {@code version:hexkey} entries, comma-separated ({@code CREDENTIALS_PREVIOUS_KEYS=
     * 1:00ab…}), kept while a rotation re-encrypts the values still under them; remove them once
     * {@code GET /api/admin/credentials} shows none left.
     */
    Optional<List<String>> previousKeys();

    /** {@link #previousKeys()} by version; malformed entries stop the start with a clear message. */
    default Map<Integer, String> previousKeysByVersion() {
        Map<Integer, String> keys = new HashMap<>();
        for (String entry : previousKeys().orElse(List.of())) {
            String[] parts = entry.strip().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("\\d+")) {
                throw new IllegalStateException("credentials.previous-keys entries must be version:hexkey");
            }
            keys.put(Integer.parseInt(parts[0]), parts[1]);
        }
        return keys;
    }
}
