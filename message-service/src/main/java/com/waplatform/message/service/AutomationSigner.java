package com.waplatform.message.service;

import com.waplatform.message.config.AutomationConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs what goes to a tenant's automation. Each tenant's secret is derived from the platform's signing key, the
 * tenant and the secret's version (HMAC-SHA256), so it is never stored and rotating it is a new version; the
 * signature is {@code sha256=<hex HMAC-SHA256 of the body, keyed with the secret>} in {@code X-Wa-Signature-256},
 * the way Meta signs its webhooks.
 */
@ApplicationScoped
public class AutomationSigner {

    public static final String SIGNATURE_HEADER = "X-Wa-Signature-256";

    private final byte[] platformKey;

    public AutomationSigner(AutomationConfig config) {
        byte[] key;
        try {
            key = HexFormat.of().parseHex(config.signingKey());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("automation.signing-key must be hexadecimal", e);
        }
        if (key.length < 32) {
            throw new IllegalStateException("automation.signing-key must be at least 32 bytes (64 hex digits)");
        }
        this.platformKey = key;
    }

    /** The tenant's signing secret of this version, as the tenant admin copies it into the automation. */
    public String secret(String tenantId, int version) {
        byte[] derived = hmac(platformKey, ("automation-signing|" + tenantId + "|" + version)
                .getBytes(StandardCharsets.UTF_8));
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(derived);
    }

    /** The header value for a body signed with a secret. */
    public static String signature(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
