package com.waplatform.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checks {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body with the app secret), in constant time. */
public final class MetaSignature {

    private static final String PREFIX = "sha256=";
    /** One HMAC engine per thread (looking one up is costlier than the HMAC of a webhook); re-keyed per call. */
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });

    private MetaSignature() {
    }

    public static boolean valid(byte[] body, String header, String appSecret) {
        if (header == null || !header.startsWith(PREFIX) || appSecret == null) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        try {
            Mac mac = HMAC.get();
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return MessageDigest.isEqual(mac.doFinal(body), given);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
