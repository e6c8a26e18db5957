package com.waplatform.session.service;

import com.waplatform.session.domain.Connection;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Encrypts and decrypts a connection's secrets, each bound to its row and field. */
@ApplicationScoped
public class ConnectionSecrets {

    static final String ACCESS_TOKEN = "accessToken";
    static final String APP_SECRET = "appSecret";
    static final String VERIFY_TOKEN = "verifyToken";
    static final String INSTANCE_TOKEN = "instanceToken";
    static final String WEBHOOK_SECRET = "webhookSecret";

    private final CredentialCipher cipher;
    private final java.util.Optional<String> platformAppSecret;
    private final SecureRandom random = new SecureRandom();

    public ConnectionSecrets(CredentialCipher cipher, com.waplatform.session.config.ProvidersConfig providers) {
        this.platformAppSecret = providers.graphApi().platformAppSecret().filter(secret -> !secret.isBlank());
        this.cipher = cipher;
    }

    public String seal(Connection connection, String field, String plaintext) {
        return cipher.encrypt(plaintext, connection.cipherContext(field));
    }

    public String verifyToken(Connection connection) {
        return open(connection, connection.verifyTokenEnc, VERIFY_TOKEN);
    }

    /** The connection's app secret; for a number under the platform's app, the platform's current one. */
    public String appSecret(Connection connection) {
        if (connection.platformApp && platformAppSecret.isPresent()) {
            return platformAppSecret.get();
        }
        return open(connection, connection.appSecretEnc, APP_SECRET);
    }

    public java.util.Optional<String> platformAppSecret() {
        return platformAppSecret;
    }

    public String accessToken(Connection connection) {
        return open(connection, connection.accessTokenEnc, ACCESS_TOKEN);
    }

    public String instanceToken(Connection connection) {
        return open(connection, connection.instanceTokenEnc, INSTANCE_TOKEN);
    }

    public String webhookSecret(Connection connection) {
        return open(connection, connection.webhookSecretEnc, WEBHOOK_SECRET);
    }

    /** A new random secret (hex), for verify tokens, instance tokens and webhook secrets. */
    public String newSecret() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private String open(Connection connection, String sealed, String field) {
        return sealed == null ? null : cipher.decrypt(sealed, connection.cipherContext(field));
    }
}
