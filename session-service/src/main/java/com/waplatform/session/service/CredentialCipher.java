package com.waplatform.session.service;

import com.waplatform.session.config.CredentialsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for credentials at rest. Each value gets a random 96-bit nonce and is bound (as associated data)
 * to the row and field it belongs to, so a ciphertext copied to another connection does not decrypt.
 * Stored form: {@code v<keyVersion>:<base64(nonce | ciphertext | tag)>}. New values use the current key; values of
 * earlier key versions still decrypt while their keys are configured as previous keys (during a rotation).
 */
@ApplicationScoped
public class CredentialCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final int keyVersion;
    private final Map<Integer, SecretKeySpec> keys = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Inject
    public CredentialCipher(CredentialsConfig config) {
        this(config.key(), config.keyVersion(), config.previousKeysByVersion());
    }

    CredentialCipher(String hexKey, int keyVersion) {
        this(hexKey, keyVersion, Map.of());
    }

    CredentialCipher(String hexKey, int keyVersion, Map<Integer, String> previousKeys) {
        this.key = aesKey(hexKey, "credentials.key");
        this.keyVersion = keyVersion;
        previousKeys.forEach((version, hex) -> {
            if (version == keyVersion) {
                throw new IllegalStateException("credentials.previous-keys must not repeat the current key version");
            }
            keys.put(version, aesKey(hex, "credentials.previous-keys." + version));
        });
        keys.put(keyVersion, key);
    }

    private static SecretKeySpec aesKey(String hexKey, String name) {
        if (hexKey == null || !hexKey.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalStateException(name + " must be 64 hexadecimal characters (a 256-bit key)");
        }
        return new SecretKeySpec(HexFormat.of().parseHex(hexKey), "AES");
    }

    /** The key version a stored value was encrypted under. */
    public static int versionOf(String stored) {
        int colon = stored.indexOf(':');
        if (!stored.startsWith("v") || colon < 2) {
            throw new IllegalArgumentException("not an encrypted credential");
        }
        return Integer.parseInt(stored.substring(1, colon));
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
        int version = versionOf(stored);
        SecretKeySpec versionKey = keys.get(version);
        if (versionKey == null) {
            throw new IllegalStateException("credential was encrypted under key version " + version
                    + ", which is not configured (current " + keyVersion + ")");
        }
        int colon = stored.indexOf(':');
        byte[] data = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, versionKey, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("credential cannot be decrypted (wrong key or tampered value)", e);
        }
    }
}
