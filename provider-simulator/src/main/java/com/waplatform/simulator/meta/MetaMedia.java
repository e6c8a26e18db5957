package com.waplatform.simulator.meta;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Media held by the simulated Meta: uploaded by a business or sent by a customer. Its metadata names a download URL
 * valid for five minutes that only the owning number's access token may fetch, as Meta documents.
 */
@ApplicationScoped
public class MetaMedia {

    public static final long URL_VALIDITY_MILLIS = 5 * 60 * 1000;

    /** One stored file. */
    public record Media(String id, String phoneNumberId, String mimeType, byte[] bytes, String sha256) {
    }

    /** A smallest valid PNG (1×1), the default bytes of an injected image. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final Map<String, Long> urlExpiry = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    public Media store(String phoneNumberId, String mimeType, byte[] bytes) {
        String id = String.valueOf(1_000_000_000_000_000L + Math.abs(random.nextLong() % 8_000_000_000_000_000L));
        Media stored = new Media(id, phoneNumberId, mimeType, bytes, sha256(bytes));
        media.put(id, stored);
        return stored;
    }

    public Optional<Media> find(String id) {
        return Optional.ofNullable(media.get(id));
    }

    /** A fresh download reference for the media, valid for five minutes. */
    public String newDownloadRef(Media m) {
        byte[] ref = new byte[16];
        random.nextBytes(ref);
        String key = m.id() + "-" + HexFormat.of().formatHex(ref);
        urlExpiry.put(key, System.currentTimeMillis() + URL_VALIDITY_MILLIS);
        return key;
    }

    /** The media of a download reference that has not expired. */
    public Optional<Media> byDownloadRef(String ref) {
        Long expires = urlExpiry.get(ref);
        if (expires == null || expires < System.currentTimeMillis()) {
            urlExpiry.remove(ref);
            return Optional.empty();
        }
        return find(ref.substring(0, ref.indexOf('-')));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
