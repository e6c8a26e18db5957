package com.waplatform.session.service;

import com.waplatform.session.config.CredentialsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for credentials at rest. Each value gets a random 96-bit nonce and is bound (as associated data)
 * to the row and field it belongs to, so a ciphertext copied to another connection does not decrypt.
 * Stored form: {@code v<keyVersion>:<base64(nonce | ciphertext | tag)>}.
 */
@ApplicationScoped
public class CredentialCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final int keyVersion;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public CredentialCipher(CredentialsConfig config) {
        this(config.key(), config.keyVersion());
    }

    CredentialCipher(String hexKey, int keyVersion) {
        if (hexKey == null || !hexKey.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalStateException("credentials.key must be 64 hexadecimal characters (a 256-bit key)");
        }
        this.key = new SecretKeySpec(HexFormat.of().parseHex(hexKey), "AES");
        this.keyVersion = keyVersion;
    }

    public int keyVersion() {
        return keyVersion;
    }

    public String encrypt(String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return "v" + keyVersion + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored, String context) {
        int colon = stored.indexOf(':');
        if (!stored.startsWith("v") || colon < 2) {
            throw new IllegalArgumentException("not an encrypted credential");
        }
        int version = Integer.parseInt(stored.substring(1, colon));
        if (version != keyVersion) {
            throw new IllegalStateException("credential was encrypted under key version " + version
                    + ", but only version " + keyVersion + " is configured");
        }
        byte[] data = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("credential cannot be decrypted (wrong key or tampered value)", e);
        }
    }
}
