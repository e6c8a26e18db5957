package com.waplatform.simulator.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Meta's {@code X-Hub-Signature-256}: HMAC-SHA256 of the exact body bytes with the app secret. */
public final class WebhookSigner {

    private WebhookSigner() {
    }

    public static String sign(byte[] body, String appSecret) {
        return "sha256=" + HexFormat.of().formatHex(hmac(body, appSecret));
    }

    public static byte[] hmac(byte[] data, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
